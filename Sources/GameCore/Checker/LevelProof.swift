/// What the checker says about a level, sized to run inside the game (a second or so in a release build).
public enum LevelProof {
    /// The checker's shortest way to two different decisions on a broken level, or nil (real Paxos has none).
    /// The search runs with three nodes: with five it takes minutes.
    public static func shortestBreak(of variant: Variant) -> Counterexample? {
        guard variant != .paxos else { return nil }
        let rules = ProtocolRules(nodeCount: 3, variant: variant)
        let checker = ExhaustiveChecker(rules: rules, maxBallot: 2, stateLimit: 2_000_000)
        return checker.run().violations.first { $0.invariant == .agreement }
    }

    /// The searches behind the pane's verdict on real Paxos, smallest first, each with its state limit: the
    /// largest bounds that finish within about ten seconds on one core of a laptop. Three nodes: ballots 1 to 2,
    /// 1 to 4 (every node owns a ballot, Red two: competing proposers from different nodes; 102,000 states), then
    /// 1 to 5 (Red and Green own two; 772,000 states). Five nodes: ballots 1 to 1, then 1 to 2 (205,000 states).
    public static func paxosStages(nodeCount: Int) -> [(maxBallot: Ballot, stateLimit: Int?)] {
        nodeCount <= 3 ? [(2, nil), (4, nil), (5, nil)] : [(1, nil), (2, nil)]
    }

    /// The checker's verdict on real Paxos with this many nodes, for one stage of `paxosStages`.
    public static func paxosVerdict(nodeCount: Int, maxBallot: Ballot, stateLimit: Int?,
                                    progress: ((Int) -> Void)? = nil) -> CheckerResult {
        let checker = ExhaustiveChecker(rules: ProtocolRules(nodeCount: nodeCount), maxBallot: maxBallot, stateLimit: stateLimit)
        // One worker: the game draws on the other core while this runs in the background.
        checker.workerCount = 1
        return checker.run { states, _, _ in progress?(states) }
    }

    /// The checker's verdict on real Paxos with this many nodes at its first (quick) stage.
    public static func paxosVerdict(nodeCount: Int) -> CheckerResult {
        let first = paxosStages(nodeCount: nodeCount)[0]
        return paxosVerdict(nodeCount: nodeCount, maxBallot: first.maxBallot, stateLimit: first.stateLimit)
    }
}
