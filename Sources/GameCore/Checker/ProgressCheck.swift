/// What the checker found about progress: whether every reachable state can still decide once the player stops.
///
/// "Once the player stops" is the quiet continuation: every down node recovers, and the owner of the first ballot
/// above every promise starts ballots (climbing through its own lower ones, as repeated timeouts would) until it
/// runs that one, with every message delivered once, in order. Real Paxos decides there: every acceptor promises
/// and then accepts that ballot. A state where that ballot is above the bound is counted apart: the search cannot
/// say, and a higher `--max-ballot` would.
public struct ProgressVerdict: Sendable {
    /// States whose continuation was tried (those with no decision yet and a ballot left).
    public var checked = 0
    /// States with no decision yet where the continuation would need a ballot above the bound.
    public var outOfBallots = 0
    /// Handler calls spent on continuations: the check's cost, next to the search's transitions.
    public var handlerSteps = 0
    /// A shortest path to a state from which the continuation does not decide, then the continuation itself.
    public var stuck: StuckTrace?
}

/// A path to a state that cannot decide even when the player stops, followed by the attempt that fails.
public struct StuckTrace: ModelSchedule, Sendable {
    public let rules: ProtocolRules
    /// The path to the stuck state, then the quiet continuation from it.
    public let steps: [ModelStep]
    /// How many of the steps lead to the stuck state; the rest are the continuation.
    public let pathLength: Int

    /// The numbered trace, the continuation marked, ending with what never happened.
    public var narration: [String] {
        var state = ModelState(rules: rules)
        var lines: [String] = []
        for (index, step) in steps.enumerated() {
            let (line, next) = Counterexample.narrate(step, from: state, rules: rules)
            let mark = index == pathLength ? "(the player stops; the protocol carries on) " : ""
            lines.append("\(index + 1). \(mark)\(line)")
            state = next
        }
        if pathLength == steps.count { lines.append("(the player stops; no node can start a ballot)") }
        lines.append("Stuck: every message of the last ballot was delivered and no node decided.")
        return lines
    }
}

extension ExhaustiveChecker {
    /// Plays the quiet continuation from `state`. Nil when it would need a ballot above the bound; else its
    /// moves, whether a decision was reached, and how many handler calls it took.
    func quietContinuation(from state: ModelState) -> (steps: [ModelStep], decided: Bool, handlerSteps: Int)? {
        var current = state
        var steps: [ModelStep] = []
        for node in current.down {
            current.down.remove(node)
            steps.append(.recover(node))
        }
        guard current.ledger.decisions.isEmpty else { return (steps, true, 0) }
        // The first ballot above every promise: its owner wins phase 1 there, after climbing through its own
        // lower ballots as repeated timeouts would (each attempt's messages delivered too).
        let target = (current.nodes.map(\.promised).max() ?? 0) + 1
        guard target <= maxBallot else { return nil }
        let owner = rules.owner(of: target)
        var queue: [Message] = []
        var next = 0
        var handlerSteps = 0
        // Every attempt delivers at most one message to every node per phase: this bounds the loop.
        let cap = 4 * rules.nodeCount * rules.nodeCount * (maxBallot + 1)
        while current.ledger.decisions.isEmpty, current.nodes[owner].ballot < target || next < queue.count,
              handlerSteps < cap {
            if next < queue.count {
                let message = queue[next]
                next += 1
                let step = PaxosNode.receive(message, state: current.nodes[message.to], rules: rules)
                step.apply(to: &current, setting: { $0.nodes[message.to] = $1 }, record: { $0.ledger.record($1) },
                           send: { _, sent in queue.append(sent) })
                steps.append(.deliver(message))
            } else {
                let step = PaxosNode.startBallot(current.nodes[owner], rules: rules)
                step.apply(to: &current, setting: { $0.nodes[owner] = $1 }, record: { $0.ledger.record($1) },
                           send: { _, sent in queue.append(sent) })
                steps.append(.startBallot(owner))
            }
            handlerSteps += 1
        }
        return (steps, !current.ledger.decisions.isEmpty, handlerSteps)
    }
}
