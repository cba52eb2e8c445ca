/// The single-decree Raft handlers: pure functions from a node's state and an input to a `RaftStep`.
///
/// Raft's rules reduced to a log of one entry. Terms are owned like ballots, so at most one node ever stands in
/// a term, and a new leader re-stamps its entry with its own term (its single entry plays the part of the
/// entry real Raft would append in its term).
public enum RaftNode {
    /// The node's election timer fires: it stands in its next own term, votes for itself and asks for votes.
    public static func startElection(_ state: RaftNodeState, rules: RaftRules) -> RaftStep {
        var step = RaftStep(state: state)
        let me = state.id
        let term = rules.nextTerm(for: me, above: state.currentTerm)
        if state.role == .leader {
            step.events.append(.common(.crownLost(node: me, ballot: state.currentTerm, reason: .restarted,
                                                  toppled: state.crownCanTopple)))
        }
        step.state.currentTerm = term
        step.state.role = .candidate
        step.state.votedFor = me
        step.state.votes = NodeSet()
        step.state.acks = NodeSet()
        step.state.committed = false
        step.events.append(.electionStarted(node: me, term: term, lastLogTerm: state.lastLogTerm))
        step.events.append(.voteGranted(node: me, term: term, candidate: me))
        for other in rules.others(than: me) {
            step.outgoing.append(RaftMessage(kind: .rv, from: me, to: other, term: term,
                                             lastLogTerm: state.lastLogTerm))
        }
        countVote(&step, from: me, rules: rules)
        return step
    }

    /// The node processes one message that reached it.
    public static func receive(_ message: RaftMessage, state: RaftNodeState, rules: RaftRules) -> RaftStep {
        var step = RaftStep(state: state)
        if message.term > state.currentTerm { adoptTerm(message.term, &step) }
        switch message.kind {
        case .rv: onRequestVote(message, &step, rules: rules)
        case .vr: onVoteReply(message, &step, rules: rules)
        case .ae: onAppend(message, &step)
        case .ar: onAppendReply(message, &step, rules: rules)
        case .commit: onCommit(message, &step)
        }
        return step
    }

    /// The node crashes: role, votes and acks are lost; term, vote and log stay (unless the level forgets them).
    public static func crash(_ state: RaftNodeState, rules: RaftRules) -> RaftStep {
        var step = RaftStep(state: state)
        if state.role == .leader {
            step.events.append(.common(.crownLost(node: state.id, ballot: state.currentTerm, reason: .crashed,
                                                  toppled: state.crownCanTopple)))
        }
        var fresh = RaftNodeState(id: state.id)
        if rules.variant != .amnesia {
            fresh.currentTerm = state.currentTerm
            fresh.votedFor = state.votedFor
            fresh.entry = state.entry
        }
        fresh.learned = state.learned
        step.state = fresh
        return step
    }

    // MARK: Terms

    /// Any message with a higher term: adopt it, forget the vote (it was for an older term) and step down.
    private static func adoptTerm(_ term: Term, _ step: inout RaftStep) {
        let state = step.state
        if state.role == .leader {
            step.events.append(.common(.crownLost(node: state.id, ballot: state.currentTerm,
                                                  reason: .higherBallot(term), toppled: state.crownCanTopple)))
        }
        step.events.append(.termAdopted(node: state.id, term: term, previous: state.currentTerm))
        step.state.currentTerm = term
        step.state.votedFor = nil
        step.state.role = .follower
        step.state.votes = NodeSet()
        step.state.acks = NodeSet()
        step.state.committed = false
    }

    // MARK: Voter

    private static func onRequestVote(_ message: RaftMessage, _ step: inout RaftStep, rules: RaftRules) {
        let me = step.state.id
        let candidate = message.from
        var refusal: VoteRefusal?
        if message.term < step.state.currentTerm {
            refusal = .staleTerm(current: step.state.currentTerm)
        } else if let voted = step.state.votedFor, voted != candidate {
            refusal = .votedForAnother(voted)
        } else if message.lastLogTerm < step.state.lastLogTerm, rules.variant != .noElectionRestriction {
            refusal = .logBehind(candidate: message.lastLogTerm, own: step.state.lastLogTerm)
        }
        // The reply carries the voter's current term, so a stale candidate learns it and steps down.
        let term = step.state.currentTerm
        if let reason = refusal {
            step.events.append(.voteRefused(node: me, term: message.term, candidate: candidate, reason: reason))
            step.outgoing.append(RaftMessage(kind: .vr, from: me, to: candidate, term: term, granted: false))
            return
        }
        step.state.votedFor = candidate
        step.events.append(.voteGranted(node: me, term: term, candidate: candidate))
        step.outgoing.append(RaftMessage(kind: .vr, from: me, to: candidate, term: term, granted: true))
        step.heardProgress = true
    }

