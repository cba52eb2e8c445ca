import Testing
@testable import GameCore

@Suite("The swarm adversary makes values compete, where Paxos could go wrong")
struct SwarmTests {
    @Test("at least a fifth of swarm rounds have two values proposed and a second ballot in phase 2",
          arguments: [3, 5])
    func valuesCompete(nodeCount: Int) throws {
        var rounds: [RoundSummary] = []
        for seed: UInt64 in 1...4 {
            var player = RandomAdversary(seed: seed)
            rounds += try playRounds(GameConfig(seed: seed, nodeCount: nodeCount), player: &player, rounds: 100).rounds
        }
        let competing = rounds.filter(\.competingValues).count
        let secondPhase2 = rounds.filter { $0.phaseTwoBallots >= 2 }.count
        #expect(competing * 5 >= rounds.count, "\(competing) of \(rounds.count) rounds had competing values")
        #expect(secondPhase2 * 5 >= rounds.count, "\(secondPhase2) of \(rounds.count) rounds had a second phase 2")
    }

    @Test("a leader that adopts the lowest reported ballot's value instead of the highest is caught by the swarm")
    func lowestValueBugIsCaught() throws {
        var config = GameConfig(seed: Self.lowestValueSeed)
        config.rules = ProtocolRules(nodeCount: 3, variant: .paxos, plantedBug: .adoptsLowestAccepted)
        var player = RandomAdversary(seed: config.seed)
        let outcome = try playRounds(config, player: &player, rounds: Self.lowestValueRounds)
        let violation = try #require(outcome.finalGame.firstViolation,
                                     "seed \(config.seed): \(Self.lowestValueRounds) rounds and no invariant broke")
        #expect(violation.invariant == .chosenLocked || violation.invariant == .agreement)
    }

    /// A seed whose swarm breaks the planted bug within `lowestValueRounds` rounds (of the 2,000 allowed).
    static let lowestValueSeed: UInt64 = 1
    static let lowestValueRounds = 2_000

    @Test("exploration: which seeds catch the lowest-value bug, and when")
    func explore() throws {
        for seed: UInt64 in 1...8 {
            var config = GameConfig(seed: seed)
            config.rules = ProtocolRules(nodeCount: 3, variant: .paxos, plantedBug: .adoptsLowestAccepted)
            var player = RandomAdversary(seed: seed)
            var log: [GameEvent] = []
            let raw = HeadlessRun.play(config: config, player: &player, rounds: 300, onEvents: { log += $0; if log.count > 400 { log.removeFirst(200) } })
            if raw.stalled {
                for event in log.suffix(60) { print("EV \(event.time) \(event.kind)") }
                for n in raw.finalGame.nodes { print("NODE \(n.id) alive \(n.isAlive) held \(n.isHeld) learned \(String(describing: n.state.learned)) role \(n.state.role) election \(String(describing: n.electionLeft(now: raw.finalGame.now)))") }
            }
            let outcome = try playRounds(config, player: &player, rounds: 300)
            let first = outcome.rounds.firstIndex { !$0.invariantsHeld }
            print("EXPLORE seed \(seed): first broken round \(first.map { $0 + 1 } ?? -1); competing \(outcome.rounds.filter(\.competingValues).count)/300")
        }
    }
}
