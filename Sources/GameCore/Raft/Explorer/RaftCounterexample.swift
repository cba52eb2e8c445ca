/// A broken invariant and the shortest sequence of moves that breaks it, from the initial state.
public struct RaftCounterexample: Sendable {
    public let rules: RaftRules
    public let invariant: RaftInvariant
    public let steps: [RaftModelStep]

    /// The trace as numbered lines, one move each.
    public var lines: [String] {
        steps.enumerated().map { "\($0.offset + 1). \($0.element.headline)" }
    }

    /// The numbered trace with what each move made the handlers do, ending with what broke.
    public var narration: [String] {
        var state = RaftModelState(rules: rules)
        var numbered: [String] = []
        for (index, move) in steps.enumerated() {
            let step: RaftStep
            switch move {
            case .startElection(let node): step = RaftNode.startElection(state.nodes[node], rules: rules)
            case .restart(let node): step = RaftNode.crash(state.nodes[node], rules: rules)
            case .deliver(let message): step = RaftNode.receive(message, state: state.nodes[message.to], rules: rules)
            }
            state.nodes[step.state.id] = step.state
            state.ledger.record(step.events)
            // A crash's lost crown says nothing the move does not: leave it out, as the Paxos trace does.
            let said = step.events.compactMap { event -> String? in
                if case .common(.crownLost(_, _, .crashed, _)) = event { return nil }
                return event.sentence
            }
            numbered.append("\(index + 1). " + ([move.headline] + said).joined(separator: "; "))
        }
        numbered.append("Broken: \(invariant.title). \(invariant.evidence(on: state.ledger))")
        return numbered
    }
}
