/// One acceptor's vote: it accepted `value` at `ballot` (a p2b in the paper's terms).
public struct Vote: Hashable, Sendable {
    public let acceptor: NodeID
    public let ballot: Ballot
    public let value: Value
}

/// A node came to know a value, by deciding it or through p3.
public struct Decision: Hashable, Sendable {
    public let node: NodeID
    public let value: Value
}

/// A vote cast below a promise the acceptor had made.
public struct BrokenPromise: Hashable, Sendable {
    public let vote: Vote
    public let promise: Ballot
}

/// A leader proposed `value` at `ballot` in phase 2 (its p2a). Real Paxos has one value per ballot; the amnesia
/// level reuses ballots with other values, so the ledger keeps every pair.
public struct Proposal: Hashable, Sendable {
    public let ballot: Ballot
    public let value: Value

    public init(ballot: Ballot, value: Value) {
        self.ballot = ballot
        self.value = value
    }
}

/// A value that a true majority of all nodes accepted at one ballot (whatever quorum the level uses).
public struct ChosenValue: Hashable, Sendable {
    public let ballot: Ballot
    public let value: Value
    public let voters: NodeSet
}

/// The history the safety invariants are judged on, kept apart from the nodes' own state.
///
/// Like the TLA+ spec's set of sent messages, it only grows within a round: votes, proposals, promises and
/// decisions. "Chosen" is derived from the votes, never stored.
/// Lists are kept sorted, so two ledgers with the same history are equal whatever the order of events:
/// the exhaustive checker relies on that to recognise a state it has seen.
public struct SafetyLedger: Hashable, Sendable {
    public let rules: ProtocolRules
    /// Every (ballot, value) a leader proposed in phase 2 (the p2a messages), sorted by ballot then value.
    public private(set) var proposals: [Proposal] = []
    /// Every vote, sorted by ballot then acceptor then value.
    public private(set) var votes: [Vote] = []
    /// The highest ballot each acceptor ever promised, even if it later forgot.
    public private(set) var highestPromise: [Ballot]
    /// Votes cast below a promise the acceptor had made.
    public private(set) var brokenPromises: [BrokenPromise] = []
    /// Every decide or learn: which node came to know which value, sorted by node then value.
    public private(set) var decisions: [Decision] = []
    /// Bumped on every change, so callers re-check only when something changed; not part of equality.
    public private(set) var version = 0

    public init(rules: ProtocolRules) {
        self.rules = rules
        highestPromise = Array(repeating: 0, count: rules.nodeCount)
    }

    /// A ledger rebuilt from its parts (the checker's packed states); lists must come sorted.
    init(rules: ProtocolRules, proposals: [Proposal], votes: [Vote], highestPromise: [Ballot],
         brokenPromises: [BrokenPromise], decisions: [Decision]) {
        self.rules = rules
        self.proposals = proposals
        self.votes = votes
        self.highestPromise = highestPromise
        self.brokenPromises = brokenPromises
        self.decisions = decisions
    }

    /// Takes note of an event; most events change nothing here.
    public mutating func record(_ event: EventKind) {
        switch event {
        case .promise(let node, let ballot):
            guard ballot > highestPromise[node] else { return }
            highestPromise[node] = ballot
        case .crownGained(_, let ballot, let value):
            let proposal = Proposal(ballot: ballot, value: value)
            guard Self.insertSorted(proposal, into: &proposals, by: { ($0.ballot, $0.value, 0) }) else { return }
        case .accept(let node, let ballot, let value):
            let vote = Vote(acceptor: node, ballot: ballot, value: value)
            guard Self.insertSorted(vote, into: &votes, by: { ($0.ballot, $0.acceptor, $0.value) }) else { return }
            if ballot < highestPromise[node] {
                let broken = BrokenPromise(vote: vote, promise: highestPromise[node])
                _ = Self.insertSorted(broken, into: &brokenPromises, by: { ($0.vote.ballot, $0.vote.acceptor, $0.promise) })
            }
        case .decide(let node, _, let value), .learn(let node, _, let value):
            let decision = Decision(node: node, value: value)
            guard Self.insertSorted(decision, into: &decisions, by: { ($0.node, $0.value, 0) }) else { return }
        default:
            return
        }
        version += 1
    }

    /// Inserts in order unless already present; returns whether it was new.
    private static func insertSorted<T: Equatable>(_ item: T, into list: inout [T], by key: (T) -> (Int, Int, Int)) -> Bool {
        let itemKey = key(item)
        var index = list.count
        while index > 0, key(list[index - 1]) > itemKey { index -= 1 }
        if index > 0, list[index - 1] == item { return false }
        list.insert(item, at: index)
        return true
    }

    public static func == (lhs: SafetyLedger, rhs: SafetyLedger) -> Bool {
        lhs.votes == rhs.votes && lhs.proposals == rhs.proposals && lhs.decisions == rhs.decisions
            && lhs.highestPromise == rhs.highestPromise && lhs.brokenPromises == rhs.brokenPromises
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(votes)
        hasher.combine(proposals)
        hasher.combine(decisions)
        hasher.combine(highestPromise)
        hasher.combine(brokenPromises)
    }

    /// Every (ballot, value) accepted by a true majority of the nodes, lowest ballot first. A majority, not the
    /// level's quorum: on the small-quorum level the yardstick must not move with the bug.
    public var chosen: [ChosenValue] {
        // Votes are sorted by ballot, so ballots come out lowest first; values by id within a ballot. One pass,
        // one voter set per value: the checker asks this after every move that adds to the history.
        var result: [ChosenValue] = []
        var voters = [NodeSet](repeating: NodeSet(), count: rules.nodeCount)
        var index = 0
        while index < votes.count {
            let ballot = votes[index].ballot
            for value in voters.indices { voters[value] = NodeSet() }
            while index < votes.count, votes[index].ballot == ballot {
                voters[votes[index].value].insert(votes[index].acceptor)
                index += 1
            }
            for (value, set) in voters.enumerated() where set.count >= rules.majority {
                result.append(ChosenValue(ballot: ballot, value: value, voters: set))
            }
        }
        return result
    }

    /// Whether this ledger (a later one of the same history) holds a vote, proposal, decision or broken promise
    /// that `earlier` lacks: only those change what an invariant says.
    func hasNewHistory(since earlier: SafetyLedger) -> Bool {
        votes.count != earlier.votes.count || proposals.count != earlier.proposals.count
            || decisions.count != earlier.decisions.count || brokenPromises.count != earlier.brokenPromises.count
    }

    /// What the level's own quorum would call chosen, where that is less than a majority (else empty): the
    /// pane shows it beside the true choice.
    public var chosenByLevelQuorum: [Proposal] {
        guard rules.quorum < rules.majority else { return [] }
        var pairs: [Proposal] = []
        for vote in votes where !pairs.contains(Proposal(ballot: vote.ballot, value: vote.value)) {
            let count = votes.filter { $0.ballot == vote.ballot && $0.value == vote.value }.count
            if count >= rules.quorum { pairs.append(Proposal(ballot: vote.ballot, value: vote.value)) }
        }
        return pairs
    }

    /// The distinct decided values, each where it first appears in `decisions` (by node, then value).
    public var decidedValues: [Value] {
        var seen: [Value] = []
        for decision in decisions where !seen.contains(decision.value) { seen.append(decision.value) }
        return seen
    }
}
