import GameCore

extension Paxos: Playable {
    public static let title = "Paxos"
    public static let decideWord = "decide"
    public static func levelTitle(_ variant: Variant) -> String { variant.title }
    public static func missingRule(_ variant: Variant) -> String { variant.missingRule }
    public static func howPrevented(_ variant: Variant) -> String { variant.howPaxosPreventsIt }
    public static let decidedWord = "decided"
    public static func owner(of ballot: Ballot, rules: ProtocolRules) -> NodeID { rules.owner(of: ballot) }

    public static func crownLabels(_ state: GameCore.NodeState) -> [String] { ["b\(state.ballot)"] }
    public static func leaderNumber(_ state: GameCore.NodeState) -> Int? { state.role == .leading ? state.ballot : nil }
    public static func stateForms(_ node: NodeRuntime) -> [String] { NodeText.stateForms(node) }
    public static func detail(_ node: NodeRuntime) -> [String] { NodeText.detail(node) }
    public static func detailForms(_ part: String) -> [String] { NodeText.detailForms(part) }

    public static func pillLabels(_ message: GameCore.Message, rules: ProtocolRules) -> [String] {
        MessageCue.pillLabels(message, rules: rules)
    }

    public static let protocolLines = [
        "p1a(b): a proposer asks all: promise ballot b?",
        "p1b(b, v@a): I promise b; my last vote was v at a",
        "p2a(b, v): the leader asks: accept v at ballot b",
        "p2b(b): I accepted ballot b",
        "p3(v): v is decided; learn it",
    ]

    public static func mission(_ rules: ProtocolRules) -> String {
        guard rules.variant != .paxos else {
            return "Make two nodes decide different values. Real Paxos never allows it: topple crowns to score."
        }
        let showMe = rules.nodeCount == 3 ? " Stuck? S shows the checker's shortest break." : ""
        return "Make two nodes decide different values. Missing rule: \(rules.variant.missingRule)\(showMe)"
    }

    public static func invariantLines(_ reports: [GameCore.InvariantReport]) -> [InvariantLine] {
        reports.map { InvariantLine(title: $0.invariant.title, holds: $0.holds, evidence: $0.evidence) }
    }

    public static func explanation(of invariant: GameCore.Invariant) -> String { invariant.explanation }

    /// Every value chosen and its ballot: when Agreement breaks, the class sees both.
    public static func chosenLine(_ ledger: SafetyLedger) -> String {
        let chosen = ledger.chosen
        guard !chosen.isEmpty else { return "Chosen: nothing yet" }
        return "Chosen: " + chosen.map { "\(NodeNames.name($0.value)) at ballot \($0.ballot)" }.joined(separator: ", ")
    }

    public static func shortestBreak(of variant: Variant) -> LevelBreak<Paxos>? {
        LevelProof.shortestBreak(of: variant)?.levelBreak
    }

    public static func verdictStages(nodeCount: Int) -> [Int] {
        LevelProof.paxosStages(nodeCount: nodeCount).map(\.maxBallot)
    }

    public static func verdict(nodeCount: Int, bound: Int, progress: @escaping (Int) -> Void) -> ProofVerdict {
        LevelProof.verdict(LevelProof.paxosVerdict(nodeCount: nodeCount, maxBallot: bound, stateLimit: nil, progress: progress))
    }
}
