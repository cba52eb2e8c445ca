/// Why a proposer ignores a reply (p1b or p2b): it is for a ballot it no longer runs, or it no longer needs it.
/// `text` is the one place its words live.
public enum StaleReply: Hashable, Sendable {
    case alreadyDecided
    case hasQuorumOfPromises
    case notProposing
    case preparing(Ballot)
    case leading(Ballot)

    /// Why `state` has no use for `message`, a reply to one of its ballots.
    static func of(_ message: Message, at state: NodeState) -> StaleReply {
        if message.ballot == state.ballot && state.role == .leading {
            return state.decided ? .alreadyDecided : .hasQuorumOfPromises
        }
        switch state.role {
        case .follower: return .notProposing
        case .preparing: return .preparing(state.ballot)
        case .leading: return state.decided ? .alreadyDecided : .leading(state.ballot)
        }
    }

    public var text: String {
        switch self {
        case .alreadyDecided: return "already decided"
        case .hasQuorumOfPromises: return "already has a quorum of promises"
        case .notProposing: return "not proposing"
        case .preparing(let ballot): return "now preparing ballot \(ballot)"
        case .leading(let ballot): return "now leading ballot \(ballot)"
        }
    }
}
