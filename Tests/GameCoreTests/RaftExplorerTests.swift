import Testing
import GameCore
import Foundation

@Suite("Raft explorer: every reachable state of real Raft is safe, and each broken variant loses Agreement")
struct RaftExplorerTests {
    /// Explores real Raft with three nodes and reports its size and speed.
    private func explore(maxTerm: Term) throws -> RaftExplorerResult {
        let clock = ContinuousClock()
        var result: RaftExplorerResult?
        let took = clock.measure {
            result = RaftExplorer(rules: raftThree, maxTerm: maxTerm).run { states, moves, depth in
                FileHandle.standardError.write(Data("Raft explorer, terms up to \(maxTerm), depth \(depth): \(states) states, \(moves) transitions\n".utf8))
            }
        }
        let found = try #require(result)
        print("Raft explorer, 3 nodes, terms up to \(maxTerm): \(found.states) states, \(found.transitions) transitions, depth \(found.depth), \(took)")
        return found
    }

    @Test("three nodes, terms up to 2 (Red 1, Green 2): every state explored, every invariant holds")
    func realRaftIsSafe() throws {
        let found = try explore(maxTerm: 2)
        #expect(found.complete)
        // 7,651 states with dead history merged (16,711 without): enough to mean something.
        #expect(found.states > 5_000, "the exploration saw too little to mean anything")
        #expect(found.violations.isEmpty, "\(found.violations.map { "\($0.invariant.title): \($0.lines)" })")
    }

    /// The larger bounds take minutes to hours; run them on demand: RAFT_EXPLORE_TERMS=3 swift test -c release --filter RaftExplorerTests
    @Test("three nodes, terms up to RAFT_EXPLORE_TERMS: every invariant holds",
          .enabled(if: ProcessInfo.processInfo.environment["RAFT_EXPLORE_TERMS"] != nil))
    func realRaftIsSafeAtLargerBound() throws {
        let terms = try #require(ProcessInfo.processInfo.environment["RAFT_EXPLORE_TERMS"].flatMap { Int($0) })
        let found = try explore(maxTerm: terms)
        #expect(found.complete)
        #expect(found.violations.isEmpty, "\(found.violations.map { "\($0.invariant.title): \($0.lines)" })")
    }

    @Test("each broken variant: a short trace to two committed values, which the handlers replay",
          arguments: [RaftVariant.noElectionRestriction, .amnesia, .smallQuorum])
    func variantBreaks(variant: RaftVariant) throws {
        let rules = RaftRules(nodeCount: 3, variant: variant)
        let result = RaftExplorer(rules: rules, maxTerm: 2).run()
        let trace = try #require(result.violations.first { $0.invariant == .agreement }, "\(variant.rawValue) held")
        print("Raft \(variant.rawValue): Agreement broken after \(trace.steps.count) moves, \(result.states) states\n  "
              + trace.lines.joined(separator: "\n  "))
        #expect(trace.steps.count <= 12)
        let end = try #require(RaftExplorer.replay(trace.steps, rules: rules))
        #expect(end.ledger.decidedValues.count == 2)
        // Real Raft, given the same moves, refuses somewhere: the trace does not replay to a break.
        if let real = RaftExplorer.replay(trace.steps, rules: raftThree) {
            #expect(real.ledger.decidedValues.count <= 1)
        }
    }
}
