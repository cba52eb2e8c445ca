/// The result of one pure protocol step: the node's new state, what it sends, and what happened.
public struct NodeStep: Sendable {
    public var state: NodeState
    public var outgoing: [Message] = []
    public var events: [EventKind] = []
    /// Whether the node heard progress from a live ballot, which resets its election timer.
    public var heardProgress = false

    init(state: NodeState) { self.state = state }
}
