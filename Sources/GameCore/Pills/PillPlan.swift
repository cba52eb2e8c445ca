/// Every pill of the flight band, none covering another, and the messages that found no room at all.
public struct PillPlan: Sendable, Hashable {
    public let pills: [PlacedPill]
    /// Indices of requests drawn in no pill: the band was too small even for one folded pill per path.
    public let hidden: [Int]
}
