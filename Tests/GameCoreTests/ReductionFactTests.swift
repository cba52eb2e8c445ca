import Testing
@testable import GameCore

@Suite("The checker's shortcuts check the facts they rest on")
struct ReductionFactTests {
    @Test("real Paxos and every level keep every fact their rules claim: no shortcut is turned off",
          arguments: Variant.allCases)
    func levelsKeepTheirFacts(variant: Variant) {
        let result = ExhaustiveChecker(rules: ProtocolRules(nodeCount: 3, variant: variant), maxBallot: 2).run()
        #expect(result.notes.isEmpty, "\(variant): \(result.notes)")
    }

    @Test("a crash that forgets the promise breaks the shortcuts' facts: the checker says so and searches without them")
    func crashForgetsPromiseIsCaught() throws {
        let rules = ProtocolRules(nodeCount: 3, variant: .paxos, plantedBug: .crashForgetsPromise)
        let checker = ExhaustiveChecker(rules: rules, maxBallot: 2)
        let result = checker.run()
        #expect(checker.workerCount == 1, "the search after a broken fact runs on one worker")
        let note = try #require(result.notes.first, "the planted bug went unnoticed")
        #expect(note.contains("a promise never goes down"))
        #expect(!checker.facts.contains(.promisesNeverDrop) && !checker.facts.contains(.crashKeepsAcceptor))
        #expect(checker.staysDownWhenCrashed, "with the crash fact gone, down time is modelled")
        // The search it fell back to keeps only the shortcut that rests on no fact: merging proposer fields no
        // handler reads again (`StateEquivalenceTests` shows it sound on every level).
        let fallbackFree = ExhaustiveChecker(rules: rules, maxBallot: 2, stateLimit: nil, forgetsDeadMessages: false,
                                             modelsDownTime: true, clearsDeadFields: true)
        fallbackFree.workerCount = 1
        let unreduced = fallbackFree.run()
        #expect(result.states == unreduced.states)
    }
}
