import Testing
@testable import GameCore

/// Text shrinks to fit its part of the window, but in lecture mode never below lecture mode's body size.
@Suite("Lecture type sizes")
struct LectureTypeTests {
    @Test("in lecture mode at 1280x800 every text on a card is at least 28 px, however far the card shrinks")
    func lectureFloor() {
        let type = LectureType(layout: BoardLayout(width: 1280, height: 800, nodeCount: 3, lecture: true))
        for scale in [0.3, 0.8, 1.2, 1.87] {
            #expect(type.size(15, scale: scale) >= 28)
        }
        #expect(type.size(44, scale: 1.5) == 66)
    }

    @Test("the floor grows with the window", arguments: [(1920, 1080, 37.8), (1024, 640, 22.4)])
    func scalesWithTheWindow(width: Int, height: Int, least: Double) {
        let type = LectureType(layout: BoardLayout(width: width, height: height, nodeCount: 5, lecture: true))
        #expect(abs(type.floor - least) < 0.1)
    }

    @Test("zooming in lecture mode does not raise the floor, so a card still fits")
    func zoomInKeepsTheFloor() {
        let plain = LectureType(layout: BoardLayout(width: 1280, height: 800, nodeCount: 3, lecture: true))
        let zoomed = LectureType(layout: BoardLayout(width: 1280, height: 800, nodeCount: 3, zoom: 2, lecture: true))
        #expect(zoomed.floor == plain.floor)
    }

    @Test("outside lecture mode the type simply follows the fitting scale")
    func noFloorOutsideLecture() {
        let type = LectureType(layout: BoardLayout(width: 1280, height: 800, nodeCount: 3))
        #expect(type.floor == 0)
        #expect(type.size(15, scale: 0.5) == 7.5)
    }
}
