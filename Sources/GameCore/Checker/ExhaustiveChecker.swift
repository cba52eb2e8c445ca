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
    /// Whether sent messages that can no longer change anything are forgotten (see `DeadMessages`).
    let forgetsDeadMessages: Bool
    /// Whether down time is modelled even where the rules would allow crash and recovery as one step.
    let modelsDownTime: Bool
    /// Whether states that differ only in fields no handler reads again count once (see `StateEquivalence`).
    let clearsDeadFields: Bool
    /// The facts about the handlers this search relies on: claimed by the rules, withdrawn if a transition
    /// breaks one (the search then starts again without the reductions that needed it).
    private(set) var facts: HandlerFacts
    /// Why a reduction was turned off during the run, for the user (stderr).
    private(set) var notes: [String] = []
    /// A claimed fact the current search saw broken, and the move that broke it.
    private var brokenFact: BrokenFact?

    /// Whether a crashed node stays down until a recovery step, rather than restarting at once (see
    /// `ModelStep.restart`). A crash lasting no time is enough only when a crash keeps the acceptor's state.
    var staysDownWhenCrashed: Bool { modelsDownTime || !facts.contains(.crashKeepsAcceptor) }

    let registry = MessageRegistry()
    /// Every state seen, as its key; a level's states are rebuilt from their keys when it is expanded.
    private var table = StateTable()
    /// For each state (by number), the state it was first reached from and the step taken: enough to rebuild
    /// a trace.
    private var parent: [Int32] = []
    private var via: [UInt32] = []
    private var transitions = 0
    /// Stop before the search's own arrays would pass this many bytes (nil: no limit).
    public var memoryLimitBytes: Int?
    /// Set when `run` stopped because memory or the state table ran out.
    public private(set) var stopped: CheckerStop?
    /// Whether each state is also checked for progress (see `ProgressVerdict`).
    public var checksProgress = true
    /// How many threads expand states side by side (the results do not depend on it).
    public var workerCount = BatchExpansion.defaultWorkerCount
    /// Each worker's own copy of the message numbers it has used, so numbering a message seldom takes the
    /// registry's lock, which the workers would otherwise fight over on every move.
    private var messageIDs: [[Message: Int]] = []
    private var progressVerdict = ProgressVerdict()

    /// `shortcuts: false` searches without forgetting dead messages and with down time modelled: slower, for
    /// comparing against the search with shortcuts.
    public convenience init(rules: ProtocolRules, maxBallot: Ballot, stateLimit: Int? = nil, shortcuts: Bool = true) {
        self.init(rules: rules, maxBallot: maxBallot, stateLimit: stateLimit, forgetsDeadMessages: shortcuts,
                  modelsDownTime: !shortcuts, clearsDeadFields: shortcuts)
    }

    /// How many distinct node and safety states the last run reached, with messages in flight, who is down and
    /// dead fields set aside: the searches with and without shortcuts must agree on this.
    public func nodeAndSafetyStateCount() -> Int {
        let seen = StateTable()
        let equivalence = StateEquivalence(rules: rules, facts: facts)
        for id in 0..<table.count {
            var state = ModelState(decoding: table.words(of: id), rules: rules)
            state.sent = []
            state.down = NodeSet()
            _ = seen.insert(state.key(merging: equivalence))
        }
        return seen.count
    }

    init(rules: ProtocolRules, maxBallot: Ballot, stateLimit: Int?, forgetsDeadMessages: Bool, modelsDownTime: Bool,
         clearsDeadFields: Bool = false) {
        precondition(maxBallot <= ModelState.maxKeyBallot, "ballots above \(ModelState.maxKeyBallot) do not fit a state key")
        self.rules = rules
        self.maxBallot = maxBallot
        self.stateLimit = stateLimit
        self.forgetsDeadMessages = forgetsDeadMessages
        self.modelsDownTime = modelsDownTime
        self.clearsDeadFields = clearsDeadFields
        facts = HandlerFacts.claimed(by: rules)
    }

    private var stateCount: Int { table.count }

    /// Runs the search. `progress` is called at each new depth with (states, transitions, depth).
    ///
    /// It stops at the first state where two nodes decided different values (the player's win); other broken
    /// invariants are noted on the way, each with its shortest trace.
    public func run(progress: ((Int, Int, Int) -> Void)? = nil) -> CheckerResult {
        stopped = nil
        while true {
            let result = search(progress: progress)
            guard stopped == nil, let broken = brokenFact else { return result }
            let who = NodeNames.title(broken.node)
            notes.append("The handlers broke a fact the checker's shortcuts rely on (\(broken.facts.names.joined(separator: ", "))): "
                + "\(who) went from promise \(broken.old.promised), vote \(broken.old.acceptedBallot) to promise "
                + "\(broken.new.promised), vote \(broken.new.acceptedBallot). Searching again without the shortcuts that rest on handler facts.")
            // Every fact goes, not only the ones this move broke: which breaking move is met first depends on the
            // order the worker threads numbered messages in, and dropping all of them makes the search that
            // follows (and its figures) the same whatever that order was.
            facts = []
            // Two workers have been seen to miss a few dozen states in this second search (19,507 against
            // 19,536 with a planted bug), never in a first one; until that is understood it runs on one.
            workerCount = 1
            brokenFact = nil
            table = StateTable()
            parent = []
            via = []
            transitions = 0
            progressVerdict = ProgressVerdict()
        }
    }

    /// One breadth-first search with the current facts; stops early if a transition breaks one of them.
    ///
    /// Each level is expanded in batches: the workers find every batch state's moves and keys at once (see
    /// `BatchExpansion`), then the states are numbered one by one in frontier order, so the numbering, the
    /// traces and the stopping point are the same as with one worker.
    private func search(progress: ((Int, Int, Int) -> Void)?) -> CheckerResult {
        _ = register(stateKey(ModelState(rules: rules)), parent: -1, step: PackedStep(kind: .recover, argument: 0))
        var frontier = [0]
        var depth = 0
        var broken: [Counterexample] = []
        let batchSize = 512 * max(workerCount, 1)
        while !frontier.isEmpty {
            var next: [Int] = []
            var start = 0
            while start < frontier.count {
                let batch = Array(frontier[start..<min(start + batchSize, frontier.count)])
                start += batch.count
                let expansions = expand(batch)
                for (from, expansion) in zip(batch, expansions) {
                    if let sample = expansion.progress { noteProgress(sample, id: from) }
                    transitions += expansion.movesToSeenStates
                    for successor in expansion.successors {
                        transitions += 1
                        if let fact = successor.brokenFact {
                            if brokenFact == nil { brokenFact = fact }
                            return result(depth: depth + 1, complete: false, broken: broken)
                        }
                        guard let registered = register(successor.key, parent: Int32(from), step: successor.step) else {
                            stopped = .tableFull(depth: depth + 1, states: stateCount)
                            return result(depth: depth + 1, complete: false, broken: broken)
                        }
                        guard let id = registered else { continue }
                        if id & 0xFFF == 0, let limit = memoryLimitBytes,
                           memoryBytes(frontier: frontier.count + next.count) > limit {
                            stopped = .outOfMemory(depth: depth + 1, states: stateCount, limitBytes: limit)
                            return result(depth: depth + 1, complete: false, broken: broken)
                        }
                        next.append(id)
                        for invariant in Invariant.allCases where successor.breaks(invariant)
                            && !broken.contains(where: { $0.invariant == invariant }) {
                            broken.append(counterexample(to: id, invariant: invariant))
                        }
                        if broken.contains(where: { $0.invariant == .agreement }) || stateCount >= (stateLimit ?? .max) {
                            return result(depth: depth + 1, complete: false, broken: broken)
                        }
                    }
                }
            }
            frontier = next
            if !frontier.isEmpty {
                depth += 1
                progress?(stateCount, transitions, depth)
            }
        }
        return result(depth: depth, complete: true, broken: broken)
    }

    /// Every move of each state in `batch`, with its key and what it breaks, found by the workers side by side.
    private func expand(_ batch: [Int]) -> [StateExpansion] {
        if messageIDs.count != max(workerCount, 1) { messageIDs = Array(repeating: [:], count: max(workerCount, 1)) }
        return table.withReader { numbered in
            messageIDs.withUnsafeMutableBufferPointer { known in
                let known = UnsafeSendableBuffer(known)
                return BatchExpansion.run(count: batch.count, workers: workerCount) { index, worker in
                    var scratch = MoveScratch()
                    swap(&scratch.messageIDs, &known.buffer[worker])
                    defer { swap(&scratch.messageIDs, &known.buffer[worker]) }
                    return expansion(of: ModelState(decoding: numbered.words(of: batch[index]), rules: rules),
                                     numbered: numbered, scratch: &scratch)
                }
            }
        }
    }

    /// What one state's expansion hands back to the numbering: read-only use of the checker (the table is
    /// only read, to leave out moves to states numbered already), so workers can call it at once.
    private func expansion(of state: ModelState, numbered: StateTable.Reader, scratch: inout MoveScratch) -> StateExpansion {
        var result = StateExpansion()
        if checksProgress, state.ledger.decisions.isEmpty {
            result.progress = quietContinuation(from: state).map { continuation in
                ProgressSample(steps: continuation.decided ? [] : continuation.steps, decided: continuation.decided,
                               handlerSteps: continuation.handlerSteps)
            } ?? ProgressSample.outOfBallots
        }
        forEachSuccessor(of: state, scratch: &scratch) { step, moved, fact in
            // A move that changes nothing (a message delivered again, a restart with nothing to lose) leads
            // back to this state, which is numbered already: it needs no key.
            if fact == nil, moved == state { return true }
            let key = stateKey(moved)
            if fact == nil, numbered.contains(key) {
                result.movesToSeenStates += 1
                return true
            }
            var failing: UInt8 = 0
            if moved.ledger.hasNewHistory(since: state.ledger) {
                for (bit, invariant) in Invariant.allCases.enumerated() where !invariant.holds(on: moved.ledger) {
                    failing |= 1 << UInt8(bit)
                }
            }
            result.successors.append(Successor(step: step, key: key, failing: failing, brokenFact: fact))
            // A move that breaks a fact ends the search: nothing after it is needed.
            return fact == nil
        }
        return result
    }

    private func stateKey(_ state: ModelState) -> StateKey {
        state.key(merging: clearsDeadFields ? StateEquivalence(rules: rules, facts: facts) : .none)
    }

    /// What the search holds now plus what its next array growth could add: a stop before that growth
    /// fails keeps the process alive to say so.
    private func memoryBytes(frontier: Int) -> Int {
        let perState = parent.capacity * 4 + via.capacity * 4
        return table.bytes + perState + frontier * 8 + max(table.nextGrowthBytes, perState, frontier * 16)
    }

    /// Numbers a new state and notes how it was reached; .some(nil) if it was seen before, nil if the
    /// table is full.
    private func register(_ key: StateKey, parent from: Int32, step: PackedStep) -> Int?? {
        guard let (id, inserted) = table.insert(key) else { return nil }
        guard inserted else { return .some(nil) }
        parent.append(from)
        via.append(step.packed)
        return id
    }

    private func result(depth: Int, complete: Bool, broken: [Counterexample]) -> CheckerResult {
        CheckerResult(rules: rules, maxBallot: maxBallot, states: stateCount, transitions: transitions,
                      depth: depth, complete: complete, violations: broken, notes: notes,
                      progress: checksProgress ? progressVerdict : nil)
    }

    /// Counts one state's quiet continuation and keeps the first (so shortest) path to a stuck one.
    private func noteProgress(_ sample: ProgressSample, id: Int) {
        guard !sample.isOutOfBallots else {
            progressVerdict.outOfBallots += 1
            return
        }
        progressVerdict.checked += 1
        progressVerdict.handlerSteps += sample.handlerSteps
        guard !sample.decided, progressVerdict.stuck == nil else { return }
        let path = steps(to: id)
        progressVerdict.stuck = StuckTrace(rules: rules, steps: path + sample.steps, pathLength: path.count)
    }

    // MARK: Moves

    func successors(of state: ModelState) -> [(PackedStep, ModelState)] {
        var next: [(PackedStep, ModelState)] = []
        forEachSuccessor(of: state) { next.append(($0, $1)); return true }
        return next
    }

    /// Calls `visit` with each move and the state it leads to, in a fixed order, until `visit` returns false.
    func forEachSuccessor(of state: ModelState, _ visit: (PackedStep, ModelState) -> Bool) {
        var scratch = MoveScratch()
        forEachSuccessor(of: state, scratch: &scratch) { step, moved, _ in visit(step, moved) }
    }

    /// The same, noting in `scratch` the first move that breaks a fact the search relies on.
    func forEachSuccessor(of state: ModelState, scratch: inout MoveScratch,
                          _ visit: (PackedStep, ModelState, BrokenFact?) -> Bool) {
        for node in 0..<rules.nodeCount {
            let isDown = state.down.contains(node)
            if !isDown, let moved = startBallot(node, in: state, scratch: &scratch) {
                guard visit(PackedStep(kind: .startBallot, argument: node), moved, scratch.brokenFact) else { return }
            }
            if !staysDownWhenCrashed {
                guard visit(PackedStep(kind: .restart, argument: node), restart(node, in: state, scratch: &scratch), scratch.brokenFact) else { return }
            } else if isDown {
                var moved = state
                moved.down.remove(node)
                guard visit(PackedStep(kind: .recover, argument: node), moved, scratch.brokenFact) else { return }
            } else if state.down.count < rules.maxDown {
                guard visit(PackedStep(kind: .crash, argument: node), crash(node, in: state, scratch: &scratch), scratch.brokenFact) else { return }
            }
        }
        for index in state.sentIndices() {
            let message = registry[index]
            guard !state.down.contains(message.to) else { continue }
            guard visit(PackedStep(kind: .deliver, argument: index), deliver(message, in: state, scratch: &scratch), scratch.brokenFact) else { return }
        }
    }

    private func startBallot(_ node: NodeID, in state: ModelState, scratch: inout MoveScratch) -> ModelState? {
        let current = state.nodes[node]
        guard current.nextBallot(rules: rules) <= maxBallot else { return nil }
        return applying(PaxosNode.startBallot(current, rules: rules), to: node, in: state, scratch: &scratch)
    }

    private func deliver(_ message: Message, in state: ModelState, scratch: inout MoveScratch) -> ModelState {
        applying(PaxosNode.receive(message, state: state.nodes[message.to], rules: rules), to: message.to, in: state,
                 scratch: &scratch)
    }

    private func restart(_ node: NodeID, in state: ModelState, scratch: inout MoveScratch) -> ModelState {
        applying(PaxosNode.crash(state.nodes[node], rules: rules), to: node, in: state, crash: true,
                 scratch: &scratch)
    }

    private func crash(_ node: NodeID, in state: ModelState, scratch: inout MoveScratch) -> ModelState {
        var moved = applying(PaxosNode.crash(state.nodes[node], rules: rules), to: node, in: state, crash: true,
                             scratch: &scratch)
        moved.down.insert(node)
        return moved
    }

    private func applying(_ step: NodeStep, to node: NodeID, in state: ModelState, crash: Bool = false,
                          scratch: inout MoveScratch) -> ModelState {
        let broken = facts.broken(from: state.nodes[node], to: step.state, crash: crash)
        if !broken.isEmpty, scratch.brokenFact == nil {
            scratch.brokenFact = BrokenFact(facts: broken, node: node, old: state.nodes[node], new: step.state)
        }
        var moved = state
        step.apply(to: &moved, setting: { $0.nodes[node] = $1 }, record: { $0.ledger.record($1) }, send: { moved, message in
            let dead = forgetsDeadMessages
                && DeadMessages.isDead(message, to: moved.nodes[message.to], facts: facts)
            if !dead { moved.markSent(scratch.id(of: message, in: registry)) }
        })
        if forgetsDeadMessages {
            moved.forgetDeadMessages(to: node, registry: registry, facts: facts)
        }
        return moved
    }

    // MARK: The trace

    func unpack(_ step: PackedStep) -> ModelStep {
        switch step.kind {
        case .startBallot: return .startBallot(step.argument)
        case .deliver: return .deliver(registry[step.argument])
        case .crash: return .crash(step.argument)
        case .recover: return .recover(step.argument)
        case .restart: return .restart(step.argument)
        }
    }

    private func counterexample(to id: Int, invariant: Invariant) -> Counterexample {
        Counterexample(rules: rules, steps: steps(to: id), invariant: invariant)
    }

    /// The moves that first reached state `id`.
    private func steps(to id: Int) -> [ModelStep] {
        var path: [Int] = []
        var cursor = id
        while cursor > 0 {
            path.append(cursor)
            cursor = Int(parent[cursor])
        }
        path.reverse()
        return path.map { unpack(PackedStep(packed: via[$0])) }
    }
}

