/// Why the game refused a player's action. `text` is the one place its words live: the toast, the log and the
/// recording all show it.
public enum Refusal: Hashable, Sendable {
    case noSuchNode(NodeID)
    case alreadyDown(NodeID)
    /// A kill with as many nodes down as the cluster can lose: `down` must recover first.
    case tooManyDown(down: [NodeID], maxDown: Int, nodeCount: Int)
    case notDown(NodeID)
    case holdWhileDown(NodeID)
    case alreadyHeld(NodeID)
    case notHeld(NodeID)
    /// A schedule step (deliver, start a ballot) in a game that keeps its own time.
    case scheduleOnly(PlayerAction)
    /// A schedule delivers a message nobody sent.
    case neverSent(Message)
    /// A Raft schedule delivers a message nobody sent.
    case neverSentRaft(RaftMessage)
    /// A schedule step for a node that is down.
    case scheduledNodeDown(NodeID)

    public var text: String {
        switch self {
        case .noSuchNode(let node): return "There is no node \(node + 1)"
        case .alreadyDown(let node): return "\(NodeNames.title(node)) is already down"
        case let .tooManyDown(down, maxDown, nodeCount):
            let names = down.map(NodeNames.title)
            let who = names.count == 1 ? names[0] : names.joined(separator: " or ")
            return "Recover \(who) first: at most \(maxDown) of \(nodeCount) may be down"
        case .notDown(let node): return "\(NodeNames.title(node)) is not down"
        case .holdWhileDown(let node): return "\(NodeNames.title(node)) is down: recover it before holding it"
        case .alreadyHeld(let node): return "\(NodeNames.title(node)) is already held"
        case .notHeld(let node): return "\(NodeNames.title(node)) is not held"
        case .scheduleOnly(let action):
            return action.isDelivery ? "Only a schedule from the checker delivers messages"
                : "Only a schedule from the checker starts ballots"
        case .neverSent(let message): return "\(message.label) was never sent"
        case .neverSentRaft(let message): return "\(message.label) was never sent"
        case .scheduledNodeDown(let node): return "\(NodeNames.title(node)) is down"
        }
    }
}

extension PlayerAction {
    var isDelivery: Bool {
        switch self {
        case .deliver, .deliverRaft: return true
        default: return false
        }
    }
}
