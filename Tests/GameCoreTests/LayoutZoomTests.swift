import Testing
@testable import GameCore

/// Zoom and lecture mode reflow the board: from a small laptop to a 4K projector nothing overlaps or leaves the window.
@Suite("Layout under zoom and lecture mode")
struct LayoutZoomTests {
    static let sizes = [(1024, 640), (1280, 800), (1920, 1080), (3840, 2160)]
    static let zooms = [0.75, 1, 1.5, 2, 2.5]

    @Test("no two regions overlap and all lie in the window", arguments: [3, 5], [false, true])
    func reflows(nodes: Int, lecture: Bool) {
        for (w, h) in Self.sizes {
            for zoom in Self.zooms {
                let layout = BoardLayout(width: w, height: h, nodeCount: nodes, zoom: zoom, lecture: lecture)
                let window = Rect(x: 0, y: 0, w: Double(w), h: Double(h))
                let regions = layout.namedRegions
                for i in regions.indices {
                    #expect(window.encloses(regions[i].rect), "\(regions[i].name) at \(w)x\(h) zoom \(zoom)")
                    for j in regions.indices where j > i {
                        #expect(!regions[i].rect.intersects(regions[j].rect),
                                "\(regions[i].name) overlaps \(regions[j].name) at \(w)x\(h) zoom \(zoom) lecture \(lecture)")
                    }
                }
                let oneRow = layout.upperRowCount == nodes
                #expect(!oneRow || layout.lanes.allSatisfy { $0.h > 0 }, "lanes keep some height at \(w)x\(h) zoom \(zoom)")
            }
        }
    }

    @Test("lecture mode draws body text at least 28 px at 1280x800; zoom multiplies the scale")
    func lectureType() {
        #expect(BoardLayout(width: 1280, height: 800, nodeCount: 3, lecture: true).scale * 15 >= 28)
        let plain = BoardLayout(width: 1280, height: 800, nodeCount: 3)
        #expect(BoardLayout(width: 1280, height: 800, nodeCount: 3, zoom: 2).scale == plain.scale * 2)
        #expect(BoardLayout(width: 1280, height: 800, nodeCount: 3, zoom: 9).zoom == BoardLayout.zoomRange.upperBound)
    }

    @Test("lanes keep room for a header and three entries at the window's own type under any zoom, in one row",
          arguments: [3, 5], [false, true])
    func lanesKeepRoom(nodes: Int, lecture: Bool) {
        for (w, h) in Self.sizes {
            for zoom in Self.zooms {
                let layout = BoardLayout(width: w, height: h, nodeCount: nodes, zoom: zoom, lecture: lecture)
                // Two rows of boxes have no lanes: the lower row stands where they were.
                guard layout.upperRowCount == nodes else { continue }
                let lane = layout.lanes[0].h, line = 15 * layout.windowScale * 1.2
                #expect(lane >= 4 * line, "lanes \(lane) px at \(w)x\(h) zoom \(zoom) lecture \(lecture)")
            }
        }
    }

    @Test("without zoom or lecture mode the lanes take what the band leaves, as designed")
    func plainLayoutUnchanged() {
        let layout = BoardLayout(width: 1280, height: 800, nodeCount: 3)
        #expect(layout.flightBand.h == 190)
        #expect(layout.timeline.maxY == 800 - 12)
    }
}
