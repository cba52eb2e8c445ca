/// The safety properties of single-decree Raft, each checked on its own so a failure names the part that broke.
public enum RaftInvariant: String, CaseIterable, Sendable {
    case agreement
    case electionSafety
    case votesKept
    case leaderCompleteness
    case validity

    public var title: String {
        switch self {
        case .agreement: return "Agreement"
        case .electionSafety: return "Election safety"
        case .votesKept: return "Votes kept"
        case .leaderCompleteness: return "Leader completeness"
        case .validity: return "Validity"
        }
    }

    /// What the property says, in one line.
    public var explanation: String {
        switch self {
        case .agreement: return "No two different values are committed."
        case .electionSafety: return "At most one leader per term."
        case .votesKept: return "No node votes for two candidates in one term."
        case .leaderCompleteness: return "Once a value is committed at term T, every leader of a later term carries it."
        case .validity: return "A committed value is one a leader proposed."
        }
    }

    /// Whether the property holds on this history. Cheap: the explorer asks after every changing step.
    public func holds(on ledger: RaftLedger) -> Bool {
        switch self {
        case .agreement: return ledger.decidedValues.count <= 1
        case .electionSafety: return ledger.sharedTerms.isEmpty
        case .votesKept: return ledger.doubleVotes.isEmpty
        case .leaderCompleteness: return ledger.incompleteLeaders.isEmpty
        case .validity:
            return ledger.decisions.allSatisfy { decision in ledger.leaders.contains { $0.value == decision.value } }
        }
    }

    /// The current evidence, for the live pane: why it holds, or what broke it.
    public func evidence(on ledger: RaftLedger) -> String {
        let name = NodeNames.name
        let title = NodeNames.title
        switch self {
        case .agreement:
            let values = ledger.decidedValues
            if values.isEmpty { return "No node knows a committed value yet." }
            let parts = values.map { value in
                let nodes = ledger.decisions.filter { $0.value == value }.map { title($0.node) }
                return "\(NodeNames.list(nodes)) know\(nodes.count == 1 ? "s" : "") \(name(value))"
            }
            return parts.joined(separator: "; ") + "."
        case .electionSafety:
            if let term = ledger.sharedTerms.first {
                let nodes = ledger.leaders.filter { $0.term == term }.map { title($0.node) }
                return "Term \(term) has two leaders: \(NodeNames.list(nodes))."
            }
            if ledger.leaders.isEmpty { return "No leader yet." }
            return "Leaders: " + ledger.leaders.map { "\(title($0.node)) in \($0.term)" }.joined(separator: ", ") + "."
        case .votesKept:
            if let (a, b) = ledger.doubleVotes.first {
                return "\(title(a.voter)) voted for \(title(a.candidate)) and \(title(b.candidate)) in term \(a.term)."
            }
            let count = ledger.votes.count
            return "\(count) vote\(count == 1 ? "" : "s"), at most one per node and term."
        case .leaderCompleteness:
            guard let first = ledger.committed.first else {
                return "Nothing committed yet: no entry is stored by a majority at one term."
            }
            let holders = NodeNames.group(first.nodes, of: ledger.rules.nodeCount)
            let head = "Committed: \(name(first.value))@\(first.term) stored by \(holders)"
            if let (entry, leader) = ledger.incompleteLeaders.first {
                return "\(name(entry.value))@\(entry.term) is committed, but \(title(leader.node)) leads term \(leader.term) with \(name(leader.value))."
            }
            return "\(head); every later leader carries it."
        case .validity:
            if ledger.leaders.isEmpty { return "Nothing proposed yet." }
            if let bad = ledger.decisions.first(where: { d in !ledger.leaders.contains { $0.value == d.value } }) {
                return "\(name(bad.value)) was committed but no leader proposed it."
            }
            return "Proposed: " + ledger.leaders.map { "\(name($0.value))@\($0.term)" }.joined(separator: ", ") + "."
        }
    }

}

/// One Raft invariant's verdict with its evidence, as the pane shows it.
public struct RaftInvariantReport: Hashable, Sendable {
    public let invariant: RaftInvariant
    public let holds: Bool
    public let evidence: String

    public init(_ invariant: RaftInvariant, on ledger: RaftLedger) {
        self.invariant = invariant
        holds = invariant.holds(on: ledger)
        evidence = invariant.evidence(on: ledger)
    }

    /// Every invariant's report, in the pane's order.
    public static func all(on ledger: RaftLedger) -> [RaftInvariantReport] {
        RaftInvariant.allCases.map { RaftInvariantReport($0, on: ledger) }
    }
}
