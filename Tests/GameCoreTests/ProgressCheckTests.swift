import Testing
@testable import GameCore

@Suite("The checker checks progress: a quiet network decides")
struct ProgressCheckTests {
    @Test("real Paxos: every state with a ballot left above every promise can still decide", arguments: [3, 5])
    func paxosAlwaysCanDecide(nodeCount: Int) throws {
        let result = ExhaustiveChecker(rules: ProtocolRules(nodeCount: nodeCount), maxBallot: nodeCount == 3 ? 2 : 1).run()
        let progress = try #require(result.progress)
        #expect(progress.stuck == nil, "\(progress.stuck?.narration ?? [])")
        #expect(progress.checked > 0, "the continuation was tried somewhere")
    }

    @Test("an acceptor that accepts only strictly above its promise keeps safety but never decides: a progress violation")
    func strictAcceptIsStuck() throws {
        let rules = ProtocolRules(nodeCount: 3, variant: .paxos, plantedBug: .strictAccept)
        let result = ExhaustiveChecker(rules: rules, maxBallot: 2).run()
        #expect(result.violations.isEmpty, "safety still holds")
        let stuck = try #require(result.progress?.stuck, "the stall went unnoticed")
        #expect(stuck.pathLength == 0, "from the very start nothing can decide")
        #expect(stuck.narration.last?.hasPrefix("Stuck") == true)
        // The trace replays through the timed game, with the same bug, to no decision at all.
        var script = ScriptedPlayer(actions: stuck.timedActions)
        var config = stuck.config(seed: 2)
        config.rules = rules
        let outcome = HeadlessRun.play(config: config, player: &script, rounds: 1)
        #expect(outcome.finalGame.ledger.decisions.isEmpty)
        #expect(outcome.finalGame.ledger.votes.count == 1, "only the leader's own accept")
        let last = try #require(stuck.timedActions.last)
        #expect(outcome.finalGame.now >= last.time, "the whole schedule played")
    }
}
