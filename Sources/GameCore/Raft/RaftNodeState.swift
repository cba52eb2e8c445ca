/// What a Raft node is doing in its current term.
public enum RaftRole: String, Hashable, Sendable {
    /// Answers votes and appends.
    case follower
    /// Stood for election in its current term and waits for votes from a quorum.
    case candidate
    /// Won its term's election: it wears the crown and replicates its entry.
    case leader
}

/// The single log entry: a value and the term of the leader that wrote it.
public struct RaftEntry: Hashable, Sendable {
    public let term: Term
    public let value: Value

    public init(term: Term, value: Value) {
        self.term = term
        self.value = value
    }
}

/// One node's Raft state, with Raft's split between what stable storage keeps and what a crash loses.
public struct RaftNodeState: Hashable, Sendable {
    public let id: NodeID

    // Persistent (Raft's currentTerm, votedFor, log[]): kept across a crash.
    /// The highest term this node has seen.
    public var currentTerm: Term = 0
    /// The candidate it voted for in `currentTerm` (itself, when it stood), nil if none yet.
    public var votedFor: NodeID?
    /// Its log of at most one entry.
    public var entry: RaftEntry?

    // Learner: kept across a crash, as a Paxos node's learned value is.
    /// The committed value this node knows of, by committing itself or through a commit message.
    public var learned: Value?

    // Volatile: lost on a crash.
    public var role: RaftRole = .follower
    /// Nodes that granted it their vote in `currentTerm`, itself included.
    public var votes = NodeSet()
    /// Nodes that stored its entry in `currentTerm`, itself included (leader only).
    public var acks = NodeSet()
    /// Whether, as leader, it collected a quorum of acks and committed.
    public var committed = false

    public init(id: NodeID) { self.id = id }

    /// The term of its log entry, 0 if its log is empty: what it states as "last log term".
    public var lastLogTerm: Term { entry?.term ?? 0 }

    /// Whether this node wears the crown: it leads its current term.
    public var wearsCrown: Bool { role == .leader }

    /// Whether losing the crown now would topple it: it is a leader that has not yet seen a commit.
    public var crownCanTopple: Bool { role == .leader && !committed && learned == nil }
}
