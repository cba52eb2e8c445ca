/// A box taken by a label, for keeping labels apart.
public struct LabelBox: Hashable, Sendable {
    public let minX: Double
    public let minY: Double
    public let maxX: Double
    public let maxY: Double

    public init(centerX: Double, centerY: Double, width: Double, height: Double) {
        minX = centerX - width / 2
        maxX = centerX + width / 2
        minY = centerY - height / 2
        maxY = centerY + height / 2
    }

    public init(minX: Double, minY: Double, width: Double, height: Double) {
        self.minX = minX
        self.minY = minY
        maxX = minX + width
        maxY = minY + height
    }

    public var midY: Double { (minY + maxY) / 2 }

    /// How much two boxes overlap, in square px (0 if apart).
    public func overlap(_ other: LabelBox) -> Double {
        let w = min(maxX, other.maxX) - max(minX, other.minX)
        let h = min(maxY, other.maxY) - max(minY, other.minY)
        return w > 0 && h > 0 ? w * h : 0
    }

    /// Whether a straight line from `start` to `end` passes through the box (Liang–Barsky clipping): words on it
    /// would have the line run through their letters.
    public func isCrossed(by line: LabelLine) -> Bool {
        let dx = line.end.x - line.start.x, dy = line.end.y - line.start.y
        var enter = 0.0, leave = 1.0
        // Each pair: how the line moves toward one edge, and how far inside that edge it starts.
        let edges = [(-dx, line.start.x - minX), (dx, maxX - line.start.x), (-dy, line.start.y - minY), (dy, maxY - line.start.y)]
        for (toward, inside) in edges {
            if toward == 0 {
                if inside < 0 { return false }
                continue
            }
            let t = inside / toward
            if toward < 0 { enter = max(enter, t) } else { leave = min(leave, t) }
            if enter > leave { return false }
        }
        return true
    }
}

/// A straight stroke in the diagram (an arrow) that words should not sit on.
public struct LabelLine: Sendable {
    public let start: (x: Double, y: Double)
    public let end: (x: Double, y: Double)

    public init(from start: (Double, Double), to end: (Double, Double)) {
        self.start = (start.0, start.1)
        self.end = (end.0, end.1)
    }
}
