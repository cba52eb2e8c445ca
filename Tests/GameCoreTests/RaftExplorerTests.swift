import Testing
import GameCore

@Suite("Raft explorer: every reachable state of real Raft is safe, and each broken variant loses Agreement")
struct RaftExplorerTests {
    @Test("three nodes: every state explored, every invariant holds", arguments: [2, 3])
    func realRaftIsSafe(maxTerm: Term) throws {
        let clock = ContinuousClock()
        var result: RaftExplorerResult?
        let took = clock.measure {
            result = RaftExplorer(rules: raftThree, maxTerm: maxTerm, stateLimit: 3_000_000).run()
        }
        let found = try #require(result)
        print("Raft explorer, 3 nodes, terms up to \(maxTerm): \(found.states) states, \(found.transitions) transitions, depth \(found.depth), \(took)")
        #expect(found.complete)
        #expect(found.violations.isEmpty, "\(found.violations.map { "\($0.invariant.title): \($0.lines)" })")
    }

    @Test("each broken variant: a short trace to two committed values, which the handlers replay",
          arguments: [RaftVariant.noElectionRestriction, .amnesia, .smallQuorum])
    func variantBreaks(variant: RaftVariant) throws {
        let rules = RaftRules(nodeCount: 3, variant: variant)
        let result = RaftExplorer(rules: rules, maxTerm: 4).run()
        let trace = try #require(result.violations.first { $0.invariant == .agreement }, "\(variant.rawValue) held")
        print("Raft \(variant.rawValue): Agreement broken after \(trace.steps.count) moves, \(result.states) states\n  "
              + trace.lines.joined(separator: "\n  "))
        #expect(trace.steps.count <= 16)
        let end = try #require(RaftExplorer.replay(trace.steps, rules: rules))
        #expect(end.ledger.decidedValues.count == 2)
        // Real Raft, given the same moves, refuses somewhere: the trace does not replay to a break.
        if let real = RaftExplorer.replay(trace.steps, rules: raftThree) {
            #expect(real.ledger.decidedValues.count <= 1)
        }
    }
}
