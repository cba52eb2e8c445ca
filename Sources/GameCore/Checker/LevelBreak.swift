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

    /// The schedule's timed actions, each move's narrated on its first ("Step 3: ..."); a move of two actions
    /// (a crash and a recovery) leaves its second unnarrated. The times are the schedule's own, so Show me and
    /// `verify --out`'s recording play the same game.
    public static func narrate(_ timed: [TimedAction], moves: [(headline: String, actionCount: Int)]) -> [NarratedAction] {
        var rest = timed[...]
        var narrated: [NarratedAction] = []
        for (index, move) in moves.enumerated() {
            for (offset, action) in rest.prefix(move.actionCount).enumerated() {
                narrated.append(NarratedAction(action: action, line: offset == 0 ? "Step \(index + 1): \(move.headline)" : ""))
            }
            rest = rest.dropFirst(move.actionCount)
        }
        return narrated
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
                   narrated: LevelBreak<Paxos>.narrate(timedActions, moves: steps.map { ($0.headline, $0.actions.count) }))
    }
}

extension RaftCounterexample {
    /// The break as "Show me" plays it.
    public var levelBreak: LevelBreak<Raft> {
        LevelBreak(setup: config(), stepCount: steps.count,
                   narrated: LevelBreak<Raft>.narrate(timedActions, moves: steps.map { ($0.headline, Self.actions(of: $0).count) }))
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
