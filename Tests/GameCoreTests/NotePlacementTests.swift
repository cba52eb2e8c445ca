import Testing
@testable import GameCore

/// Toasts, the round banner and Show me's caption go in the flight band, off the lanes and the timeline.
@Suite("Notes over the board")
struct NotePlacementTests {
    @Test("notes that fit lie in the band, apart, off the boxes, lanes and timeline", arguments: [3, 5], [false, true])
    func inTheBand(nodes: Int, lecture: Bool) {
        for (w, h) in LayoutZoomTests.sizes {
            for zoom in LayoutZoomTests.zooms {
                let layout = BoardLayout(width: w, height: h, nodeCount: nodes, zoom: zoom, lecture: lecture)
                // A caption, a banner and a toast of one line each at the window's own type size.
                let line = 30 * layout.windowScale
                let notes = [NotePlacement.Note(w: 300, h: line, top: true), NotePlacement.Note(w: 400, h: line, top: false),
                             NotePlacement.Note(w: 500, h: line, top: false)]
                let placed = NotePlacement(notes, layout: layout, reservedBottom: 20 * layout.windowScale, gap: 8 * layout.windowScale)
                let place = "\(w)x\(h) zoom \(zoom) lecture \(lecture)"
                #expect(placed.fits, "\(place)")
                #expect(placed.rects.count == 3)
                for (index, rect) in placed.rects.enumerated() {
                    #expect(rect.y >= layout.flightBand.y && rect.maxY <= layout.flightBand.maxY, "note \(index) at \(place)")
                    let covered = layout.lanes + layout.boxes + [layout.timeline]
                    #expect(!covered.contains { $0.intersects(rect) }, "note \(index) at \(place)")
                    for other in placed.rects[(index + 1)...] { #expect(!other.intersects(rect), "notes \(index) at \(place)") }
                }
                #expect(placed.rects[0].y < placed.rects[1].y && placed.rects[1].y < placed.rects[2].y, "caption, banner, toast in order")
            }
        }
    }

    @Test("given another band (the diagram over the whole board), notes that fit lie in it instead of the flight band")
    func inAGivenBand() {
        let layout = BoardLayout(width: 1280, height: 800, nodeCount: 3, zoom: 1, lecture: true)
        let band = Rect(x: layout.board.x, y: layout.board.y + 50, w: layout.board.w, h: layout.flightBand.h)
        let notes = [NotePlacement.Note(w: 300, h: 40, top: true), NotePlacement.Note(w: 400, h: 40, top: false)]
        let placed = NotePlacement(notes, layout: layout, band: band, reservedBottom: 10, gap: 8)
        #expect(placed.fits)
        #expect(placed.rects.allSatisfy { $0.y >= band.y && $0.maxY <= band.maxY })
        #expect(placed.rects.allSatisfy { $0.maxY < layout.flightBand.y + layout.flightBand.h / 2 },
                "the notes moved up, off the band where they would cover the diagram's present")
    }

    @Test("notes too tall for the band stack from its top and stop above the timeline")
    func tooTall() throws {
        let layout = BoardLayout(width: 1024, height: 640, nodeCount: 3, zoom: 2.5, lecture: true)
        let notes = [NotePlacement.Note(w: 300, h: layout.flightBand.h * 0.7, top: false),
                     NotePlacement.Note(w: 300, h: layout.flightBand.h * 0.7, top: false)]
        let placed = NotePlacement(notes, layout: layout, reservedBottom: 10, gap: 6)
        #expect(!placed.fits)
        let last = try #require(placed.rects.last)
        #expect(last.maxY <= layout.timeline.y)
        #expect(!placed.rects[0].intersects(placed.rects[1]))
    }
}
