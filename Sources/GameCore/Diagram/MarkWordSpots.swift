/// Where a mark's words may go, best first: beside its glyph on the right of the lifeline, then on the left, then
/// a line lower on either side, and so on, so the words stay as near their moment as the arrows allow.
public struct MarkWordSpots: Sendable {
    /// The event on the lifeline.
    public let x: Double
    public let y: Double
    /// How far the words stand off the lifeline (clear of the glyph).
    public let gap: Double
    public let width: Double
    public let height: Double
    /// From one line to the next when the words move down.
    public let rowStep: Double
    /// What the words must stay within (the drawing's edges).
    public let minX: Double
    public let maxX: Double

    public init(x: Double, y: Double, gap: Double, width: Double, height: Double, rowStep: Double,
                minX: Double = -.infinity, maxX: Double = .infinity) {
        self.x = x
        self.y = y
        self.gap = gap
        self.width = width
        self.height = height
        self.rowStep = rowStep
        self.minX = minX
        self.maxX = maxX
    }

    /// Lines down that words may move to keep off the arrows: further, they would lose sight of their glyph.
    public static let nearRows = 3
    /// Enough lines down that a busy moment (a crash, a lost crown and refusals together) still finds room.
    public static let rows = 10

    /// Spots within `nearRows` of the moment, where words may dodge arrows.
    public var near: [LabelBox] { spots(rows: 0..<Self.nearRows) }
    /// Spots further down, for when every near one is taken by other words.
    public var far: [LabelBox] { spots(rows: Self.nearRows..<Self.rows) }
    public var candidates: [LabelBox] { near + far }

    /// For words too wide for either side of the lifeline (large type in a narrow view): a line below the
    /// glyph, across the lifeline, slid sideways to stay within the edges; empty if wider than the edges allow.
    public var across: [LabelBox] {
        guard width <= maxX - minX else { return [] }
        let left = min(max(x - width / 2, minX), maxX - width)
        return (1...Self.nearRows).map { row in
            LabelBox(minX: left, minY: y + Double(row) * rowStep - height / 2, width: width, height: height)
        }
    }

    private func spots(rows: Range<Int>) -> [LabelBox] {
        rows.flatMap { row -> [LabelBox] in
            let centerY = y + Double(row) * rowStep
            let right = LabelBox(minX: x + gap, minY: centerY - height / 2, width: width, height: height)
            let left = LabelBox(minX: x - gap - width, minY: centerY - height / 2, width: width, height: height)
            return [right, left].filter { $0.minX >= minX && $0.maxX <= maxX }
        }
    }

    /// A short line from the glyph to words that moved down, so they still read as the mark's; nil when the words
    /// sit beside the glyph.
    public func leader(to box: LabelBox) -> LabelLine? {
        guard y < box.minY || y > box.maxY else { return nil }
        if box.minX < x && box.maxX > x { return LabelLine(from: (x, y + gap / 2), to: (x, box.minY)) }
        let onRight = box.minX >= x
        let edgeX = onRight ? box.minX : box.maxX
        let startX = onRight ? x + gap / 2 : x - gap / 2
        return LabelLine(from: (startX, y), to: (edgeX, box.midY))
    }
}
