import GameCore

// Small builders for the Raft tests, so each test body shows only the case it is about.

let raftThree = RaftRules(nodeCount: 3)
let raftFive = RaftRules(nodeCount: 5)

/// A Raft node's persistent state set directly.
func raftNode(_ id: NodeID, term: Term = 0, votedFor: NodeID? = nil, entry: (Term, Value)? = nil,
              learned: Value? = nil) -> RaftNodeState {
    var state = RaftNodeState(id: id)
    state.currentTerm = term
    state.votedFor = votedFor
    state.entry = entry.map { RaftEntry(term: $0.0, value: $0.1) }
    state.learned = learned
    return state
}

func rv(_ term: Term, lastLogTerm: Term = 0, from: NodeID, to: NodeID) -> RaftMessage {
    RaftMessage(kind: .rv, from: from, to: to, term: term, lastLogTerm: lastLogTerm)
}

func vr(_ term: Term, granted: Bool = true, from: NodeID, to: NodeID) -> RaftMessage {
    RaftMessage(kind: .vr, from: from, to: to, term: term, granted: granted)
}

func ae(_ term: Term, _ value: Value, from: NodeID, to: NodeID) -> RaftMessage {
    RaftMessage(kind: .ae, from: from, to: to, term: term, value: value)
}

func ar(_ term: Term, success: Bool = true, from: NodeID, to: NodeID) -> RaftMessage {
    RaftMessage(kind: .ar, from: from, to: to, term: term, granted: success)
}

func commitMessage(_ term: Term, _ value: Value, from: NodeID, to: NodeID) -> RaftMessage {
    RaftMessage(kind: .commit, from: from, to: to, term: term, value: value)
}

/// Feeds messages to one node in order, threading its state, and returns every step.
func raftFeed(_ state: RaftNodeState, _ messages: [RaftMessage], rules: RaftRules = raftThree)
    -> (state: RaftNodeState, steps: [RaftStep]) {
    var current = state
    var steps: [RaftStep] = []
    for message in messages {
        let step = RaftNode.receive(message, state: current, rules: rules)
        steps.append(step)
        current = step.state
    }
    return (current, steps)
}

/// A candidate that stood in its next term from `state`, with votes from `voters` counted.
func raftCandidate(_ state: RaftNodeState, rules: RaftRules = raftThree, votesFrom voters: [NodeID] = [])
    -> RaftNodeState {
    let start = RaftNode.startElection(state, rules: rules)
    let term = start.state.currentTerm
    return raftFeed(start.state, voters.map { vr(term, from: $0, to: state.id) }, rules: rules).state
}

/// A leader of its first own term, elected with the votes of the nodes after it (a bare majority).
func raftLeader(_ id: NodeID, rules: RaftRules = raftThree, entry: (Term, Value)? = nil) -> RaftNodeState {
    let voters = Array(rules.others(than: id).prefix(rules.quorum - 1))
    let state = raftCandidate(raftNode(id, term: entry?.0 ?? 0, entry: entry), rules: rules, votesFrom: voters)
    precondition(state.role == .leader, "the helper should have made a leader")
    return state
}

extension Array where Element == RaftEvent {
    var crownsGained: [(node: NodeID, term: Term, value: Value)] {
        compactMap { if case .common(.crownGained(let n, let t, let v)) = $0 { return (n, t, v) } else { return nil } }
    }
    var crownsLost: [(node: NodeID, term: Term, reason: CrownLoss)] {
        compactMap { if case .common(.crownLost(let n, let t, let r, _)) = $0 { return (n, t, r) } else { return nil } }
    }
    var votesGranted: [(node: NodeID, term: Term, candidate: NodeID)] {
        compactMap { if case .voteGranted(let n, let t, let c) = $0 { return (n, t, c) } else { return nil } }
    }
    var voteRefusals: [VoteRefusal] {
        compactMap { if case .voteRefused(_, _, _, let r) = $0 { return r } else { return nil } }
    }
    var appends: [(node: NodeID, term: Term, value: Value)] {
        compactMap { if case .appended(let n, let t, let v) = $0 { return (n, t, v) } else { return nil } }
    }
    var ignoreReasons: [RaftIgnoreReason] {
        compactMap { if case .ignored(_, _, let r) = $0 { return r } else { return nil } }
    }
    var decisions: [(node: NodeID, term: Term, value: Value)] {
        compactMap { if case .common(.decide(let n, let t, let v)) = $0 { return (n, t, v) } else { return nil } }
    }
    var learned: [(node: NodeID, value: Value)] {
        compactMap { if case .common(.learn(let n, _, let v)) = $0 { return (n, v) } else { return nil } }
    }
}
