/// One move of the checker's abstract game: what any timing, hold or fault the player can cause boils down to.
public enum ModelStep: Hashable, Sendable {
    /// A node starts phase 1 with its next ballot (any election timeout).
    case startBallot(NodeID)
    /// A message sent earlier reaches its addressee, now (any delay, any order, again or never).
    case deliver(Message)
    case crash(NodeID)
    case recover(NodeID)
    /// A crash and a recovery at once. Where acceptor state survives a crash, a node that is down only
    /// misses deliveries and ballots that can as well come after it is back, so a crash lasting zero time
    /// reaches the same states as a long one; the checker then needs no "down" nodes at all.
    case restart(NodeID)

    /// The move in a few words, such as "p1a(1) from Red to Blue".
    public var headline: String {
        let title = NodeNames.title
        switch self {
        case .startBallot(let node): return "\(title(node)) starts a new ballot"
        case .deliver(let message): return "\(message.label) from \(title(message.from)) to \(title(message.to))"
        case .crash(let node): return "\(title(node)) crashes"
        case .recover(let node): return "\(title(node)) recovers"
        case .restart(let node): return "\(title(node)) crashes and recovers"
        }
    }

    /// The same move as actions the timed game can perform, for recordings and replays.
    public var actions: [PlayerAction] {
        switch self {
        case .startBallot(let node): return [.startBallot(node)]
        case .deliver(let message): return [.deliver(message)]
        case .crash(let node): return [.kill(node)]
        case .recover(let node): return [.recover(node)]
        case .restart(let node): return [.kill(node), .recover(node)]
        }
    }
}
