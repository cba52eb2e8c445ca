/// One acceptor's vote: it accepted `value` at `ballot` (a p2b in the paper's terms).
public struct Vote: Hashable, Sendable {
    public let acceptor: NodeID
    public let ballot: Ballot
    public let value: Value
}

/// A value that a majority (the level's quorum) accepted at one ballot.
public struct ChosenValue: Hashable, Sendable {
    public let ballot: Ballot
    public let value: Value
    public let voters: NodeSet
}

/// The history the safety invariants are judged on, kept apart from the nodes' own state.
///
/// Like the TLA+ spec's set of sent messages, it only grows within a round: votes, proposals, promises and
/// decisions. "Chosen" is derived from the votes, never stored.
public struct SafetyLedger: Sendable {
    public let rules: ProtocolRules
    /// Every (ballot, value) a leader proposed in phase 2 (the p2a messages).
    public private(set) var proposals: [Ballot: Value] = [:]
    public private(set) var votes: [Vote] = []
    /// The highest ballot each acceptor ever promised, even if it later forgot.
    public private(set) var highestPromise: [Ballot]
    /// Votes cast below a promise the acceptor had made.
    public private(set) var brokenPromises: [(vote: Vote, promise: Ballot)] = []
    /// Every decide or learn: which node came to know which value.
    public private(set) var decisions: [(node: NodeID, value: Value)] = []
    /// Bumped on every change, so callers re-check only when something changed.
    public private(set) var version = 0

    public init(rules: ProtocolRules) {
        self.rules = rules
        highestPromise = Array(repeating: 0, count: rules.nodeCount)
    }

    /// Takes note of an event; most events change nothing here.
    public mutating func record(_ event: EventKind) {
        switch event {
        case .promise(let node, let ballot):
            guard ballot > highestPromise[node] else { return }
            highestPromise[node] = ballot
        case .crownGained(_, let ballot, let value):
            guard proposals[ballot] == nil else { return }
            proposals[ballot] = value
        case .accept(let node, let ballot, let value):
            let vote = Vote(acceptor: node, ballot: ballot, value: value)
            guard !votes.contains(vote) else { return }
            votes.append(vote)
            if ballot < highestPromise[node] {
                brokenPromises.append((vote, highestPromise[node]))
            }
        case .decide(let node, _, let value), .learn(let node, _, let value):
            guard !decisions.contains(where: { $0.node == node && $0.value == value }) else { return }
            decisions.append((node, value))
        default:
            return
        }
        version += 1
    }

    /// Every (ballot, value) accepted by a quorum, lowest ballot first.
    public var chosen: [ChosenValue] {
        var voters: [Ballot: (Value, NodeSet)] = [:]
        for vote in votes {
            var entry = voters[vote.ballot] ?? (vote.value, NodeSet())
            if entry.0 == vote.value { entry.1.insert(vote.acceptor) }
            voters[vote.ballot] = entry
        }
        return voters.keys.sorted().compactMap { ballot in
            let (value, set) = voters[ballot]!
            return set.count >= rules.quorum ? ChosenValue(ballot: ballot, value: value, voters: set) : nil
        }
    }

    /// The distinct decided values, in the order they were first decided.
    public var decidedValues: [Value] {
        var seen: [Value] = []
        for decision in decisions where !seen.contains(decision.value) { seen.append(decision.value) }
        return seen
    }
}
