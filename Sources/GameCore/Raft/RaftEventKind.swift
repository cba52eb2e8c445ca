/// Everything that can happen in a timed Raft game: the engine's happenings, with Raft messages, and the nodes'
/// own events.
public enum RaftEventKind: Hashable, Sendable {
    case roundStart(round: Int)
    case roundEnd(round: Int, value: Value?, decisionMs: Tick?, points: Int)
    case send(RaftMessage)
    case deliver(RaftMessage)
    case drop(RaftMessage)
    case timeout(node: NodeID)
    case kill(node: NodeID, endedHold: Bool)
    case recover(node: NodeID)
    case hold(node: NodeID)
    case release(node: NodeID)
    case refused(action: PlayerAction, reason: Refusal)
    case scheduled(PlayerAction)
    /// What a node's handler did: stood, voted, stored, led, committed, learned.
    case node(RaftEvent)
}

extension RaftEventKind: GameEventKind {
    public var tally: EventTally {
        switch self {
        case .send: return .sent
        case .roundEnd: return .roundEnded
        case .node(.electionStarted): return .ballotStarted
        case .node(.common(let kind)):
            // Crowns and decisions are Paxos's events with the term for the ballot: count them the same way.
            switch kind.tally {
            case .crownGained, .crownLost, .decided: return kind.tally
            default: return .none
            }
        default: return .none
        }
    }
}
