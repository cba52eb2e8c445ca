/// One move of the checker's abstract game: what any timing, hold or fault the player can cause boils down to.
public enum ModelStep: Hashable, Sendable {
    /// A node starts phase 1 with its next ballot (any election timeout).
    case startBallot(NodeID)
    /// A message sent earlier reaches its addressee, now (any delay, any order, again or never).
    case deliver(Message)
    case crash(NodeID)
    case recover(NodeID)

    /// The same move as an action the timed game can perform, for recordings and replays.
    public var action: PlayerAction {
        switch self {
        case .startBallot(let node): return .startBallot(node)
        case .deliver(let message): return .deliver(message)
        case .crash(let node): return .kill(node)
        case .recover(let node): return .recover(node)
        }
    }
}
