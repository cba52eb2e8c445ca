/// How a headless run ended.
public struct HeadlessOutcome: Sendable {
    public var rounds: [RoundSummary] = []
    public var finalGame: PaxosGame
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
    public static func play<P: Player>(
        config: GameConfig, player: inout P, rounds: Int,
        onEvents: (([GameEvent]) -> Void)? = nil,
        onRound: ((RoundSummary) -> Void)? = nil
    ) -> HeadlessOutcome {
        var game = PaxosGame(config: config)
        var outcome = HeadlessOutcome(finalGame: game)
        var finished = 0
        var stillSteps = 0
        var stillAt = game.now
        while finished < rounds {
            // A player that keeps acting without the clock moving would spin here forever: give up and say so.
            if game.now == stillAt { stillSteps += 1 } else { stillAt = game.now; stillSteps = 0 }
            if stillSteps > stillStepLimit {
                outcome.stalled = true
                outcome.stallReason = "game time stopped at \(game.now) ms: \(stillStepLimit) steps with the clock not moving"
                break
            }
            if game.now - game.roundStartedAt > roundLimitMs, !config.followsSchedule {
                outcome.stalled = true
                outcome.stallReason = "round \(game.round) had no decision after \(roundLimitMs / 1000) s of game time"
                break
            }
            let actionAt = player.nextActionTime(in: game)
            if let eventAt = game.nextEventTime, actionAt.map({ eventAt <= $0 }) ?? true {
                game.step()
            } else if let actionAt {
                game.advance(to: actionAt)
                if let action = player.takeAction(in: game) { game.perform(action) }
            } else {
                // A checker's schedule has no rounds to finish: it is done when its last step has played out.
                outcome.stalled = !config.followsSchedule
                outcome.stallReason = outcome.stalled ? "nothing more can happen in round \(game.round): the player's "
                    + "actions leave no way to finish (a hold never released?)" : nil
                break
            }
            let events = game.drainEvents()
            onEvents?(events)
            for event in events {
                guard case .roundEnd = event.kind, let summary = game.lastRound else { continue }
                finished += 1
                outcome.rounds.append(summary)
                onRound?(summary)
            }
        }
        outcome.finalGame = game
        return outcome
    }
}
