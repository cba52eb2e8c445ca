import GameCore

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

    /// `paneSplit` is where the pane's fixed top ends (see `PaneRenderer.drawTop`).
    init(layout: BoardLayout, paneSplit: Double) {
        self.layout = layout
        var regions: [Region] = []
        // A node's region reaches a little into the gaps beside its column, where the keyboard's focus ring goes.
        let columns = layout.columns
        let gap = columns.count > 1 ? columns[1].x - columns[0].maxX : 12 * layout.scale
        let side = max(0, min(gap / 2 - 1, 7 * layout.scale))
        for (index, column) in columns.enumerated() {
            let rect = Rect(x: column.x - side, y: column.y, w: column.w + 2 * side, h: layout.boxes[index].maxY - column.y)
            regions.append(Region(kind: .node(index), rect: rect))
        }
        for (index, lane) in layout.lanes.enumerated() { regions.append(Region(kind: .lane(index), rect: lane)) }
        regions.append(Region(kind: .header, rect: layout.header))
        let pane = layout.pane
        let split = min(max(paneSplit, pane.y), pane.maxY)
        regions.append(Region(kind: .paneLive, rect: Rect(x: pane.x, y: split, w: pane.w, h: pane.maxY - split)))
        regions.append(Region(kind: .paneTop, rect: Rect(x: pane.x, y: pane.y, w: pane.w, h: split - pane.y)))
        self.regions = regions
        band = Rect(x: 0, y: layout.flightBand.y, w: layout.pane.x, h: layout.flightBand.h)
    }
}
