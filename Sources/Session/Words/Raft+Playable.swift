import GameCore

extension Raft: Playable {
    public static let title = "Raft"
    public static let decideWord = "commit"
    public static func levelTitle(_ variant: RaftVariant) -> String { variant.title }
    public static func missingRule(_ variant: RaftVariant) -> String { variant.missingRule }
    public static func howPrevented(_ variant: RaftVariant) -> String { variant.howRaftPreventsIt }
    public static let decidedWord = "committed"
    public static func owner(of term: Term, rules: RaftRules) -> NodeID { rules.owner(of: term) }

    public static func crownLabels(_ state: RaftNodeState) -> [String] { ["term \(state.currentTerm)", "t\(state.currentTerm)"] }
    public static func leaderNumber(_ state: RaftNodeState) -> Int? { state.role == .leader ? state.currentTerm : nil }
    public static func stateForms(_ node: TimedNode<Raft>) -> [String] { RaftNodeText.stateForms(node) }
    public static func detail(_ node: TimedNode<Raft>) -> [String] { RaftNodeText.detail(node) }
    public static func detailForms(_ part: String) -> [String] { RaftNodeText.detailForms(part) }

    /// "G· ae(4, green) → B", then "G· ae(4) → B" (no value or answer), then "G·ae→B" (kind and path only).
    public static func pillLabels(_ message: RaftMessage, rules: RaftRules) -> [String] {
        let owner = ownerInitial(message, rules: rules), kind = message.kind.rawValue
        let to = String(NodeNames.title(message.to).prefix(1))
        return ["\(owner)· \(message.label) → \(to)", "\(owner)· \(kind)(\(message.term)) → \(to)", "\(owner)·\(kind)→\(to)"]
    }

    public static let protocolLines = [
        "rv(t): a candidate asks all: your vote in term t?",
        "vr(t, yes): my vote; no if voted or log behind",
        "ae(t, v): the leader asks: store entry v@t",
        "ar(t, yes): I stored v@t (no: my term is higher)",
        "commit(t, v): a majority stored v@t; learn v",
    ]

    public static func mission(_ rules: RaftRules) -> String {
        guard rules.variant != .raft else {
            return "Make two nodes commit different values. Real Raft never allows it: topple crowns to score."
        }
        return "Make two nodes commit different values. Missing rule: \(rules.variant.missingRule)"
    }

    public static func invariantLines(_ reports: [RaftInvariantReport]) -> [InvariantLine] {
        reports.map { InvariantLine(title: $0.invariant.title, holds: $0.holds, evidence: $0.evidence) }
    }

    public static func explanation(of invariant: RaftInvariant) -> String { invariant.explanation }

    /// Every value committed, with the term it was committed at.
    public static func chosenLine(_ ledger: RaftLedger) -> String {
        let committed = ledger.committed
        guard !committed.isEmpty else { return "Committed: nothing yet" }
        return "Committed: " + committed.map { "\(NodeNames.name($0.value)) at term \($0.term)" }.joined(separator: ", ")
    }

    public static func shortestBreak(of variant: RaftVariant) -> LevelBreak<Raft>? {
        LevelProof.shortestBreak(of: variant)?.levelBreak
    }

    public static func verdictStages(nodeCount: Int) -> [Int] { LevelProof.raftStages(nodeCount: nodeCount) }

    public static func verdict(nodeCount: Int, bound: Int, progress: @escaping (Int) -> Void) -> ProofVerdict {
        LevelProof.raftVerdict(nodeCount: nodeCount, maxTerm: bound, progress: progress)
    }
}
