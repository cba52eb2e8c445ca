/// One move of the Raft explorer's abstract game: what any timing, hold or fault the player can cause boils down to.
public enum RaftModelStep: Hashable, Sendable {
    /// A node's election timer fires: it stands in its next own term.
    case startElection(NodeID)
    /// A message sent earlier reaches its addressee, now (any delay, any order, again or never).
    case deliver(RaftMessage)
    /// A crash and a recovery at once: volatile state is lost (and, in the amnesia level, the persistent state too).
    case restart(NodeID)

    /// The move in a few words, such as "rv(4) from Red to Blue".
    public var headline: String {
        let title = NodeNames.title
        switch self {
        case .startElection(let node): return "\(title(node)) stands for its next term"
        case .deliver(let message): return "\(message.label) from \(title(message.from)) to \(title(message.to))"
        case .restart(let node): return "\(title(node)) crashes and recovers"
        }
    }
}
