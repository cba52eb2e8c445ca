extension EventKind {
    /// The node whose protocol handler produced this event (prepare to learn); nil for messages, the player's
    /// actions and rounds.
    public var actor: NodeID? {
        switch self {
        case .prepare(let node, _), .promise(let node, _), .accept(let node, _, _), .reject(let node, _, _),
             .ignore(let node, _, _), .crownGained(let node, _, _), .crownLost(let node, _, _, _),
             .timeout(let node), .decide(let node, _, _), .learn(let node, _, _):
            return node
        default:
            return nil
        }
    }

    /// Which node an event is about (the log takes its colour): the actor, the node an action was done to,
    /// a message's sender, or the dead node a message dropped at. Round events belong to no single node.
    public var node: NodeID? {
        if let actor { return actor }
        switch self {
        case .kill(let node, _), .recover(let node), .hold(let node), .release(let node):
            return node
        case .send(let message), .deliver(let message):
            return message.from
        case .drop(let message):
            return message.to
        case .refused(let action, _):
            return action.node
        default:
            return nil
        }
    }
}

extension EventKind {
    /// A node came to know a value, by deciding it or learning it.
    public var isDecision: Bool {
        switch self {
        case .decide, .learn: return true
        default: return false
        }
    }
}
