/// The safety properties of Paxos, each checked on its own so a failure names the part that broke.
public enum Invariant: String, CaseIterable, Sendable {
    case agreement
    case validity
    case promisesKept
    case chosenLocked

    public var title: String {
        switch self {
        case .agreement: return "Agreement"
        case .validity: return "Validity"
        case .promisesKept: return "Promises kept"
        case .chosenLocked: return "Chosen value locked"
        }
    }

    /// What the property says, in one line.
    public var explanation: String {
        switch self {
        case .agreement: return "No two nodes decide different values."
        case .validity: return "A decided value is one that was proposed."
        case .promisesKept: return "No acceptor accepts a ballot below a promise it made."
        case .chosenLocked: return "Once a majority accepts v at ballot b, every proposal above b carries v."
        }
    }

    /// Whether the property holds on this history. Cheap: the simulator asks after every step.
    public func holds(on ledger: SafetyLedger) -> Bool {
        switch self {
        case .agreement:
            return ledger.decidedValues.count <= 1
        case .validity:
            return ledger.decisions.allSatisfy { decision in ledger.proposals.contains { $0.value == decision.value } }
        case .promisesKept:
            return ledger.brokenPromises.isEmpty
        case .chosenLocked:
            let chosen = ledger.chosen
            guard let first = chosen.first else { return true }
            return ledger.proposals.allSatisfy { $0.ballot <= first.ballot || $0.value == first.value }
                && chosen.allSatisfy { $0.value == first.value }
        }
    }

    /// The current evidence, for the live pane: why it holds, or what broke it.
    public func evidence(on ledger: SafetyLedger) -> String {
        let name = NodeNames.name
        switch self {
        case .agreement:
            let values = ledger.decidedValues
            switch values.count {
            case 0: return "Nothing decided yet."
            case 1:
                let nodes = Set(ledger.decisions.map(\.node)).sorted().map(NodeNames.title)
                return "Decided \(name(values[0])) by \(NodeNames.list(nodes))."
            default:
                let parts = values.map { value in
                    let nodes = ledger.decisions.filter { $0.value == value }.map { NodeNames.title($0.node) }
                    return "\(NodeNames.list(nodes)) decided \(name(value))"
                }
                return parts.joined(separator: "; ") + "."
            }
        case .validity:
            let proposed = ledger.proposals.map { "\(name($0.value))@\($0.ballot)" }
            if proposed.isEmpty { return "Nothing proposed yet." }
            let stray = ledger.decidedValues.filter { value in !ledger.proposals.contains { $0.value == value } }
            if let bad = stray.first { return "\(name(bad)) was decided but never proposed." }
            return "Proposed: \(proposed.joined(separator: ", "))."
        case .promisesKept:
            if let broken = ledger.brokenPromises.first {
                let vote = broken.vote
                return "\(NodeNames.title(vote.acceptor)) accepted \(vote.ballot) after promising \(broken.promise)."
            }
            return "\(ledger.votes.count) vote\(ledger.votes.count == 1 ? "" : "s"), none below a promise."
        case .chosenLocked:
            let chosen = ledger.chosen
            guard let first = chosen.first else {
                return "Nothing chosen yet: no value has a majority of votes at one ballot." + levelQuorumNote(ledger)
            }
            let voters = NodeNames.group(first.voters, of: ledger.rules.nodeCount)
            let head = "Chosen: \(name(first.value)) at ballot \(first.ballot) by \(voters)"
            if let other = chosen.first(where: { $0.value != first.value }) {
                return "\(head); but \(name(other.value)) was chosen too, at ballot \(other.ballot)."
            }
            if let bad = ledger.proposals.first(where: { $0.ballot > first.ballot && $0.value != first.value }) {
                return "\(head); but ballot \(bad.ballot) proposed \(name(bad.value))."
            }
            return "\(head); every proposal above \(first.ballot) carries \(name(first.value))." + levelQuorumNote(ledger)
        }
    }

    /// Where the level's quorum is less than a majority, what it would count as chosen, shown apart.
    private func levelQuorumNote(_ ledger: SafetyLedger) -> String {
        let rules = ledger.rules
        guard rules.quorum < rules.majority else { return "" }
        let pairs = ledger.chosenByLevelQuorum.map { "\(NodeNames.name($0.value))@\($0.ballot)" }
        let counted = pairs.isEmpty ? "" : ": it counts \(pairs.joined(separator: ", "))"
        return " (This level's quorum is \(rules.quorum) of \(rules.nodeCount), less than a majority\(counted).)"
    }

}

/// One invariant's verdict with its evidence, as the pane shows it.
public struct InvariantReport: Hashable, Sendable {
    public let invariant: Invariant
    public let holds: Bool
    public let evidence: String

    public init(_ invariant: Invariant, on ledger: SafetyLedger) {
        self.invariant = invariant
        holds = invariant.holds(on: ledger)
        evidence = invariant.evidence(on: ledger)
    }

    /// Every invariant's report, in the pane's order.
    public static func all(on ledger: SafetyLedger) -> [InvariantReport] {
        Invariant.allCases.map { InvariantReport($0, on: ledger) }
    }
}
