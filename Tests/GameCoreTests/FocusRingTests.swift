import Testing
@testable import GameCore

/// The keyboard's focus ring closes on all four sides at every window size and zoom, and stays in the gaps
/// around its box: over neither a neighbouring box nor the lanes.
@Suite("Focus ring around a selected node")
struct FocusRingTests {
    @Test("the ring has a bottom edge below the box, inside the flight band (above the timeline under a lower box)", arguments: [3, 5], [false, true])
    func closesBelowTheBox(nodes: Int, lecture: Bool) {
        for (w, h) in LayoutZoomTests.sizes {
            for zoom in LayoutZoomTests.zooms {
                let layout = BoardLayout(width: w, height: h, nodeCount: nodes, zoom: zoom, lecture: lecture)
                for (index, box) in layout.boxes.enumerated() {
                    let ring = FocusRing(around: box, scale: layout.boxTypeScale)
                    let bottom = ring.edges[1]
                    let place = "node \(index) at \(w)x\(h) zoom \(zoom) lecture \(lecture)"
                    #expect(bottom.y >= box.maxY && bottom.h > 0, "\(place)")
                    if layout.isInLowerRow(index) {
                        // Under a lower box: in the gap above the timeline, and its top edge under the band.
                        #expect(bottom.maxY <= layout.timeline.y, "\(place)")
                        #expect(ring.outer.y >= layout.flightBand.maxY, "\(place)")
                    } else {
                        // The window's band region runs from the window's left edge to the pane, wider than the layout's band.
                        #expect(bottom.y >= layout.flightBand.y && bottom.maxY <= layout.flightBand.maxY, "\(place)")
                    }
                    #expect(ring.outer.x >= 0 && ring.outer.maxX <= layout.pane.x, "\(place)")
                    #expect(!layout.lanes.contains { $0.intersects(ring.outer) }, "\(place)")
                    for (other, neighbour) in layout.boxes.enumerated() where other != index {
                        #expect(!ring.edges.contains { $0.intersects(neighbour) }, "\(place) covers box \(other)")
                    }
                }
            }
        }
    }

    @Test("every edge is at least 2 px thick, even in a small window")
    func visibleWhenSmall() {
        let ring = FocusRing(around: Rect(x: 10, y: 10, w: 40, h: 30), scale: 0.2)
        #expect(ring.edges.count == 4)
        #expect(ring.edges.allSatisfy { min($0.w, $0.h) >= 2 })
    }
}
