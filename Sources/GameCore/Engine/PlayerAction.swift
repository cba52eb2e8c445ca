/// Something done to the game from outside: the player's crashes and holds (nothing Byzantine), or a step
/// of a schedule that the exhaustive checker wrote, which takes over the game's timing.
public enum PlayerAction: Hashable, Sendable {
    case kill(NodeID)
    case recover(NodeID)
    case hold(NodeID)
    case release(NodeID)
    /// Schedule step: deliver this sent message now (it flies and is processed as usual).
    case deliver(Message)
    /// Schedule step: this node starts its next ballot now.
    case startBallot(NodeID)
    /// Schedule step in a Raft game: deliver this sent Raft message now (the Raft checker's counterexamples).
    case deliverRaft(RaftMessage)

    public var node: NodeID {
        switch self {
        case .kill(let node), .recover(let node), .hold(let node), .release(let node), .startBallot(let node):
            return node
        case .deliver(let message):
            return message.to
        case .deliverRaft(let message):
            return message.to
        }
    }

    /// Whether this is a schedule step rather than something a person can do with the mouse.
    public var isScheduleStep: Bool {
        switch self {
        case .deliver, .startBallot, .deliverRaft: return true
        default: return false
        }
    }

    /// What a person did, nil for a schedule step.
    public var playerVerb: PlayerVerb? {
        switch self {
        case .kill: return .kill
        case .recover: return .recover
        case .hold: return .hold
        case .release: return .release
        case .deliver, .startBallot, .deliverRaft: return nil
        }
    }

    /// The name used in recordings: a player's verb ("kill", "recover", "hold", "release") or a schedule step's.
    public var verb: String {
        if let playerVerb { return playerVerb.rawValue }
        return isDelivery ? "deliver" : "start_ballot"
    }

    /// A player's action from its recording name; nil for any other name.
    public init?(verb: String, node: NodeID) {
        guard let verb = PlayerVerb(rawValue: verb) else { return nil }
        self = verb.action(on: node)
    }
}
