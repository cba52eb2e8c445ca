/// Why a voter refused its vote.
public enum VoteRefusal: Hashable, Sendable {
    /// The request's term is below the voter's current term.
    case staleTerm(current: Term)
    /// The voter already voted for another candidate (possibly itself) in this term.
    case votedForAnother(NodeID)
    /// The election restriction: the candidate's last log term is below the voter's.
    case logBehind(candidate: Term, own: Term)
}

/// Why a node refused to store an AppendEntries entry.
public enum AppendRefusal: Hashable, Sendable {
    /// The leader's term is below the node's current term: that leader is stale.
    case staleTerm(current: Term)
    /// The node leads this very term itself (possible only when a variant lets two nodes lead one term).
    case leadsThisTerm
}

/// Why a node let a reply pass without counting it.
public enum RaftIgnoreReason: Hashable, Sendable {
    /// It is not (or no longer) a candidate.
    case notCandidate
    /// It does not (or no longer) lead.
    case notLeader
    /// The reply is for a term other than its current one.
    case otherTerm(current: Term)
    /// The reply says no (a vote refused or an append refused, in the same term).
    case refused
    /// This node's vote or ack was already counted: a duplicate never counts twice.
    case alreadyCounted
    /// A vote for an election it already won.
    case alreadyLeading
    /// An ack for an entry it already committed.
    case alreadyCommitted
    /// It already knows this committed value.
    case alreadyLearned
}

/// Everything a Raft step can do, in the order it happened.
///
/// Happenings Raft shares with Paxos (a crown gained or lost, a decision, a learned value) are the game's own
/// `EventKind`, with the term in the ballot field, so the score and the round logic read them unchanged.
public enum RaftEvent: Hashable, Sendable {
    /// A crownGained, crownLost, decide or learn event, as in Paxos (ballot = term).
    case common(EventKind)
    /// A node stands for election in a new term, voting for itself.
    case electionStarted(node: NodeID, term: Term, lastLogTerm: Term)
    /// A node saw a higher term in a message: it adopts it, forgets its vote and steps down.
    case termAdopted(node: NodeID, term: Term, previous: Term)
    /// A voter grants its vote in a term (a candidate's vote for itself included).
    case voteGranted(node: NodeID, term: Term, candidate: NodeID)
    case voteRefused(node: NodeID, term: Term, candidate: NodeID, reason: VoteRefusal)
    /// A node stores the entry (term, value) in its log; a new leader re-stamping its entry included.
    case appended(node: NodeID, term: Term, value: Value)
    case appendRefused(node: NodeID, term: Term, leader: NodeID, reason: AppendRefusal)
    /// A reply that changes nothing.
    case ignored(node: NodeID, message: RaftMessage, reason: RaftIgnoreReason)
}
