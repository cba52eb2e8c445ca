/// Places labels one by one, trying spots in order of preference: where they cover no label placed before,
/// and (for words that may move off their arrow) where no arrow runs through them.
///
/// A pinned box (a mark's words, a glyph on a lifeline) belongs to a fixed moment, so nothing placed later may
/// cover it while any other spot is left; an unpinned one (an arrow's label, a lifeline) only yields to free space.
public struct LabelPlacer: Sendable {
    public private(set) var taken: [LabelBox] = []
    public private(set) var pinned: [LabelBox] = []
    public private(set) var lines: [(line: LabelLine, weight: Int)] = []

    public init() {}

    public mutating func reserve(_ box: LabelBox, pinned isPinned: Bool = false) {
        if isPinned { pinned.append(box) } else { taken.append(box) }
    }

    /// A line that words placed with `offLines` keep off when they can. Where every spot is crossed, the one
    /// whose crossing lines weigh least wins: a lifeline weighs more than an arrow, since a node's words across
    /// another node's lifeline read as that node's.
    public mutating func reserveLine(_ line: LabelLine, weight: Int = 1) { lines.append((line, weight)) }

    /// How many arrows a lifeline weighs.
    public static let lifelineWeight = 2

    /// The weight of the lines through a box.
    private func crossings(_ box: LabelBox) -> Int {
        lines.reduce(0) { $0 + (box.isCrossed(by: $1.line) ? $1.weight : 0) }
    }

    /// Whether a box covers nothing placed so far.
    public func isFree(_ box: LabelBox) -> Bool {
        taken.allSatisfy { box.overlap($0) == 0 } && pinned.allSatisfy { box.overlap($0) == 0 }
    }

    /// The first candidate that covers no label and, with `offLines`, is crossed by the lightest lines; nil if
    /// every candidate covers a label. Nothing is taken.
    public func freeSpot(_ candidates: [LabelBox], offLines: Bool = false) -> LabelBox? {
        var best: (box: LabelBox, crossings: Int)?
        for candidate in candidates where isFree(candidate) {
            let crossings = offLines ? self.crossings(candidate) : 0
            if crossings == 0 { return candidate }
            if crossings < best?.crossings ?? .max { best = (candidate, crossings) }
        }
        return best?.box
    }

    /// The free spot if there is one, else the candidate that covers the least pinned area, then the least other
    /// area, then (with `offLines`) the lightest lines. Nothing is taken.
    public func bestSpot(_ candidates: [LabelBox], offLines: Bool = false) -> LabelBox {
        precondition(!candidates.isEmpty, "a label needs somewhere to go")
        return freeSpot(candidates, offLines: offLines) ?? leastCovering(candidates, offLines: offLines)
    }

    /// The best spot, which is then taken.
    public mutating func place(_ candidates: [LabelBox], pinned isPinned: Bool = false, offLines: Bool = false) -> LabelBox {
        let box = bestSpot(candidates, offLines: offLines)
        reserve(box, pinned: isPinned)
        return box
    }

    private func leastCovering(_ candidates: [LabelBox], offLines: Bool) -> LabelBox {
        func cost(_ box: LabelBox) -> (Double, Double, Int) {
            (pinned.reduce(0) { $0 + box.overlap($1) }, taken.reduce(0) { $0 + box.overlap($1) },
             offLines ? crossings(box) : 0)
        }
        return candidates.min { cost($0) < cost($1) } ?? candidates[0]
    }
}
