/// The checker's verdict on a real protocol at one bound, in the pane's words: whichever checker gave it, the
/// pane shows it the same way.
public struct ProofVerdict: Hashable, Sendable {
    /// "Checked all 1147 states with 3 nodes and ballots 1 to 2, every delivery order, loss and crash: no way to break it".
    public let summary: String
    /// The same in few words, for lecture mode's short pane: "no break in all 1147 states (3 nodes, ballots 1 to 2)".
    public let shortSummary: String
    /// Whether the checker broke an invariant (the later, larger bounds are then not run).
    public let broken: Bool

    /// The verdict of a search over `states` states with `nodeCount` nodes and leaders numbered 1 to `bound`
    /// (`boundWord`: "ballots", "terms"); `brokenAfter` names the invariant broken and the steps it took.
    public init(states: Int, complete: Bool, nodeCount: Int, bound: Int, boundWord: String,
                brokenAfter: (invariant: String, steps: Int)?) {
        if let brokenAfter {
            summary = "The checker broke \(brokenAfter.invariant) in \(brokenAfter.steps) steps"
            shortSummary = "broke \(brokenAfter.invariant) in \(brokenAfter.steps) steps"
            broken = true
            return
        }
        broken = false
        let scope = "\(nodeCount) nodes and \(boundWord) 1 to \(bound)"
        let shortScope = "\(nodeCount) nodes, \(boundWord) 1 to \(bound)"
        if complete {
            summary = "Checked all \(states) states with \(scope), every delivery order, loss and crash: no way to break it"
            shortSummary = "no break in all \(states) states (\(shortScope))"
        } else {
            summary = "Checked \(states) states with \(scope) (a part only: the whole search takes many minutes): no break among them"
            shortSummary = "no break in \(states) states (\(shortScope), a part only)"
        }
    }
}

extension LevelProof {
    /// Paxos's checker result as the pane says it.
    public static func verdict(_ result: CheckerResult) -> ProofVerdict {
        ProofVerdict(states: result.states, complete: result.complete, nodeCount: result.rules.nodeCount,
                     bound: result.maxBallot, boundWord: "ballots",
                     brokenAfter: result.violation.map { ($0.invariant.title, $0.steps.count) })
    }

    /// The searches behind the pane's verdict on real Raft, smallest first: three nodes, terms 1 to 2, then 1 to 3
    /// (every node stands once: three competing candidates; 563,000 states, under a minute on one core); five
    /// nodes, terms 1 to 1 (12,500 states; terms 1 to 2 take minutes).
    public static func raftStages(nodeCount: Int) -> [Term] {
        nodeCount <= 3 ? [2, 3] : [1]
    }

    /// The Raft explorer's verdict on real Raft with this many nodes and terms up to `maxTerm`.
    public static func raftVerdict(nodeCount: Int, maxTerm: Term, progress: ((Int) -> Void)? = nil) -> ProofVerdict {
        let explorer = RaftExplorer(rules: RaftRules(nodeCount: nodeCount), maxTerm: maxTerm)
        let result = explorer.run { states, _, _ in progress?(states) }
        let broken = result.violations.first { $0.invariant == .agreement } ?? result.violations.first
        return ProofVerdict(states: result.states, complete: result.complete, nodeCount: nodeCount, bound: maxTerm,
                            boundWord: "terms", brokenAfter: broken.map { ($0.invariant.title, $0.steps.count) })
    }
}
