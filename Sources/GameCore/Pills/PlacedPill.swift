/// A pill as drawn: its rectangle, its text, and the requests it stands for.
public struct PlacedPill: Sendable, Hashable {
    public let rect: Rect
    public let label: String
    /// The type size of the label; smaller than the board's only when the band is crowded.
    public let textSize: Double
    /// Indices into the requests; the first one leads (its colour and label), the others are the "+N".
    public let members: [Int]

    public init(rect: Rect, label: String, textSize: Double, members: [Int]) {
        self.rect = rect
        self.label = label
        self.textSize = textSize
        self.members = members
    }
}
