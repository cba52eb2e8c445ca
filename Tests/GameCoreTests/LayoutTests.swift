import Testing
@testable import GameCore

/// The window's layout at the sizes a lecture hall and a laptop use, and at silly ones.
@Suite("Layout")
struct LayoutTests {
    static let sizes = [(960, 600), (1280, 800), (1920, 1080), (1280, 720), (800, 1000)]

    @Test("each node's box, crown and lane lie inside its column", arguments: [3, 5])
    func boxesInColumns(nodes: Int) {
        for (w, h) in Self.sizes {
            let layout = BoardLayout(width: w, height: h, nodeCount: nodes)
            #expect(layout.columns.count == nodes)
            for index in 0..<nodes {
                #expect(layout.columns[index].encloses(layout.boxes[index]), "box \(index) at \(w)x\(h)")
                #expect(layout.columns[index].encloses(layout.lanes[index]), "lane \(index) at \(w)x\(h)")
                #expect(layout.columns[index].encloses(layout.crowns[index]), "crown \(index) at \(w)x\(h)")
            }
        }
    }

    @Test("no two regions overlap", arguments: [3, 5])
    func nothingOverlaps(nodes: Int) {
        for (w, h) in Self.sizes {
            let regions = BoardLayout(width: w, height: h, nodeCount: nodes).namedRegions
            for i in regions.indices {
                for j in regions.indices where j > i {
                    #expect(!regions[i].rect.intersects(regions[j].rect),
                            "\(regions[i].name) overlaps \(regions[j].name) at \(w)x\(h)")
                }
            }
        }
    }

    @Test("everything fits inside the window", arguments: [3, 5])
    func fitsWindow(nodes: Int) {
        for (w, h) in Self.sizes {
            let layout = BoardLayout(width: w, height: h, nodeCount: nodes)
            let window = Rect(x: 0, y: 0, w: Double(w), h: Double(h))
            for region in layout.namedRegions {
                #expect(window.encloses(region.rect), "\(region.name) at \(w)x\(h)")
            }
        }
    }

    @Test("hit-testing a box's centre finds its node; the gaps and the pane find none", arguments: [3, 5])
    func hitTesting(nodes: Int) {
        let layout = BoardLayout(width: 1280, height: 800, nodeCount: nodes)
        for index in 0..<nodes {
            let box = layout.boxes[index]
            #expect(layout.node(atX: box.midX, y: box.midY) == index)
            #expect(layout.node(atX: box.x + 1, y: box.maxY - 1) == index)
        }
        #expect(layout.node(atX: layout.pane.midX, y: layout.pane.midY) == nil)
        #expect(layout.node(atX: layout.boxes[0].midX, y: layout.lanes[0].midY) == nil)
        #expect(layout.node(atX: (layout.boxes[0].maxX + layout.boxes[1].x) / 2, y: layout.boxes[0].midY) == nil)
    }

    @Test("the main text scale is 1 at 1280x800 and grows with the window")
    func scale() {
        #expect(BoardLayout(width: 1280, height: 800, nodeCount: 3).scale == 1)
        #expect(BoardLayout(width: 1920, height: 1080, nodeCount: 3).scale > 1)
        #expect(BoardLayout(width: 960, height: 600, nodeCount: 3).scale < 1)
    }

    @Test("tiny and degenerate windows give a valid layout", arguments: [(200, 150), (1, 1), (0, 0), (-5, 40), (5000, 30)])
    func tinyWindows(size: (Int, Int)) {
        for nodes in [3, 5] {
            let layout = BoardLayout(width: size.0, height: size.1, nodeCount: nodes)
            for region in layout.namedRegions {
                let r = region.rect
                #expect(r.w >= 0 && r.h >= 0 && r.x.isFinite && r.y.isFinite, "\(region.name)")
            }
            let point = layout.flightPoint(from: 0, to: nodes - 1, progress: 0.5)
            #expect(point.x.isFinite && point.y.isFinite)
        }
    }

    @Test("a message starts just under its sender's box, ends under its receiver's, and stays in the board between")
    func flightPath() {
        let layout = BoardLayout(width: 1280, height: 800, nodeCount: 3)
        let start = layout.flightPoint(from: 0, to: 2, progress: 0)
        let end = layout.flightPoint(from: 0, to: 2, progress: 1)
        #expect(layout.node(atX: start.x, y: start.y - 20) == 0)
        #expect(layout.node(atX: end.x, y: end.y - 20) == 2)
        #expect(layout.node(atX: start.x, y: start.y) == nil, "the pill does not cover the box's text")
        for step in 1..<10 {
            let p = layout.flightPoint(from: 0, to: 2, progress: Double(step) / 10)
            #expect(p.y <= layout.flightBand.maxY && p.y >= layout.boxes[0].y)
        }
        let out = layout.flightPoint(from: 0, to: 1, progress: 0.5), back = layout.flightPoint(from: 1, to: 0, progress: 0.5)
        #expect(out.y > back.y + 20, "a request and its reply take different arcs")
    }
}