    // MARK: Candidate

    private static func onVoteReply(_ message: RaftMessage, _ step: inout RaftStep, rules: RaftRules) {
        let state = step.state
        var reason: RaftIgnoreReason?
        if message.term != state.currentTerm {
            reason = .otherTerm(current: state.currentTerm)
        } else if state.role == .leader {
            reason = .alreadyLeading
        } else if state.role != .candidate {
            reason = .notCandidate
        } else if !message.granted {
            reason = .refused
        } else if state.votes.contains(message.from) {
            reason = .alreadyCounted
        }
        if let reason {
            step.events.append(.ignored(node: state.id, message: message, reason: reason))
            return
        }
        step.heardProgress = true
        countVote(&step, from: message.from, rules: rules)
    }

    private static func countVote(_ step: inout RaftStep, from node: NodeID, rules: RaftRules) {
        step.state.votes.insert(node)
        if step.state.role == .candidate, step.state.votes.count >= rules.quorum {
            becomeLeader(&step, rules: rules)
        }
    }

    /// Won the election: take the value of its own entry (or its own colour), re-stamp it and replicate it.
    private static func becomeLeader(_ step: inout RaftStep, rules: RaftRules) {
        let me = step.state.id
        let term = step.state.currentTerm
        let value = step.state.entry?.value ?? me
        step.state.role = .leader
        step.state.entry = RaftEntry(term: term, value: value)
        step.state.acks = NodeSet()
        step.state.committed = false
        step.events.append(.common(.crownGained(node: me, ballot: term, value: value)))
        step.events.append(.appended(node: me, term: term, value: value))
        for other in rules.others(than: me) {
            step.outgoing.append(RaftMessage(kind: .ae, from: me, to: other, term: term, value: value))
        }
        countAck(&step, from: me, rules: rules)
    }

    // MARK: Follower

    private static func onAppend(_ message: RaftMessage, _ step: inout RaftStep) {
        let me = step.state.id
        let current = step.state.currentTerm
        var refusal: AppendRefusal?
        if message.term < current {
            refusal = .staleTerm(current: current)
        } else if step.state.role == .leader {
            refusal = .leadsThisTerm
        }
        if let reason = refusal {
            step.events.append(.appendRefused(node: me, term: message.term, leader: message.from, reason: reason))
            step.outgoing.append(RaftMessage(kind: .ar, from: me, to: message.from, term: current, granted: false))
            return
        }
        guard let value = message.value else { return }
        // A candidate of this term hears from the term's leader: it has lost, and follows.
        step.state.role = .follower
        step.state.votes = NodeSet()
        step.state.entry = RaftEntry(term: message.term, value: value)
        step.events.append(.appended(node: me, term: message.term, value: value))
        step.outgoing.append(RaftMessage(kind: .ar, from: me, to: message.from, term: current, granted: true))
        step.heardProgress = true
    }

    // MARK: Leader

    private static func onAppendReply(_ message: RaftMessage, _ step: inout RaftStep, rules: RaftRules) {
        let state = step.state
        var reason: RaftIgnoreReason?
        if message.term != state.currentTerm {
            reason = .otherTerm(current: state.currentTerm)
        } else if state.role != .leader {
            reason = .notLeader
        } else if !message.success {
            reason = .refused
        } else if state.acks.contains(message.from) {
            reason = .alreadyCounted
        } else if state.committed {
            reason = .alreadyCommitted
        }
        if let reason {
            step.events.append(.ignored(node: state.id, message: message, reason: reason))
            return
        }
        step.heardProgress = true
        countAck(&step, from: message.from, rules: rules)
    }

    private static func countAck(_ step: inout RaftStep, from node: NodeID, rules: RaftRules) {
        step.state.acks.insert(node)
        guard !step.state.committed, step.state.acks.count >= rules.quorum, let entry = step.state.entry else { return }
        let me = step.state.id
        step.state.committed = true
        step.state.learned = entry.value
        step.events.append(.common(.decide(node: me, ballot: entry.term, value: entry.value)))
        for other in rules.others(than: me) {
            step.outgoing.append(RaftMessage(kind: .commit, from: me, to: other, term: entry.term, value: entry.value))
        }
    }

    // MARK: Learner

    /// A commit is a fact whatever its term: any node that hears of it learns the value.
    private static func onCommit(_ message: RaftMessage, _ step: inout RaftStep) {
        guard let value = message.value else { return }
        let me = step.state.id
        guard step.state.learned != value else {
            step.events.append(.ignored(node: me, message: message, reason: .alreadyLearned))
            return
        }
        step.state.learned = value
        step.events.append(.common(.learn(node: me, ballot: message.term, value: value)))
        step.heardProgress = true
    }
}
