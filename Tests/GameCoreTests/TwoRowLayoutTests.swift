import Testing
@testable import GameCore

/// Five nodes under lecture mode or a big zoom stand in two rows facing each other across the flight band, so
/// their boxes are wide enough for type a hall can read.
@Suite("Two rows of boxes")
struct TwoRowLayoutTests {
    /// The box type's scale, measuring text as a fixed width per character (the font's width does not matter here).
    private func boxType(_ layout: BoardLayout) -> NodeBoxType {
        NodeBoxType(layout: layout) { text, size in Double(text.count) * size * 0.55 }
    }

    @Test("five nodes in lecture mode stand in two rows, with state type of at least 28 px",
          arguments: [(1280, 800), (1920, 1080), (1024, 640)])
    func lectureFiveNodes(size: (Int, Int)) {
        let layout = BoardLayout(width: size.0, height: size.1, nodeCount: 5, lecture: true)
        #expect(layout.upperRowCount == 3)
        let lower = (0..<5).filter { layout.isInLowerRow($0) }
        #expect(lower == [3, 4])
        let oneRowState = 17 * min(layout.scale, (layout.board.w - 4 * 16 * layout.scale) / 5 / NodeBoxType.designColumn)
        let state = boxType(layout).state
        #expect(state >= 28 * layout.windowScale - 1e-9, "state type \(state) px at \(size)")
        #expect(state > oneRowState * 1.5, "two rows give much larger type than one (\(state) against \(oneRowState))")
        let emptyLanes = layout.lanes.filter(\.isEmpty).count
        #expect(emptyLanes == 5)
        #expect(!layout.lanesHoldDiagram, "D shows the diagram over the board instead")
    }

    @Test("three nodes, and five without zoom or lecture mode, keep one row with lanes", arguments: [(3, true), (5, false), (3, false)])
    func oneRow(nodes: Int, lecture: Bool) {
        let layout = BoardLayout(width: 1280, height: 800, nodeCount: nodes, lecture: lecture)
        #expect(layout.upperRowCount == nodes)
        let shortest = layout.lanes.map(\.h).min() ?? 0
        #expect(shortest > 0)
        #expect(Set(layout.boxes.map(\.y)).count == 1)
    }

    @Test("the upper row's boxes sit over the band, the lower row's under it, centred between the upper ones")
    func rowsFaceTheBand() throws {
        let layout = BoardLayout(width: 1280, height: 800, nodeCount: 5, lecture: true)
        let band = layout.flightBand
        for id in 0..<3 { #expect(layout.boxes[id].maxY <= band.y) }
        for id in 3..<5 {
            #expect(layout.crowns[id].y >= band.maxY, "a lower box's crown sits under the band")
            #expect(layout.crowns[id].maxY <= layout.boxes[id].y)
            #expect(layout.boxes[id].maxY <= layout.timeline.y)
        }
        let left = try #require(layout.boxes.first), right = try #require(layout.boxes[2...2].first)
        let lowerMiddle = (layout.boxes[3].x + layout.boxes[4].maxX) / 2
        #expect(abs(lowerMiddle - (left.x + right.maxX) / 2) < 0.5)
        #expect(!layout.boxes[3].intersects(layout.boxes[4]))
    }

    @Test("every message stays in the band between its anchors, and a request and its reply take different paths",
          arguments: [(0, 2), (3, 4), (0, 3), (2, 4), (1, 4)])
    func flights(pair: (Int, Int)) {
        let layout = BoardLayout(width: 1280, height: 800, nodeCount: 5, lecture: true)
        let band = layout.flightBand
        for (from, to) in [pair, (pair.1, pair.0)] {
            let start = layout.flightPoint(from: from, to: to, progress: 0), end = layout.flightPoint(from: from, to: to, progress: 1)
            #expect(start == layout.flightAnchor(from) && end == layout.flightAnchor(to))
            for step in 0...20 {
                let p = layout.flightPoint(from: from, to: to, progress: Double(step) / 20)
                #expect(band.contains(x: p.x, y: p.y), "\(from) to \(to) at \(step)/20 leaves the band: \(p)")
                #expect(layout.node(atX: p.x, y: p.y) == nil, "the pill does not cover a box")
            }
        }
        let out = layout.flightPoint(from: pair.0, to: pair.1, progress: 0.5)
        let back = layout.flightPoint(from: pair.1, to: pair.0, progress: 0.5)
        #expect(abs(out.x - back.x) + abs(out.y - back.y) > 20, "a request and its reply cross the band apart")
    }

    @Test("a message leaves a lower box upward, toward the band, and an upper box downward")
    func anchorsFaceTheBand() {
        let layout = BoardLayout(width: 1280, height: 800, nodeCount: 5, lecture: true)
        #expect(layout.bandSide(of: 0) == 1 && layout.bandSide(of: 4) == -1)
        #expect(layout.flightAnchor(4).y < layout.crowns[4].y)
        #expect(layout.flightAnchor(0).y > layout.boxes[0].maxY)
    }
}

/// Zooming in lecture mode never makes the boxes' type smaller: the pane stays as wide as lecture mode makes it.
@Suite("Zoom in lecture mode")
struct LectureZoomTests {
    @Test("the boxes' type does not shrink as the zoom grows", arguments: [3, 5], [(1280, 800), (1920, 1080)])
    func boxTypeNeverShrinks(nodes: Int, size: (Int, Int)) {
        var previous = 0.0
        for zoom in [1, 1.25, 1.5, 2, 2.5] {
            let layout = BoardLayout(width: size.0, height: size.1, nodeCount: nodes, zoom: zoom, lecture: true)
            #expect(layout.boxTypeScale >= previous - 1e-9, "zoom \(zoom): \(layout.boxTypeScale) after \(previous)")
            previous = layout.boxTypeScale
        }
    }
}
