import Testing
import GameCore

/// Plays `rounds` rounds with a player and returns every event.
func eventLog<P: Player>(_ config: GameConfig, player: P, rounds: Int) -> [GameEvent] {
    var player = player
    var log: [GameEvent] = []
    _ = HeadlessRun.play(config: config, player: &player, rounds: rounds, onEvents: { log += $0 })
    return log
}

@Suite("Determinism: the seed and the player's actions fix every event")
struct DeterminismTests {
    @Test("the same seed and the same random adversary give the same event log",
          arguments: [(UInt64(1), 3), (2, 3), (3, 5), (4, 5)])
    func sameSeedSameLog(seed: UInt64, nodeCount: Int) {
        let config = GameConfig(seed: seed, nodeCount: nodeCount)
        let first = eventLog(config, player: RandomAdversary(seed: seed), rounds: 15)
        let second = eventLog(config, player: RandomAdversary(seed: seed), rounds: 15)
        #expect(first.count > 100)
        #expect(first == second, "seed \(seed)")
    }

    @Test("the same seed and the same scripted actions give the same event log")
    func sameScriptSameLog() {
        let script = [TimedAction(time: 4_000, action: .hold(green)), TimedAction(time: 9_000, action: .kill(red)),
                      TimedAction(time: 30_000, action: .release(green)), TimedAction(time: 31_000, action: .recover(red))]
        let config = GameConfig(seed: 77)
        let first = eventLog(config, player: ScriptedPlayer(actions: script), rounds: 3)
        let second = eventLog(config, player: ScriptedPlayer(actions: script), rounds: 3)
        #expect(first == second)
        #expect(first.contains { $0.kind == .hold(node: green) && $0.time == 4_000 })
    }

    @Test("different seeds give different games")
    func differentSeedsDiffer() {
        let logs = (UInt64(1)...8).map { eventLog(GameConfig(seed: $0), player: IdlePlayer(), rounds: 3) }
        for i in logs.indices {
            for j in logs.indices where j > i {
                #expect(logs[i] != logs[j], "seeds \(i + 1) and \(j + 1) played the same game")
            }
        }
    }

    @Test("a different adversary seed on the same game gives a different game")
    func differentAdversaryDiffers() {
        let config = GameConfig(seed: 5)
        #expect(eventLog(config, player: RandomAdversary(seed: 1), rounds: 5)
                != eventLog(config, player: RandomAdversary(seed: 2), rounds: 5))
    }

    @Test("advancing the clock in small steps or in one jump gives the same events at the same times",
          arguments: [UInt64(3), 8, 21])
    func stepSizeDoesNotMatter(seed: UInt64) {
        var jump = GameDriver(seed: seed)
        jump.advance(by: 120_000)
        var small = GameDriver(seed: seed)
        while small.now < 120_000 { small.advance(by: 137) }
        small.game.advance(to: 120_000)
        small.collect()
        var single = GameDriver(seed: seed)
        while let next = single.game.nextEventTime, next <= 120_000 { single.game.step(); single.collect() }
        #expect(jump.log.count > 50)
        #expect(jump.log == small.log)
        #expect(jump.log == single.log)
    }

    @Test("a copied game runs on exactly like the original: the game is a value")
    func copiesRunAlike() {
        var original = GameDriver(seed: 9)
        original.advance(by: 7_000)
        var copy = original
        original.perform(.hold(blue))
        copy.perform(.hold(blue))
        original.advance(by: 60_000)
        copy.advance(by: 60_000)
        #expect(original.log == copy.log)
        // And the copy did not share state with the original: acting on one leaves the other alone.
        copy.perform(.release(blue))
        #expect(original.game.nodes[blue].isHeld)
    }
}
