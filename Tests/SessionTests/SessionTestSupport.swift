import Foundation
import GameCore
@testable import Session

let red: NodeID = 0
let green: NodeID = 1
let blue: NodeID = 2

/// A game as the window holds it, with scores in a fresh temporary file and no welcome card.
func makeSession(variant: Variant = .paxos, seed: UInt64 = 1, replay: [TimedAction] = [], intro: Bool = false,
                 scoresPath: String = temporaryScoresPath()) throws -> GameSession {
    try GameSession(config: GameConfig(seed: seed, variant: variant), skipIntro: !intro, scoresPath: scoresPath, replay: replay)
}

/// A scores file path in a new temporary folder (the folder is made when the first score is saved).
func temporaryScoresPath() -> String {
    NSTemporaryDirectory() + "beatpaxos-tests-\(UUID().uuidString)/scores.json"
}

extension GameSession {
    /// Lets `ms` of wall time pass in frames of 1/60 s, as the window does.
    func run(forMs ms: Double) {
        var left = ms
        while left > 0 {
            update(wallDeltaMs: min(left, 1000.0 / 60))
            left -= 1000.0 / 60
        }
    }

    /// Plays in steps of `stepMs` of wall time until round 1 is decided (its end is set), for at most two
    /// minutes; returns when it ends, or nil when it never was decided.
    func runUntilRoundDecided(stepMs: Double) -> Tick? {
        var waited = 0.0
        while game.roundEndsAt == nil, waited < 120_000 {
            run(forMs: stepMs)
            waited += stepMs
        }
        return game.roundEndsAt
    }

    var logText: [String] { log.map(\.text) }
}
