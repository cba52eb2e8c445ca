/// The result of one pure protocol step: the node's new state, what it sends, and what happened.
public struct NodeStep: Sendable {
    public var state: NodeState
    public var outgoing: [Message] = []
    public var events: [EventKind] = []
    /// Whether the node heard progress from a live ballot, which resets its election timer.
    public var heardProgress = false

    init(state: NodeState) { self.state = state }

    /// Makes the step take effect on whatever holds the node (the timed game or a checker state), always in the
    /// same order: the new state first, then each event as it happened, then each message to send. The game, the
    /// checker and a counterexample's replay all go through here, so they cannot disagree about what a step does.
    func apply<Holder>(to holder: inout Holder, at node: WritableKeyPath<Holder, NodeState>,
                       record: (inout Holder, EventKind) -> Void,
                       send: (inout Holder, Message) -> Void) {
        apply(to: &holder, setting: { $0[keyPath: node] = $1 }, record: record, send: send)
    }

    /// The same with the node's place given as code: the checker's hot loop calls this, since a key path with a
    /// subscript is built anew at run time on every call, which cost it 40% of its time.
    func apply<Holder>(to holder: inout Holder, setting setNode: (inout Holder, NodeState) -> Void,
                       record: (inout Holder, EventKind) -> Void,
                       send: (inout Holder, Message) -> Void) {
        setNode(&holder, state)
        for event in events { record(&holder, event) }
        for message in outgoing { send(&holder, message) }
    }
}
