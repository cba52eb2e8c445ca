/// What a node is doing as a proposer.
public enum Role: String, Hashable, Sendable {
    /// Not proposing: it only answers as an acceptor and learner.
    case follower
    /// Ran phase 1 (sent p1a) and waits for promises from a quorum.
    case preparing
    /// Reached phase 2 with a quorum of promises: it wears the crown.
    case leading
}

/// One node's protocol state: acceptor, learner and proposer in one.
///
/// Acceptor and learner fields survive a crash, as on stable storage; proposer fields do not.
public struct NodeState: Hashable, Sendable {
    public let id: NodeID

    // Acceptor (TLA+ maxBal, maxVBal, maxVal).
    /// The highest ballot this acceptor promised (maxBal).
    public var promised: Ballot = 0
    /// The highest ballot it accepted, 0 for none (maxVBal).
    public var acceptedBallot: Ballot = 0
    /// The value it accepted at that ballot (maxVal).
    public var acceptedValue: Value?

    // Learner.
    /// The first decided value this node came to know, by deciding itself or through p3; never overwritten.
    public var learned: Value?

    // Proposer: lost on a crash.
    public var role: Role = .follower
    /// The ballot of its current or last proposal, 0 for none.
    public var ballot: Ballot = 0
    /// The highest ballot it has seen in any message, so its next ballot goes above it.
    public var highestSeen: Ballot = 0
    /// Nodes that promised its current ballot, itself included.
    public var promisers = NodeSet()
    /// The highest accepted ballot reported in those promises, and its value.
    public var reportedBallot: Ballot = 0
    public var reportedValue: Value?
    /// The value it proposes in phase 2.
    public var proposal: Value?
    /// Nodes that accepted its proposal, itself included.
    public var accepters = NodeSet()
    /// Whether it collected a quorum of accepts for its proposal.
    public var decided = false

    public init(id: NodeID) { self.id = id }

    /// Whether this node wears the crown: it is a leader in phase 2.
    public var wearsCrown: Bool { role == .leading }

    /// The ballot its next phase 1 would use: its own, above every ballot it has seen, promised or accepted.
    /// The handlers and the checker's ballot bound both ask here.
    public func nextBallot(rules: ProtocolRules) -> Ballot {
        rules.nextBallot(for: id, above: max(highestSeen, promised, acceptedBallot))
    }

    /// Whether losing the crown now would topple it: it is a leader that has not yet seen a decision.
    public var crownCanTopple: Bool { role == .leading && !decided && learned == nil }
}
