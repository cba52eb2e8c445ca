import GameCore

/// The board cut into parts that change independently: header, each node's crown and box, each lane, the pane.
/// Together with the flight band they cover everything drawn outside the cards.
struct BoardRegions {
    enum Kind: Equatable {
        case header
        case node(NodeID)
        case lane(NodeID)
        /// Mission, controls and protocol: they change only with the level.
        case paneTop
        /// Invariants, the checker's verdict and the log.
        case paneLive
    }

    let layout: BoardLayout
    let rects: [Rect]
    /// Where messages fly and break, across the board and under the boxes.
    let band: Rect

    /// `paneSplit` is where the pane's fixed top ends (see `PaneRenderer.drawTop`).
    init(layout: BoardLayout, paneSplit: Double) {
        self.layout = layout
        var rects = [layout.header]
        for (index, column) in layout.columns.enumerated() {
            rects.append(Rect(x: column.x, y: column.y, w: column.w, h: layout.boxes[index].maxY - column.y))
        }
        rects += layout.lanes
        let pane = layout.pane
        let split = min(max(paneSplit, pane.y), pane.maxY)
        rects.append(Rect(x: pane.x, y: pane.y, w: pane.w, h: split - pane.y))
        rects.append(Rect(x: pane.x, y: split, w: pane.w, h: pane.maxY - split))
        self.rects = rects
        band = Rect(x: 0, y: layout.flightBand.y, w: layout.pane.x, h: layout.flightBand.h)
    }

    /// Nodes and lanes first: they show what just happened; then the header and the pane.
    var paintOrder: [Int] {
        let count = layout.columns.count
        return Array(1...(2 * count)) + [0, 2 * count + 2, 2 * count + 1]
    }

    func kind(_ index: Int) -> Kind {
        let count = layout.columns.count
        switch index {
        case 0: return .header
        case 1...count: return .node(index - 1)
        case (count + 1)...(2 * count): return .lane(index - 1 - count)
        case 2 * count + 1: return .paneTop
        default: return .paneLive
        }
    }
}
