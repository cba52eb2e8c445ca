/// A card drawn over the board that takes the keyboard until dismissed.
public enum Overlay: Equatable, Sendable {
    case welcome
    case help
    /// An invariant broke on real Paxos: what should never happen.
    case brokePaxos
    /// Two values decided on a broken level.
    case brokeIt
}

/// A message that shows for a while, then goes: a toast or the round banner.
public struct TimedNote {
    public let text: String
    /// Wall-clock ms when it goes away.
    public let until: Double
}

/// What the player achieved on a broken level, for the "You broke it!" card.
public struct BreakResult {
    public let values: [Int]
    public let seconds: Double
    public let newBest: Bool
    /// The checker's shortest break ("Show me"), not the player's.
    public let byChecker: Bool
}
