/// The result of one pure Raft step: the node's new state, what it sends, and what happened.
public struct RaftStep: Sendable {
    public var state: RaftNodeState
    public var outgoing: [RaftMessage] = []
    public var events: [RaftEvent] = []
    /// Whether the node heard from a live election or leader, which resets its election timer.
    public var heardProgress = false

    init(state: RaftNodeState) { self.state = state }
}
