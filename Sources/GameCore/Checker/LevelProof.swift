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

    /// The checker's verdict on real Paxos with this many nodes: every reachable state up to a small ballot bound.
    public static func paxosVerdict(nodeCount: Int) -> CheckerResult {
        let bound = nodeCount <= 3 ? 2 : 1
        return ExhaustiveChecker(rules: ProtocolRules(nodeCount: nodeCount), maxBallot: bound).run()
    }

    /// One line for the pane, such as "Checked all 31483 states up to ballot 2: no way to break it".
    public static func summary(_ result: CheckerResult) -> String {
        if let violation = result.violation {
            return "The checker broke \(violation.invariant.title) in \(violation.steps.count) steps"
        }
        let scope = "\(result.states) states with \(result.rules.nodeCount) nodes and ballots 1 to \(result.maxBallot)"
        let more = "(the command beatpaxos verify checks more ballots)"
        return result.complete ? "Checked all \(scope): no way to break it \(more)" : "Checked \(scope) so far: no break"
    }
}

extension Counterexample {
    /// Each timed action with a short sentence for the event log while "Show me" plays (what happens as a
    /// result follows in the log as events); a step of two actions is narrated on its first.
    public var narratedActions: [(action: TimedAction, line: String)] {
        let lines = steps.map(\.headline)
        var narrated: [(action: TimedAction, line: String)] = []
        var actions = timedActions[...]
        for (index, step) in steps.enumerated() {
            for (offset, action) in actions.prefix(step.actions.count).enumerated() {
                narrated.append((action, offset == 0 ? "Step \(index + 1): \(lines[index])" : ""))
            }
            actions = actions.dropFirst(step.actions.count)
        }
        return narrated
    }
}
