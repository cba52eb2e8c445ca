import Testing
@testable import GameCore
import Foundation

/// What an invariant or a future move can depend on, minus the sent messages.
private struct Projection: Hashable {
    let nodes: [RaftNodeState]
    let ledger: RaftLedger
}

@Suite("Raft explorer reductions are sound")
struct RaftReductionTests {
    /// Terms up to 2 without forgetting take minutes in a debug build (282,237 states against 16,711); they run
    /// with RAFT_EXPLORE_TERMS set, as the larger explorations do.
    static let bounds: [Term] = ProcessInfo.processInfo.environment["RAFT_EXPLORE_TERMS"] == nil ? [1] : [1, 2]

    private func projections(forgetting: Bool, maxTerm: Term) -> (Set<Projection>, RaftExplorerResult) {
        var seen = Set<Projection>()
        let explorer = RaftExplorer(rules: raftThree, maxTerm: maxTerm, stateLimit: nil, forgetsDeadMessages: forgetting)
        explorer.onNewState = { seen.insert(Projection(nodes: $0.nodes, ledger: $0.ledger)) }
        let result = explorer.run()
        return (seen, result)
    }

    @Test("forgetting dead replies loses no behaviour: the same node and safety states are reachable, from fewer states",
          arguments: RaftReductionTests.bounds)
    func forgettingDeadRepliesIsSound(maxTerm: Term) {
        let (small, reduced) = projections(forgetting: true, maxTerm: maxTerm)
        let (large, full) = projections(forgetting: false, maxTerm: maxTerm)
        print("Raft explorer, terms up to \(maxTerm): \(reduced.states) states with dead replies forgotten, \(full.states) without")
        #expect(reduced.complete && full.complete)
        #expect(small == large, "\(large.subtracting(small).count) projections lost, \(small.subtracting(large).count) gained")
        #expect(reduced.states < full.states)
    }
}
