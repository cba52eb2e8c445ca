/// A node won the election of a term and leads it with a value (a crown, in the game).
public struct Leadership: Hashable, Sendable {
    public let term: Term
    public let node: NodeID
    public let value: Value
}

/// A voter granted its vote to a candidate in a term.
public struct RaftVote: Hashable, Sendable {
    public let term: Term
    public let voter: NodeID
    public let candidate: NodeID
}

/// A node stored the entry (term, value) in its log.
public struct StoredEntry: Hashable, Sendable {
    public let term: Term
    public let node: NodeID
    public let value: Value
}

/// An entry stored by a quorum of nodes at one term: committed, in Raft's sense, whoever knows it yet.
public struct CommittedEntry: Hashable, Sendable {
    public let term: Term
    public let value: Value
    public let nodes: NodeSet
}

/// The history Raft's safety invariants are judged on, kept apart from the nodes' own state.
///
/// It only grows: leaderships, votes, stored entries and decisions, each list sorted so two ledgers with the same
/// history are equal whatever the order of events. "Committed" is derived from the stored entries, never stored,
/// as Paxos's "chosen" is derived from the votes.
public struct RaftLedger: Hashable, Sendable {
    public let rules: RaftRules
    /// Every crown, sorted by term then node.
    public private(set) var leaders: [Leadership] = []
    /// Every vote granted, sorted by term, voter, candidate.
    public private(set) var votes: [RaftVote] = []
    /// Every entry stored, sorted by term, node, value.
    public private(set) var stored: [StoredEntry] = []
    /// Every commit or learn: which node came to know which value, sorted by node then value.
    public private(set) var decisions: [Decision] = []
    /// Bumped on every change, so callers re-check only when something changed; not part of equality.
    public private(set) var version = 0

    public init(rules: RaftRules) { self.rules = rules }

    /// Takes note of an event; most events change nothing here.
    public mutating func record(_ event: RaftEvent) {
        let changed: Bool
        switch event {
        case .common(.crownGained(let node, let term, let value)):
            changed = Self.insertSorted(Leadership(term: term, node: node, value: value), into: &leaders) {
                ($0.term, $0.node, $0.value)
            }
        case .voteGranted(let voter, let term, let candidate):
            changed = Self.insertSorted(RaftVote(term: term, voter: voter, candidate: candidate), into: &votes) {
                ($0.term, $0.voter, $0.candidate)
            }
        case .appended(let node, let term, let value):
            changed = Self.insertSorted(StoredEntry(term: term, node: node, value: value), into: &stored) {
                ($0.term, $0.node, $0.value)
            }
        case .common(.decide(let node, _, let value)), .common(.learn(let node, _, let value)):
            changed = Self.insertSorted(Decision(node: node, value: value), into: &decisions) {
                ($0.node, $0.value, 0)
            }
        default:
            changed = false
        }
        if changed { version += 1 }
    }

    public mutating func record(_ events: [RaftEvent]) {
        for event in events { record(event) }
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

    public static func == (lhs: RaftLedger, rhs: RaftLedger) -> Bool {
        lhs.leaders == rhs.leaders && lhs.votes == rhs.votes && lhs.stored == rhs.stored
            && lhs.decisions == rhs.decisions
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(leaders)
        hasher.combine(votes)
        hasher.combine(stored)
        hasher.combine(decisions)
    }

    /// Every (term, value) stored by a quorum at that term, lowest term first.
    public var committed: [CommittedEntry] {
        var result: [CommittedEntry] = []
        var index = stored.startIndex
        while index < stored.endIndex {
            let term = stored[index].term
            var byValue: [(Value, NodeSet)] = []
            while index < stored.endIndex, stored[index].term == term {
                let entry = stored[index]
                if let at = byValue.firstIndex(where: { $0.0 == entry.value }) {
                    byValue[at].1.insert(entry.node)
                } else {
                    byValue.append((entry.value, NodeSet([entry.node])))
                }
                index += 1
            }
            for (value, nodes) in byValue.sorted(by: { $0.0 < $1.0 }) where nodes.count >= rules.quorum {
                result.append(CommittedEntry(term: term, value: value, nodes: nodes))
            }
        }
        return result
    }

    /// The distinct decided values, in order of first appearance in the sorted decisions.
    public var decidedValues: [Value] {
        var seen: [Value] = []
        for decision in decisions where !seen.contains(decision.value) { seen.append(decision.value) }
        return seen
    }

    /// Terms with more than one leader, lowest first.
    public var sharedTerms: [Term] {
        var terms: [Term] = []
        for (a, b) in zip(leaders, leaders.dropFirst()) where a.term == b.term && a.node != b.node {
            if terms.last != a.term { terms.append(a.term) }
        }
        return terms
    }

    /// Votes granted by one voter to two different candidates in one term, as pairs.
    public var doubleVotes: [(RaftVote, RaftVote)] {
        var pairs: [(RaftVote, RaftVote)] = []
        for (a, b) in zip(votes, votes.dropFirst()) where a.term == b.term && a.voter == b.voter {
            pairs.append((a, b))
        }
        return pairs
    }

    /// Leaders of a term above a committed entry's term whose value differs from it.
    public var incompleteLeaders: [(CommittedEntry, Leadership)] {
        var found: [(CommittedEntry, Leadership)] = []
        for entry in committed {
            for leader in leaders where leader.term > entry.term && leader.value != entry.value {
                found.append((entry, leader))
            }
        }
        return found
    }
}
