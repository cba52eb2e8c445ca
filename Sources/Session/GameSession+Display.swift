import GameCore

/// What the window reads off the session to draw and to pace its frames.
extension PlaySession {
    /// A message's pill labels, from the most detailed (see `Playable.pillLabels`), built once while it flies.
    public func pillLabels(_ message: P.Message) -> [String] {
        pillLabelCache.labels(message, rules: game.rules)
    }

    /// The best result stored for this level, merged with this game's own best on the real protocol; nil when
    /// there is none yet.
    public var bestText: String? {
        let variant = config.rules.variant
        let stored = scores.best(for: variant).map { LevelBest(variant, $0) }
        guard variant == P.standardVariant else { return stored?.text }
        let own = LevelBest(variant, Double(game.score.bestRound?.points ?? 0))
        return (stored.map { own.beats($0) ? own : $0 } ?? own).text
    }

    /// Wall-clock ms from now until something in the game is due (a landing, a timer), at the current speed.
    public var msUntilNextGameEvent: Double? {
        guard isRunning, let next = game.nextEventTime else { return nil }
        // A lecture round waiting for N has nothing due at its end: the window sleeps instead of spinning.
        if waitsForNextRound, let end = game.roundEndsAt, next >= end { return nil }
        return max(0, (Double(next) - renderTime) / speed)
    }

    public static func speedText(_ speed: Double) -> String {
        speed == speed.rounded() ? "\(Int(speed))x" : "\(speed)x"
    }
}
