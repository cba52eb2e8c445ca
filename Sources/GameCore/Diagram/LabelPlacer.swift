/// A box taken by a label, for keeping labels apart.
public struct LabelBox: Sendable {
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

    /// How much two boxes overlap, in square px (0 if apart).
    public func overlap(_ other: LabelBox) -> Double {
        let w = min(maxX, other.maxX) - max(minX, other.minX)
        let h = min(maxY, other.maxY) - max(minY, other.minY)
        return w > 0 && h > 0 ? w * h : 0
    }
}

/// Places labels one by one where they overlap nothing placed before, trying spots in order of preference.
public struct LabelPlacer: Sendable {
    public private(set) var taken: [LabelBox] = []

    public init() {}

    public mutating func reserve(_ box: LabelBox) { taken.append(box) }

    /// The first candidate that overlaps nothing, else the one that overlaps least; it is then taken.
    public mutating func place(_ candidates: [LabelBox]) -> LabelBox {
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
