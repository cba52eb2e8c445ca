/// Where everything goes in a window of a given size: header, one column per node, the right pane.
///
/// Designed at 1280x800 and scaled; at tiny sizes rectangles may be empty, never negative or overlapping.
public struct BoardLayout: Hashable, Sendable {
    public static let designWidth = 1280.0
    public static let designHeight = 800.0

    public let width: Double
    public let height: Double
    public let nodeCount: Int
    /// How much bigger than the design size things are drawn; text sizes multiply by it.
    public let scale: Double
    /// What the window's size alone gives `scale`, before zoom and lecture mode.
    public let windowScale: Double
    /// The player's zoom (Ctrl+= / Ctrl+-, `--scale`), 0.75 to 2.5: multiplies `scale`.
    public let zoom: Double
    /// Lecture mode: larger type, a pane with only what a class needs.
    public let lecture: Bool
    public let header: Rect
    public let board: Rect
    public let pane: Rect
    /// One column per node, left to right in id order; in two rows, the upper row's, then the lower row's.
    public let columns: [Rect]
    /// How many nodes stand in the upper row: all of them, unless the boxes stand in two rows (see
    /// `narrowestBoxShare`); the lower row's boxes face the upper row's across the flight band, and have no lanes.
    public let upperRowCount: Int
    /// Whether the node stands in the lower of two rows, its crown and box under the flight band.
    public func isInLowerRow(_ id: NodeID) -> Bool { id >= upperRowCount }

    /// The space above each box where a leader's crown is drawn.
    public let crowns: [Rect]
    public let boxes: [Rect]
    /// The band below the boxes that messages arc through.
    public let flightBand: Rect
    /// Under each node, the list of messages it sent.
    public let lanes: [Rect]
    /// Whether the lanes are tall enough to hold the space-time diagram in their place: its names, and half a
    /// dozen rows of labels at the layout's type size.
    public var lanesHoldDiagram: Bool { (lanes.first?.h ?? 0) >= 150 * scale }
    /// What multiplies the design sizes of the type in a box: the zoom's, unless the box is too narrow for it.
    public let boxTypeScale: Double
    /// Across the bottom of the board: the round's span, the playhead and its marks (click or drag to scrub).
    public let timeline: Rect

    public static let zoomRange = 0.75...2.5
    /// Lecture mode's type is this much larger than the design's: body text 28 px at 1280x800.
    public static let lectureFactor = 1.87

    public init(width: Int, height: Int, nodeCount: Int, zoom: Double = 1, lecture: Bool = false) {
        let w = Double(max(0, width)), h = Double(max(0, height))
        let count = max(1, nodeCount)
        self.width = w
        self.height = h
        self.nodeCount = count
        let zoom = min(max(zoom.isFinite ? zoom : 1, Self.zoomRange.lowerBound), Self.zoomRange.upperBound)
        self.zoom = zoom
        self.lecture = lecture
        let factor = zoom * (lecture ? Self.lectureFactor : 1)
        let fit = min(max(min(w / Self.designWidth, h / Self.designHeight), 0.1), 4)
        // Text and gaps scale with the tighter direction, within limits so tiny or huge windows stay usable.
        scale = min(max(fit * factor, 0.1), 8)
        windowScale = fit
        // Zoom in lecture mode keeps the board's margins and gaps, like its pane, at lecture mode's own size.
        let spacing = lecture ? min(scale, fit * Self.lectureFactor) : scale
        let margin = 12 * spacing
        let header = Rect(x: 0, y: 0, w: w, h: min(56 * scale, h * 0.12))
        // Larger type needs a wider pane, up to 45% of the window; lecture mode's pane holds less, so less. Zoom
        // in lecture mode leaves the pane as wide as lecture mode makes it (its type then fits itself, see the
        // app's PaneFit): a wider pane would narrow the boxes, and their type, which is what the class reads.
        let paneShare = min(0.45, 0.32 * (1 + ((lecture ? Self.lectureFactor : factor) - 1) * (lecture ? 0.12 : 0.15)))
        let paneWidth = (w * paneShare).rounded()
        let pane = Rect(x: w - paneWidth, y: header.maxY, w: paneWidth, h: h - header.maxY)
        let board = Rect(x: margin, y: header.maxY, w: pane.x - 2 * margin, h: h - header.maxY)
        let gap = 16 * spacing
        self.header = header
        self.pane = pane
        self.board = board
        let frame = NodeFrame(board: board, height: h, scale: scale, windowScale: fit, factor: factor, gap: gap)
        // Five nodes in one row under lecture mode or a big zoom get columns so narrow that their boxes' type falls
        // far below the zoom's: two rows of wider boxes facing each other across the band keep it large.
        let oneRowColumn = max(0, (board.w - gap * Double(count - 1)) / Double(count))
        let stacked = count >= 4 && oneRowColumn / NodeBoxType.designColumn < scale * Self.narrowestBoxShare
        let placed = stacked ? frame.twoRows(count: count) : frame.oneRow(count: count)
        upperRowCount = stacked ? (count + 1) / 2 : count
        columns = placed.columns
        crowns = placed.crowns
        boxes = placed.boxes
        flightBand = placed.band
        timeline = placed.timeline
        lanes = placed.lanes
        boxTypeScale = placed.boxType
    }

    /// One row of boxes keeps its type at least this share of the zoom's; below it the boxes stand in two rows.
    public static let narrowestBoxShare = 0.75

    /// The node whose box holds the point, if any.
    public func node(atX x: Double, y: Double) -> NodeID? {
        boxes.firstIndex { $0.contains(x: x, y: y) }
    }

    /// Every rectangle a test may check for overlap, by name.
    public var namedRegions: [(name: String, rect: Rect)] {
        var regions: [(String, Rect)] = [("header", header), ("pane", pane), ("band", flightBand), ("timeline", timeline)]
        for index in 0..<nodeCount {
            regions.append(("crown\(index)", crowns[index]))
            regions.append(("box\(index)", boxes[index]))
            regions.append(("lane\(index)", lanes[index]))
        }
        return regions
    }
}
