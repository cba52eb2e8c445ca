/// Where things go in the SVG diagram: lifeline positions, the time scale, and text sizes.
struct DiagramGeometry {
    /// Body text: message labels and marks are never smaller, so they read on a projector.
    static let fontSize = 16.0
    static let titleSize = 22.0
    /// DejaVu Sans averages a little over half an em per character; labels are measured with this.
    static let charWidth = 0.62

    let start: Tick
    let end: Tick
    let nodeCount: Int
    let left = 100.0
    let top = 150.0
    let column: Double
    let rightMargin = 330.0
    let pxPerSecond: Double

    init(_ diagram: SpaceTimeDiagram) {
        start = diagram.start
        end = diagram.end
        nodeCount = diagram.nodeCount
        column = nodeCount <= 3 ? 330 : 260
        // Long stretches get a tighter scale, but never so tight that a node's sends (2 s apart) crowd.
        let seconds = max(1, Double(end - start) / 1000)
        pxPerSecond = min(24, max(18, 2_400 / seconds))
    }

    var width: Double { left + column * Double(nodeCount - 1) + rightMargin }
    var height: Double { y(end) + 50 }

    func x(_ node: NodeID) -> Double { left + 40 + column * Double(node) }
    func y(_ time: Tick) -> Double { top + Double(time - start) / 1000 * pxPerSecond }

    /// The width a label takes at body size.
    static func textWidth(_ text: String, size: Double = fontSize) -> Double {
        Double(text.count) * size * charWidth
    }

    /// Seconds between time-axis ticks: about one every 60 to 150 px.
    var tickSeconds: Int {
        [2, 5, 10, 20, 30, 60].first { Double($0) * pxPerSecond >= 60 } ?? 60
    }
}

/// A box taken by a label, for keeping labels apart.
struct LabelBox {
    let minX: Double
    let minY: Double
    let maxX: Double
    let maxY: Double

    init(centerX: Double, centerY: Double, width: Double, height: Double) {
        minX = centerX - width / 2
        maxX = centerX + width / 2
        minY = centerY - height / 2
        maxY = centerY + height / 2
    }

    init(minX: Double, minY: Double, width: Double, height: Double) {
        self.minX = minX
        self.minY = minY
        maxX = minX + width
        maxY = minY + height
    }

    /// How much two boxes overlap, in square px (0 if apart).
    func overlap(_ other: LabelBox) -> Double {
        let w = min(maxX, other.maxX) - max(minX, other.minX)
        let h = min(maxY, other.maxY) - max(minY, other.minY)
        return w > 0 && h > 0 ? w * h : 0
    }
}

/// Places labels one by one where they overlap nothing placed before, trying spots in order of preference.
struct LabelPlacer {
    private(set) var taken: [LabelBox] = []

    mutating func reserve(_ box: LabelBox) { taken.append(box) }

    /// The first candidate that overlaps nothing, else the one that overlaps least; it is then taken.
    mutating func place(_ candidates: [LabelBox]) -> LabelBox {
        precondition(!candidates.isEmpty, "a label needs somewhere to go")
        var best = candidates[0]
        var bestOverlap = Double.infinity
        for candidate in candidates {
            let overlap = taken.reduce(0) { $0 + candidate.overlap($1) }
            if overlap == 0 { best = candidate; bestOverlap = 0; break }
            if overlap < bestOverlap { best = candidate; bestOverlap = overlap }
        }
        taken.append(best)
        return best
    }
}
