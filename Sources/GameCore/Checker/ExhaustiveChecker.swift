/// Explores every reachable state of the game's own Paxos handlers, breadth-first, and checks every invariant
/// in every state. Time is abstracted: any sent message may be delivered at any point, any number of times or
/// never; any live node may start its next ballot (up to a bound); any crash or recovery the rules allow.
///
/// Breadth-first order makes the first violation found a shortest one.
public final class ExhaustiveChecker {
    public let rules: ProtocolRules
    public let maxBallot: Ballot
    /// Stop after this many states (nil: explore everything).
    public let stateLimit: Int?

    let registry = MessageRegistry()
    private var seen: [ModelState: Int32] = [:]
    private var states: [ModelState] = []
    /// For each state, the state it was first reached from and the step taken.
    private var parent: [Int32] = []
    private var via: [PackedStep] = []
    private var transitions = 0

    public init(rules: ProtocolRules, maxBallot: Ballot, stateLimit: Int? = nil) {
        self.rules = rules
        self.maxBallot = maxBallot
        self.stateLimit = stateLimit
    }

    /// Runs the search. `progress` is called at each new depth with (states, transitions, depth).
    ///
    /// It stops at the first state where two nodes decided different values (the player's win); other broken
    /// invariants are noted on the way, each with its shortest trace.
    public func run(progress: ((Int, Int, Int) -> Void)? = nil) -> CheckerResult {
        add(ModelState(rules: rules), parent: -1, step: PackedStep(kind: .recover, argument: 0))
        var levelEnd = 1
        var depth = 0
        var cursor = 0
        var broken: [Counterexample] = []
        while cursor < states.count {
            if cursor == levelEnd {
                depth += 1
                levelEnd = states.count
                progress?(states.count, transitions, depth)
            }
            let state = states[cursor]
            for (step, next) in successors(of: state) {
                transitions += 1
                guard seen[next] == nil else { continue }
                let id = add(next, parent: Int32(cursor), step: step)
                if next.ledger.version != state.ledger.version {
                    for invariant in Invariant.allCases where !broken.contains(where: { $0.invariant == invariant })
                        && !invariant.holds(on: next.ledger) {
                        broken.append(counterexample(to: id, invariant: invariant))
                    }
                    if broken.contains(where: { $0.invariant == .agreement }) {
                        return result(depth: depth + 1, complete: false, broken: broken)
                    }
                }
                if let limit = stateLimit, states.count >= limit {
                    return result(depth: depth + 1, complete: false, broken: broken)
                }
            }
            cursor += 1
        }
        return result(depth: depth, complete: true, broken: broken)
    }

    @discardableResult
    private func add(_ state: ModelState, parent from: Int32, step: PackedStep) -> Int {
        let id = states.count
        seen[state] = Int32(id)
        states.append(state)
        parent.append(from)
        via.append(step)
        return id
    }

    private func result(depth: Int, complete: Bool, broken: [Counterexample]) -> CheckerResult {
        CheckerResult(rules: rules, maxBallot: maxBallot, states: states.count, transitions: transitions,
                      depth: depth, complete: complete, violations: broken)
    }

    // MARK: Moves

    func successors(of state: ModelState) -> [(PackedStep, ModelState)] {
        var next: [(PackedStep, ModelState)] = []
        for node in 0..<rules.nodeCount {
            let isDown = state.down.contains(node)
            if !isDown, let moved = startBallot(node, in: state) {
                next.append((PackedStep(kind: .startBallot, argument: node), moved))
            }
            if isDown {
                var moved = state
                moved.down.remove(node)
                next.append((PackedStep(kind: .recover, argument: node), moved))
            } else if state.down.count < rules.maxDown {
                next.append((PackedStep(kind: .crash, argument: node), crash(node, in: state)))
            }
        }
        for index in state.sentIndices() {
            let message = registry.messages[index]
            guard !state.down.contains(message.to) else { continue }
            next.append((PackedStep(kind: .deliver, argument: index), deliver(message, in: state)))
        }
        return next
    }

    private func startBallot(_ node: NodeID, in state: ModelState) -> ModelState? {
        let current = state.nodes[node]
        let seen = max(current.highestSeen, current.promised, current.acceptedBallot)
        guard rules.nextBallot(for: node, above: seen) <= maxBallot else { return nil }
        return applying(PaxosNode.startBallot(current, rules: rules), to: node, in: state)
    }

    private func deliver(_ message: Message, in state: ModelState) -> ModelState {
        applying(PaxosNode.receive(message, state: state.nodes[message.to], rules: rules), to: message.to, in: state)
    }

    private func crash(_ node: NodeID, in state: ModelState) -> ModelState {
        var moved = applying(PaxosNode.crash(state.nodes[node], rules: rules), to: node, in: state)
        moved.down.insert(node)
        return moved
    }

    private func applying(_ step: NodeStep, to node: NodeID, in state: ModelState) -> ModelState {
        var moved = state
        moved.nodes[node] = step.state
        for event in step.events { moved.ledger.record(event) }
        for message in step.outgoing { moved.markSent(registry.id(of: message)) }
        return moved
    }

    // MARK: The trace

    func unpack(_ step: PackedStep) -> ModelStep {
        switch step.kind {
        case .startBallot: return .startBallot(step.argument)
        case .deliver: return .deliver(registry.messages[step.argument])
        case .crash: return .crash(step.argument)
        case .recover: return .recover(step.argument)
        }
    }

    private func counterexample(to id: Int, invariant: Invariant) -> Counterexample {
        var path: [Int] = []
        var cursor = id
        while cursor > 0 {
            path.append(cursor)
            cursor = Int(parent[cursor])
        }
        path.reverse()
        let steps = path.map { unpack(via[$0]) }
        return Counterexample(rules: rules, steps: steps, invariant: invariant)
    }
}

/// A step stored in two words: which kind, and a node id or message number.
struct PackedStep: Hashable {
    enum Kind: UInt8 { case startBallot, deliver, crash, recover }
    let kind: Kind
    let argument: Int
}

extension ExhaustiveChecker {
    /// Every state within `depth` moves of the start, found breadth-first with deduplication; for tests that
    /// compare the search against a naive one.
    func reachable(within depth: Int) -> Set<ModelState> {
        var seen: Set<ModelState> = [ModelState(rules: rules)]
        var frontier = Array(seen)
        for _ in 0..<depth {
            var next: [ModelState] = []
            for state in frontier {
                for (_, moved) in successors(of: state) where seen.insert(moved).inserted { next.append(moved) }
            }
            frontier = next
        }
        return seen
    }
}
