import GameCore

/// Which node an event is about, so the log can colour it.
enum EventColor {
    static func node(of kind: EventKind) -> NodeID? {
        switch kind {
        case .prepare(let node, _), .promise(let node, _), .accept(let node, _, _), .reject(let node, _, _),
             .ignore(let node, _, _), .crownGained(let node, _, _), .crownLost(let node, _, _, _),
             .timeout(let node), .decide(let node, _, _), .learn(let node, _, _), .kill(let node, _),
             .recover(let node), .hold(let node), .release(let node):
            return node
        case .send(let message), .deliver(let message):
            return message.from
        case .drop(let message):
            return message.to
        case .refused(let action, _):
            return action.node
        default:
            // Round events, and kinds GameCore may add later, belong to no single node.
            return nil
        }
    }
}
