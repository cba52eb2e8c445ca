import Testing
@testable import GameCore
import Foundation

/// What an invariant or a future move can depend on, minus the sent messages.
private struct Projection: Hashable {
    let nodes: [RaftNodeState]
    let ledger: RaftLedger
}

/// A state as the history-forgetting key sees it: nodes, and the history an invariant can still use.
private struct LiveProjection: Hashable {
    let nodes: [RaftNodeState]
    let leaders: [Leadership]
    let decisions: [Decision]
    let votes: [RaftVote]
    let stored: [StoredEntry]

    init(_ state: RaftModelState) {
        nodes = state.nodes
        leaders = state.ledger.leaders
        decisions = state.ledger.decisions
        votes = RaftDeadHistory.liveVotes(state.ledger, nodes: state.nodes)
        stored = RaftDeadHistory.liveStored(state.ledger, nodes: state.nodes)
    }
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

    private func liveProjections(rules: RaftRules, forgettingHistory: Bool, maxTerm: Term)
        -> (Set<LiveProjection>, RaftExplorerResult) {
        var seen = Set<LiveProjection>()
        let explorer = RaftExplorer(rules: rules, maxTerm: maxTerm, stateLimit: nil, forgetsDeadMessages: true,
                                    forgetsDeadHistory: forgettingHistory)
        explorer.onNewState = { seen.insert(LiveProjection($0)) }
        return (seen, explorer.run())
    }

    /// Terms up to 3 compare 563,429 states with 1,586,117: minutes even in a release build, so on demand only
    /// (RAFT_EXPLORE_TERMS set), as the larger explorations are.
    static let historyBounds: [Term] = ProcessInfo.processInfo.environment["RAFT_EXPLORE_TERMS"] == nil ? [2] : [2, 3]

    @Test("forgetting dead history in the key loses no behaviour: the same nodes and live history are reachable, from fewer states",
          arguments: RaftReductionTests.historyBounds)
    func forgettingDeadHistoryIsSound(maxTerm: Term) {
        let (small, reduced) = liveProjections(rules: raftThree, forgettingHistory: true, maxTerm: maxTerm)
        let (large, full) = liveProjections(rules: raftThree, forgettingHistory: false, maxTerm: maxTerm)
        print("Raft explorer, terms up to \(maxTerm): \(reduced.states) states with dead history forgotten, \(full.states) without")
        #expect(reduced.complete && full.complete)
        #expect(reduced.violations.isEmpty && full.violations.isEmpty)
        #expect(small == large, "\(large.subtracting(small).count) projections lost, \(small.subtracting(large).count) gained")
        #expect(reduced.states < full.states)
    }

    @Test("forgetting dead history finds each level's broken invariants in as many moves",
          arguments: [RaftVariant.noElectionRestriction, .smallQuorum, .amnesia])
    func forgettingDeadHistoryKeepsEveryBreak(variant: RaftVariant) {
        let rules = RaftRules(nodeCount: 3, variant: variant)
        let (_, reduced) = liveProjections(rules: rules, forgettingHistory: true, maxTerm: 2)
        let (_, full) = liveProjections(rules: rules, forgettingHistory: false, maxTerm: 2)
        let found = { (result: RaftExplorerResult) in result.violations.map { "\($0.invariant.title) in \($0.steps.count)" } }
        #expect(!found(full).isEmpty)
        #expect(found(reduced) == found(full))
    }
}
