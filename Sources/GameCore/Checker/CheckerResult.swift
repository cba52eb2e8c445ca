/// What the checker found: how much it explored, and a shortest violation if there is one.
public struct CheckerResult: Sendable {
    public let rules: ProtocolRules
    public let maxBallot: Ballot
    public let states: Int
    public let transitions: Int
    public let depth: Int
    /// Whether every reachable state was explored (no violation stopped it, no limit cut it short).
    public let complete: Bool
    /// The shortest trace to each invariant found broken, in the order found.
    public let violations: [Counterexample]
    /// Shortcuts the checker had to turn off because the handlers broke a fact they rely on, and why.
    public var notes: [String] = []
    /// Whether every state can still decide once the player stops; nil if progress was not checked.
    public var progress: ProgressVerdict?

    /// The shortest way to two different decisions, if found; else the first invariant broken.
    public var violation: Counterexample? {
        violations.first { $0.invariant == .agreement } ?? violations.first
    }
}

/// A sequence of moves from the initial state to a state that breaks an invariant.
public struct Counterexample: Sendable {
    public let rules: ProtocolRules
    public let steps: [ModelStep]
    public let invariant: Invariant

    /// Replays the moves through the protocol handlers, giving each move's sentence and the final state.
    public func replay() -> (lines: [String], final: ModelState) {
        var state = ModelState(rules: rules)
        var lines: [String] = []
        for step in steps {
            let (line, next) = Self.narrate(step, from: state, rules: rules)
            lines.append(line)
            state = next
        }
        return (lines, state)
    }

    /// The numbered, readable trace, ending with what broke.
    public var narration: [String] {
        let (lines, final) = replay()
        var numbered = lines.enumerated().map { "\($0.offset + 1). \($0.element)" }
        numbered.append("Broken: \(invariant.title). \(invariant.evidence(on: final.ledger))")
        return numbered
    }

    static func narrate(_ step: ModelStep, from state: ModelState, rules: ProtocolRules) -> (String, ModelState) {
        var next = state
        let nodeStep: NodeStep
        let opening: String
        switch step {
        case .startBallot(let node):
            nodeStep = PaxosNode.startBallot(state.nodes[node], rules: rules)
            opening = ""
        case .deliver(let message):
            nodeStep = PaxosNode.receive(message, state: state.nodes[message.to], rules: rules)
            opening = "\(message.label) from \(NodeNames.title(message.from)) reaches \(NodeNames.title(message.to))"
        case .crash(let node):
            nodeStep = PaxosNode.crash(state.nodes[node], rules: rules)
            next.down.insert(node)
            opening = "\(NodeNames.title(node)) crashes"
        case .recover(let node):
            next.down.remove(node)
            return ("\(NodeNames.title(node)) recovers", next)
        case .restart(let node):
            nodeStep = PaxosNode.crash(state.nodes[node], rules: rules)
            opening = "\(NodeNames.title(node)) crashes and recovers at once"
        }
        // The replay keeps nodes and safety history only: which messages are in flight is the checker's business.
        nodeStep.apply(to: &next, at: \.nodes[nodeStep.state.id], record: { $0.ledger.record($1) }, send: { _, _ in })
        let said = nodeStep.events.compactMap { event -> String? in
            switch event {
            case .crownLost(_, _, .crashed, _): return nil
            default: return event.sentence
            }
        }
        let parts = (opening.isEmpty ? [] : [opening]) + said
        return (parts.joined(separator: "; "), next)
    }
}
