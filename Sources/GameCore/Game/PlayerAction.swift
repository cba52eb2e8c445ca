/// Something the player does to a node. Nothing Byzantine: only crashes and slowness.
public enum PlayerAction: Hashable, Sendable {
    case kill(NodeID)
    case recover(NodeID)
    case hold(NodeID)
    case release(NodeID)

    public var node: NodeID {
        switch self {
        case .kill(let node), .recover(let node), .hold(let node), .release(let node): return node
        }
    }

    /// The name used in recordings: "kill", "recover", "hold" or "release".
    public var verb: String {
        switch self {
        case .kill: return "kill"
        case .recover: return "recover"
        case .hold: return "hold"
        case .release: return "release"
        }
    }

    public init?(verb: String, node: NodeID) {
        switch verb {
        case "kill": self = .kill(node)
        case "recover": self = .recover(node)
        case "hold": self = .hold(node)
        case "release": self = .release(node)
        default: return nil
        }
    }
}
