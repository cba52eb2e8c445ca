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
    /// One column per node, left to right in id order.
    public let columns: [Rect]
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
        // Heights grow with the type, but the parts above the lanes share at most 80% of the height (the boxes
        // then hold fewer lines rather than overflow), so a big zoom reflows instead of pushing things off screen.
        let sy = h / Self.designHeight * max(1, factor * 0.62)
        let margin = 12 * scale
        let header = Rect(x: 0, y: 0, w: w, h: min(56 * scale, h * 0.12))
        // Larger type needs a wider pane, up to 45% of the window; lecture mode's pane holds less, so less.
        let paneShare = min(0.45, 0.32 * (1 + (factor - 1) * (lecture ? 0.12 : 0.15)))
        let paneWidth = (w * paneShare).rounded()
        let pane = Rect(x: w - paneWidth, y: header.maxY, w: paneWidth, h: h - header.maxY)
        let board = Rect(x: margin, y: header.maxY, w: pane.x - 2 * margin, h: h - header.maxY)
        let gap = 16 * scale
        let columnWidth = max(0, (board.w - gap * Double(count - 1)) / Double(count))
        let columns = (0..<count).map { index in
            Rect(x: board.x + Double(index) * (columnWidth + gap), y: board.y, w: columnWidth, h: board.h)
        }
        let available = max(0, h - header.maxY)
        // Under zoom a box gets a little taller, for the extra line its larger type wraps onto.
        let wanted = (crown: 56 * sy, box: 150 * sy * (1 + 0.15 * min(1, max(0, factor - 1))), band: 190 * sy)
        let shrink = min(1, available * 0.8 / (wanted.crown + wanted.box + wanted.band))
        let crownHeight = wanted.crown * shrink, bandHeight = wanted.band * shrink
        // The lanes and the timeline bar share what is left below the band; under a big zoom or in lecture mode
        // that is little, so the bar takes at most 40% of it and the lanes keep the rest.
        // The margin under the timeline stays as the window alone makes it: zoom's larger type needs no wider edge,
        // and at a big zoom every pixel here is one the lanes lack.
        let bottomMargin = min(margin, 12 * fit)
        func below(box: Double) -> (top: Double, timeline: Double, spacing: Double, lanes: Double) {
            let top = board.y + crownHeight + box + bandHeight
            let all = max(0, h - top - bottomMargin)
            let timeline = min(40 * sy, all * 0.4), spacing = min(4 * sy, all * 0.05)
            return (top, timeline, spacing, max(0, all - timeline - spacing))
        }
        var boxHeight = wanted.box * shrink
        var parts = below(box: boxHeight)
        // Lanes keep room for their header and three entries at the window's own type (100 px at 1280x800): under
        // a big zoom the boxes give up to a fifth of their height for that (they were made taller for the zoom's
        // wrapped lines), since a lane too short shows nothing. The band keeps its height for a crowd of pills.
        let laneFloor = 100 * fit
        if parts.lanes < laneFloor {
            boxHeight -= min((laneFloor - parts.lanes) / 0.55, boxHeight / 5)
            parts = below(box: boxHeight)
        }
        let bandTop = board.y + crownHeight + boxHeight
        self.header = header
        self.pane = pane
        self.board = board
        self.columns = columns
        let crownInset = 4 * sy * shrink
        // A hair short of the box, so rounding never makes the crown's area touch it.
        crowns = columns.map { Rect(x: $0.x, y: $0.y + crownInset, w: $0.w, h: max(0, crownHeight - crownInset - 0.001)) }
        boxes = columns.map { Rect(x: $0.x, y: $0.y + crownHeight, w: $0.w, h: boxHeight) }
        flightBand = Rect(x: board.x, y: bandTop, w: board.w, h: bandHeight)
        timeline = Rect(x: board.x, y: h - bottomMargin - parts.timeline, w: board.w, h: parts.timeline)
        lanes = columns.map { column in
            Rect(x: column.x, y: parts.top, w: column.w, h: parts.lanes)
        }
    }

    /// The node whose box holds the point, if any.
    public func node(atX x: Double, y: Double) -> NodeID? {
        boxes.firstIndex { $0.contains(x: x, y: y) }
    }

    /// Where a message from `from` to `to` is when it has flown `progress` (0 to 1) of its way.
    ///
    /// It leaves from just below the sender's box (so it never covers the box's text) and arcs down through the flight band to the receiver's;
    /// rightward messages dip deeper than leftward ones so a request and its reply do not collide.
    public func flightPoint(from: NodeID, to: NodeID, progress: Double) -> (x: Double, y: Double) {
        guard boxes.indices.contains(from), boxes.indices.contains(to) else { return (0, 0) }
        let t = min(1, max(0, progress))
        let start = boxes[from], end = boxes[to]
        let x0 = start.midX, x1 = end.midX
        let y0 = start.maxY + 14 * scale, y1 = end.maxY + 14 * scale
        let distance = Double(abs(to - from))
        let reach = nodeCount > 2 ? (distance - 1) / Double(nodeCount - 2) : 0
        let depth = min(0.95, (from < to ? 0.58 : 0.26) + 0.34 * reach)
        let peak = flightBand.y + depth * flightBand.h
        // A quadratic Bezier peaks halfway to its control point, so the control sits twice as deep.
        let controlY = 2 * peak - (y0 + y1) / 2
        let controlX = (x0 + x1) / 2
        let u = 1 - t
        return (u * u * x0 + 2 * u * t * controlX + t * t * x1,
                u * u * y0 + 2 * u * t * controlY + t * t * y1)
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
