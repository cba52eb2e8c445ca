import Testing
import GameCore

@Suite("Checker: a search too large for memory stops and says so")
struct CheckerMemoryTests {
    @Test("a memory limit stops the search with the depth and state count reached, not a crash")
    func memoryLimitStops() throws {
        let checker = ExhaustiveChecker(rules: ProtocolRules(nodeCount: 3), maxBallot: 8)
        checker.memoryLimitBytes = 8 << 20
        let result = checker.run()
        #expect(!result.complete)
        let stop = try #require(checker.stopped)
        guard case let .outOfMemory(depth, states, limit) = stop else {
            throw StopMismatch(stop: stop)
        }
        #expect(depth >= 1 && states == result.states && limit == 8 << 20)
        #expect(stop.message.hasPrefix("out of memory at depth \(depth) after "))
        #expect(stop.message.hasSuffix("try a smaller --max-ballot"))
    }

    @Test("with room to spare the search completes and reports no stop")
    func noStopWithRoom() {
        let checker = ExhaustiveChecker(rules: ProtocolRules(nodeCount: 3), maxBallot: 2)
        checker.memoryLimitBytes = 1 << 30
        let result = checker.run()
        #expect(result.complete)
        #expect(checker.stopped == nil)
    }
}

/// The checker stopped, but not for memory.
private struct StopMismatch: Error {
    let stop: CheckerStop
}
