/// A card drawn over the board that takes the keyboard until dismissed.
enum Overlay: Equatable {
    case welcome
    case help
    /// An invariant broke on real Paxos: what should never happen.
    case brokePaxos
    /// Two values decided on a broken level.
    case brokeIt
}

/// A message that shows for a while, then goes: a toast or the round banner.
struct TimedNote {
    let text: String
    /// Wall-clock ms when it goes away.
    let until: Double
}

/// What the player achieved on a broken level, for the "You broke it!" card.
struct BreakResult {
    let values: [Int]
    let seconds: Double
    let newBest: Bool
    /// The checker's shortest break ("Show me"), not the player's.
    let byChecker: Bool
}
