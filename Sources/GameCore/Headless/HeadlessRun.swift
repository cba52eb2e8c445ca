/// How a headless run ended.
public struct HeadlessOutcome: Sendable {
    /// Every round's summary, when the run keeps them (`keepsRounds`); the tally always counts them.
    public var rounds: [RoundSummary] = []
    public var tally = RoundTally()
    public var finalGame: PaxosGame
    /// True when nothing more could happen before the rounds were done (a script that never lets go, say).
    /// A run that follows a checker's schedule is never stalled: it ends when the schedule does.
    public var stalled = false
    public var everyInvariantHeld: Bool { finalGame.everyInvariantHeld }
}

/// Runs a game with no window, as fast as the CPU allows, until a number of rounds have ended.
public enum HeadlessRun {
    /// Plays `rounds` rounds. `onEvents` sees every event (for a recording); `onRound` each finished round.
    /// `keepsRounds: false` keeps only the tally, so memory stays flat over millions of rounds.
    public static func play<P: Player>(
        config: GameConfig, player: inout P, rounds: Int, keepsRounds: Bool = true,
        onEvents: (([GameEvent]) -> Void)? = nil,
        onRound: ((RoundSummary) -> Void)? = nil
    ) -> HeadlessOutcome {
        var game = PaxosGame(config: config)
        var outcome = HeadlessOutcome(finalGame: game)
        guard rounds > 0 else { return outcome }
        let end = game.play(&player) { step, game in
            onEvents?(step.events)
            for event in step.events {
                guard case .roundEnd = event.kind, let summary = game.lastRound else { continue }
                outcome.tally.add(summary)
                if keepsRounds { outcome.rounds.append(summary) }
                onRound?(summary)
            }
            return outcome.tally.count >= rounds
        }
        // A checker's schedule has no rounds to finish: it is done when its last step has played out.
        outcome.stalled = end == .stalled && !config.followsSchedule
        outcome.finalGame = game
        return outcome
    }
}
