/// What an exploration found: how much it saw, and each broken invariant's shortest trace.
public struct RaftExplorerResult: Sendable {
    public let states: Int
    public let transitions: Int
    public let depth: Int
    /// Whether every reachable state was seen (false when it stopped at a break or at the state limit).
    public let complete: Bool
    public let violations: [RaftCounterexample]
}

/// Explores every reachable state of the Raft handlers, breadth-first, and checks every Raft invariant in every
/// state. Time is abstracted: any node may stand for its next term (up to `maxTerm`) at any point, any sent
/// message may be delivered at any point and any number of times, and any node may crash and recover at once.
///
/// The checker's packed table of seen states (`StateTable`) and two reductions, each exact: dead replies are forgotten, and the key leaves out
/// history no invariant can use again (`RaftDeadMessages`, `RaftDeadHistory`). Breadth-first order makes each trace a shortest one.
public final class RaftExplorer {
    public let rules: RaftRules
    public let maxTerm: Term
    public let stateLimit: Int?

    private let registry = RaftMessageRegistry()
    private let known = StateTable()
    private var parent: [Int] = []
    private var via: [RaftModelStep] = []

    /// Whether sent replies that can no longer change anything are forgotten (see `RaftDeadMessages`).
    let forgetsDeadMessages: Bool
    /// Whether the state key leaves out history no invariant can use again (see `RaftDeadHistory`).
    let forgetsDeadHistory: Bool
    /// Called with every new state, for tests that compare explorations.
    var onNewState: ((RaftModelState) -> Void)?

    public convenience init(rules: RaftRules, maxTerm: Term, stateLimit: Int? = nil) {
        self.init(rules: rules, maxTerm: maxTerm, stateLimit: stateLimit, forgetsDeadMessages: true,
                  forgetsDeadHistory: true)
    }

    init(rules: RaftRules, maxTerm: Term, stateLimit: Int?, forgetsDeadMessages: Bool, forgetsDeadHistory: Bool = false) {
        self.forgetsDeadMessages = forgetsDeadMessages
        self.forgetsDeadHistory = forgetsDeadHistory && rules.variant != .amnesia
        precondition(maxTerm <= RaftModelState.maxKeyTerm, "terms above \(RaftModelState.maxKeyTerm) do not fit a state key")
        self.rules = rules
        self.maxTerm = maxTerm
        self.stateLimit = stateLimit
    }

    /// Runs the search, stopping at the first broken Agreement (the player's win) or at the state limit.
    /// `progress` is called at each new depth with (states, transitions, depth).
    public func run(progress: ((Int, Int, Int) -> Void)? = nil) -> RaftExplorerResult {
        let initial = RaftModelState(rules: rules)
        _ = known.insert(initial.key(maxTerm: maxTerm, forgettingHistory: forgetsDeadHistory))
        parent.append(-1)
        via.append(.restart(0))
        var frontier = [(0, initial)]
        var depth = 0
        var transitions = 0
        var broken: [RaftCounterexample] = []
        while !frontier.isEmpty {
            var next: [(Int, RaftModelState)] = []
            for (from, state) in frontier {
                for (move, moved) in successors(of: state) {
                    transitions += 1
                    let key = moved.key(maxTerm: maxTerm, forgettingHistory: forgetsDeadHistory)
                    guard let (id, inserted) = known.insert(key) else {
                        // The table cannot address another state: stop, not proven.
                        return RaftExplorerResult(states: known.count, transitions: transitions, depth: depth + 1,
                                                  complete: false, violations: broken)
                    }
                    guard inserted else { continue }
                    parent.append(from)
                    via.append(move)
                    next.append((id, moved))
                    onNewState?(moved)
                    if moved.ledger.version != state.ledger.version {
                        for invariant in RaftInvariant.allCases
                        where !broken.contains(where: { $0.invariant == invariant }) && !invariant.holds(on: moved.ledger) {
                            broken.append(RaftCounterexample(rules: rules, invariant: invariant, steps: trace(to: id)))
                        }
                    }
                    if broken.contains(where: { $0.invariant == .agreement }) || known.count >= (stateLimit ?? .max) {
                        return RaftExplorerResult(states: known.count, transitions: transitions, depth: depth + 1,
                                                  complete: false, violations: broken)
                    }
                }
            }
            frontier = next
            if !frontier.isEmpty {
                depth += 1
                progress?(known.count, transitions, depth)
            }
        }
        return RaftExplorerResult(states: known.count, transitions: transitions, depth: depth, complete: true,
                                  violations: broken)
    }

    /// Every move from a state and where it leads, in a fixed order: nodes by id, then messages by number.
    func successors(of state: RaftModelState) -> [(RaftModelStep, RaftModelState)] {
        var moves: [(RaftModelStep, RaftModelState)] = []
        for node in 0..<rules.nodeCount {
            let current = state.nodes[node]
            if rules.nextTerm(for: node, above: current.currentTerm) <= maxTerm {
                moves.append((.startElection(node), applying(RaftNode.startElection(current, rules: rules), to: state)))
            }
            moves.append((.restart(node), applying(RaftNode.crash(current, rules: rules), to: state)))
        }
        for index in state.sentIndices() {
            let message = registry.messages[index]
            let step = RaftNode.receive(message, state: state.nodes[message.to], rules: rules)
            moves.append((.deliver(message), applying(step, to: state)))
        }
        return moves
    }

    private func applying(_ step: RaftStep, to state: RaftModelState) -> RaftModelState {
        var moved = state
        moved.apply(step, registry: registry, variant: rules.variant, forgetting: forgetsDeadMessages)
        return moved
    }

    private func trace(to id: Int) -> [RaftModelStep] {
        var steps: [RaftModelStep] = []
        var cursor = id
        while cursor > 0 {
            steps.append(via[cursor])
            cursor = parent[cursor]
        }
        return steps.reversed()
    }

    /// Plays a trace through the handlers from the initial state; nil if a move is impossible (a message not sent).
    public static func replay(_ steps: [RaftModelStep], rules: RaftRules) -> RaftModelState? {
        var state = RaftModelState(rules: rules)
        var sent: [RaftMessage] = []
        for move in steps {
            let step: RaftStep
            switch move {
            case .startElection(let node): step = RaftNode.startElection(state.nodes[node], rules: rules)
            case .restart(let node): step = RaftNode.crash(state.nodes[node], rules: rules)
            case .deliver(let message):
                guard sent.contains(message) else { return nil }
                step = RaftNode.receive(message, state: state.nodes[message.to], rules: rules)
            }
            state.nodes[step.state.id] = step.state
            state.ledger.record(step.events)
            sent += step.outgoing
        }
        return state
    }
}
