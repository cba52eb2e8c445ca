import GameCore

/// What the window reads off the session to draw and to pace its frames.
extension GameSession {
    /// The best result stored for this level, merged with this game's own best on Paxos.
    var bestText: String {
        let variant = config.rules.variant
        if variant == .paxos {
            let stored = Int(scores.best(for: .paxos) ?? 0)
            return "\(max(stored, game.score.bestRound?.points ?? 0))"
        }
        return scores.best(for: variant).map { Seconds.text(Int($0 * 1000)) + " s" } ?? "-"
    }

    /// Wall-clock ms from now until something in the game is due (a landing, a timer), at the current speed.
    var msUntilNextGameEvent: Double? {
        guard isRunning, let next = game.nextEventTime else { return nil }
        return max(0, (Double(next) - renderTime) / speed)
    }

    static func speedText(_ speed: Double) -> String {
        speed == speed.rounded() ? "\(Int(speed))x" : "\(speed)x"
    }
}
