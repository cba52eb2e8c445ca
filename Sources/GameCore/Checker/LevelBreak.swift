/// A broken level's shortest break as the timed game plays it: the checker's schedule, each action with the
/// sentence the log shows while "Show me" plays it. The same for Paxos's checker and Raft's explorer.
public struct LevelBreak<P: Consensus>: Sendable {
    /// The game that follows the schedule (seed 1; `setup(seed:)` for another).
    public let setup: GameSetup<P>
    /// How many checker moves the break takes.
    public let stepCount: Int
    public let narrated: [NarratedAction]

    public init(setup: GameSetup<P>, stepCount: Int, narrated: [NarratedAction]) {
        self.setup = setup
        self.stepCount = stepCount
        self.narrated = narrated
    }

    /// The same game with another seed: a schedule fixes every delivery, so the seed only names the game.
    public func setup(seed: UInt64) -> GameSetup<P> {
        var setup = self.setup
        setup.seed = seed
        return setup
    }

    /// Each move's actions, narrated on its first ("Step 3: ..."); a move of two actions (a crash and a recovery)
    /// leaves its second unnarrated.
    public static func narrate(_ moves: [(headline: String, actions: [PlayerAction])]) -> [NarratedAction] {
        moves.enumerated().flatMap { index, move in
            move.actions.enumerated().map { offset, action in
                NarratedAction(action: TimedAction(time: Counterexample.firstStepMs + Tick(index) * Counterexample.stepMs, action: action),
                               line: offset == 0 ? "Step \(index + 1): \(move.headline)" : "")
            }
        }
    }
}

/// One action of a checker's schedule and what the log says of it ("" for none).
public struct NarratedAction: Hashable, Sendable {
    public let action: TimedAction
    public let line: String
}

extension Counterexample {
    /// The break as "Show me" plays it.
    public var levelBreak: LevelBreak<Paxos> {
        LevelBreak(setup: config(), stepCount: steps.count,
                   narrated: LevelBreak<Paxos>.narrate(steps.map { ($0.headline, $0.actions) }))
    }
}

extension RaftCounterexample {
    /// The break as "Show me" plays it.
    public var levelBreak: LevelBreak<Raft> {
        LevelBreak(setup: config(), stepCount: steps.count,
                   narrated: LevelBreak<Raft>.narrate(steps.map { ($0.headline, Self.actions(of: $0)) }))
    }
}

extension LevelProof {
    /// The shortest break of a broken Raft level with three nodes, terms up to 2 (two candidates are all any
    /// Raft level needs to break); nil for real Raft or when none is found within the bounds.
    public static func shortestBreak(of variant: RaftVariant) -> RaftCounterexample? {
        guard variant != .raft else { return nil }
        let explorer = RaftExplorer(rules: RaftRules(nodeCount: 3, variant: variant), maxTerm: 2, stateLimit: 2_000_000)
        return explorer.run().violations.first { $0.invariant == .agreement }
    }
}
