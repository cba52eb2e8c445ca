/// How a headless Paxos run ended.
public typealias HeadlessOutcome = RunOutcome<Paxos>

/// How a headless run ended.
public struct RunOutcome<P: Consensus>: Sendable {
    /// Every round's summary, when the run keeps them (`keepsRounds`); the tally always counts them.
    public var rounds: [RoundSummary] = []
    public var tally = RoundTally()
    public var finalGame: TimedGame<P>
    /// True when nothing more could happen before the rounds were done (a script that never lets go, say).
    /// A run that follows a checker's schedule is never stalled: it ends when the schedule does.
    public var stalled = false
    /// What never happened, when stalled: a person can read it.
    public var stallReason: String?
    public var everyInvariantHeld: Bool { finalGame.everyInvariantHeld }
}

/// Runs a game with no window, as fast as the CPU allows, until a number of rounds have ended.
public enum HeadlessRun {
    /// Game time a round may take before the run gives up on it: a fault-free round takes half a minute, the
    /// busiest adversary a few minutes; a protocol that can no longer decide would otherwise run forever.
    public static let roundLimitMs: Tick = 3_600_000
    /// Steps at one game time before the run gives up: far more than any real burst of same-tick events.
    public static let stillStepLimit = 100_000

    /// Plays `rounds` rounds. `onEvents` sees every event (for a recording); `onRound` each finished round.
    /// `keepsRounds: false` keeps only the tally, so memory stays flat over millions of rounds.
    /// Compiled ahead for each protocol with each of the game's own players: a caller in another module would
    /// otherwise run the generic engine, several times slower than the engine written for one protocol.
    @_specialize(exported: true, where P == Paxos, Someone == RandomAdversary)
    @_specialize(exported: true, where P == Paxos, Someone == IdlePlayer)
    @_specialize(exported: true, where P == Paxos, Someone == ScriptedPlayer)
    @_specialize(exported: true, where P == Raft, Someone == RandomAdversary)
    @_specialize(exported: true, where P == Raft, Someone == IdlePlayer)
    @_specialize(exported: true, where P == Raft, Someone == ScriptedPlayer)
    public static func play<P: Consensus, Someone: Player>(
        config: GameSetup<P>, player: inout Someone, rounds: Int, keepsRounds: Bool = true,
        onEvents: (([TimedEvent<P.Event>]) -> Void)? = nil,
        onRound: ((RoundSummary) -> Void)? = nil
    ) -> RunOutcome<P> {
        var game = TimedGame<P>(config: config)
        var outcome = RunOutcome(finalGame: game)
        guard rounds > 0 else { return outcome }
        var stillSteps = 0
        var stillAt = game.now
        var giveUp: String?
        let end = game.play(&player) { step, game in
            onEvents?(step.events)
            for event in step.events {
                guard event.kind.tally == .roundEnded, let summary = game.lastRound else { continue }
                outcome.tally.add(summary)
                if keepsRounds { outcome.rounds.append(summary) }
                onRound?(summary)
            }
            if outcome.tally.count >= rounds { return true }
            // A player that keeps acting without the clock moving would spin here forever: give up and say so.
            if game.now == stillAt { stillSteps += 1 } else { stillAt = game.now; stillSteps = 0 }
            if stillSteps > stillStepLimit {
                giveUp = "game time stopped at \(game.now) ms: \(stillStepLimit) steps with the clock not moving"
            } else if game.now - game.roundStartedAt > roundLimitMs, !config.followsSchedule {
                giveUp = "round \(game.round) had no decision after \(roundLimitMs / 1000) s of game time"
            }
            return giveUp != nil
        }
        if let giveUp {
            outcome.stalled = true
            outcome.stallReason = giveUp
        } else if end == .stalled, !config.followsSchedule {
            // A checker's schedule has no rounds to finish: it is done when its last step has played out.
            outcome.stalled = true
            outcome.stallReason = "nothing more can happen in round \(game.round): the player's "
                + "actions leave no way to finish (a hold never released?)"
        }
        outcome.finalGame = game
        return outcome
    }
}