/// A step as the checker stores it: which kind, and a node id or message number.
struct PackedStep: Hashable {
    enum Kind: UInt32 { case startBallot, deliver, crash, recover, restart }
    let kind: Kind
    let argument: Int

    init(kind: Kind, argument: Int) {
        self.kind = kind
        self.argument = argument
    }

    /// Kind in the top 4 bits, argument below: 4 bytes a state.
    var packed: UInt32 { kind.rawValue << 28 | UInt32(argument) }

    init(packed: UInt32) {
        kind = Kind(rawValue: packed >> 28) ?? .recover
        argument = Int(packed & 0x0FFF_FFFF)
    }
}

extension ExhaustiveChecker {
    /// The keys of every state within `depth` moves of the start, found breadth-first with the same
    /// deduplication as `run`; for tests that compare the search against a naive one.
    func reachableKeys(within depth: Int) -> Set<StateKey> {
        let initial = ModelState(rules: rules)
        var seen: Set<StateKey> = [initial.key()]
        var frontier = [initial]
        for _ in 0..<depth {
            var next: [ModelState] = []
            for state in frontier {
                forEachSuccessor(of: state) { _, moved in
                    if seen.insert(moved.key()).inserted { next.append(moved) }
                    return true
                }
            }
            frontier = next
        }
        return seen
    }
}
