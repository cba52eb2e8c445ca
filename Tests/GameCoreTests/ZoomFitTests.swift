import Testing
@testable import GameCore

/// A part of the window too small for its text at the zoom takes the largest smaller zoom that fits.
@Suite("Zoom a region can afford")
struct ZoomFitTests {
    @Test("the wanted scale when it fits, without trying any other")
    func keepsTheZoom() {
        var tried: [Double] = []
        let scale = ZoomFit.largest(wanted: 2.5, floor: 0.8) { tried.append($0); return true }
        #expect(scale == 2.5)
        #expect(tried == [2.5])
    }

    @Test("the largest scale that fits, within 1%", arguments: [0.9, 1.3, 1.87, 2.4])
    func findsTheLimit(limit: Double) {
        let scale = ZoomFit.largest(wanted: 3.74, floor: 0.8) { $0 <= limit }
        #expect(scale <= limit)
        #expect(scale >= limit / 1.01)
    }

    @Test("the floor when nothing fits, and never above the wanted scale")
    func floors() {
        #expect(ZoomFit.largest(wanted: 3, floor: 0.8) { _ in false } == 0.8)
        #expect(ZoomFit.largest(wanted: 0.6, floor: 0.8) { _ in false } == 0.6)
    }
}
