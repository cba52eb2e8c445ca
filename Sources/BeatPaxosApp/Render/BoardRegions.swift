import GameCore
import Session

/// One part of the board that changes on its own: what it shows and where.
struct Region: Equatable {
    enum Kind: Equatable {
        case header
        case node(NodeID)
        case lane(NodeID)
        /// Mission, controls and protocol: they change only with the level.
        case paneTop
        /// Invariants, the checker's verdict and the log.
        case paneLive
        /// The timeline bar across the bottom of the board.
        case timeline
        /// The space-time diagram, in place of the lanes or over the whole board.
        case diagram
    }

    let kind: Kind
    let rect: Rect
}

/// The board cut into parts that change independently: header, each node's crown and box, each lane, the pane.
/// Together with the flight band they cover everything drawn outside the cards.
struct BoardRegions {
    let layout: BoardLayout
    /// In the order a frame repaints them when its time runs short: nodes and lanes first (they show what just
    /// happened), then the header and the pane.
    let regions: [Region]
    /// Where messages fly and break, across the board and under the boxes.
    let band: Rect

    /// The band's region: the flight band widened to the window's left edge and the pane.
    static func band(of layout: BoardLayout) -> Rect {
        Rect(x: 0, y: layout.flightBand.y, w: layout.pane.x, h: layout.flightBand.h)
    }

    /// `paneSplit` is where the pane's fixed top ends (see `PaneRenderer.drawTop`); with `diagram` the
    /// space-time diagram takes the lanes' place, or the whole board's.
    init(layout: BoardLayout, paneSplit: Double, diagram: DiagramMode? = nil) {
        self.layout = layout
        var regions: [Region] = []
        if diagram != .board {
            // A node's region reaches a little into the gaps beside its column, where the keyboard's focus ring goes.
            let columns = layout.columns
            let gap = columns.count > 1 ? columns[1].x - columns[0].maxX : 12 * layout.scale
            let side = max(0, min(gap / 2 - 1, 7 * layout.scale))
            for (index, column) in columns.enumerated() {
                // A lower box's region reaches under it too, for the ring's bottom edge; an upper box's ring ends in the band.
                let under = layout.isInLowerRow(index) ? side : 0
                let rect = Rect(x: column.x - side, y: column.y, w: column.w + 2 * side, h: layout.boxes[index].maxY + under - column.y)
                regions.append(Region(kind: .node(index), rect: rect))
            }
        }
        switch diagram {
        case nil:
            for (index, lane) in layout.lanes.enumerated() { regions.append(Region(kind: .lane(index), rect: lane)) }
        case .lanes:
            let first = layout.lanes.first ?? layout.timeline, last = layout.lanes.last ?? layout.timeline
            regions.append(Region(kind: .diagram, rect: Rect(x: first.x, y: first.y, w: last.maxX - first.x, h: first.h)))
        case .board:
            let board = layout.board
            regions.append(Region(kind: .diagram, rect: Rect(x: board.x, y: board.y + 4 * layout.scale, w: board.w,
                                                             h: layout.timeline.y - board.y - 8 * layout.scale)))
        }
        regions.append(Region(kind: .timeline, rect: layout.timeline))
        regions.append(Region(kind: .header, rect: layout.header))
        let pane = layout.pane
        let split = min(max(paneSplit, pane.y), pane.maxY)
        regions.append(Region(kind: .paneLive, rect: Rect(x: pane.x, y: split, w: pane.w, h: pane.maxY - split)))
        regions.append(Region(kind: .paneTop, rect: Rect(x: pane.x, y: pane.y, w: pane.w, h: split - pane.y)))
        self.regions = regions
        band = diagram == .board ? Rect(x: 0, y: 0, w: 0, h: 0) : Self.band(of: layout)
    }
}
