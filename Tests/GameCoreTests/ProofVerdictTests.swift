import Testing
import GameCore

@Suite("The pane's verdict: the same words whichever checker gave it")
struct ProofVerdictTests {
    @Test("real Raft with 3 nodes and terms up to 2: every state searched, no break, said in terms")
    func raftVerdict() {
        var seen: [Int] = []
        let verdict = LevelProof.raftVerdict(nodeCount: 3, maxTerm: 2) { seen.append($0) }
        #expect(!verdict.broken)
        #expect(verdict.summary.hasPrefix("Checked all "))
        #expect(verdict.summary.contains("with 3 nodes and terms 1 to 2, every delivery order, loss and crash: no way to break it"))
        #expect(verdict.shortSummary.hasSuffix("(3 nodes, terms 1 to 2)"))
        let states = RaftExplorer(rules: RaftRules(nodeCount: 3), maxTerm: 2).run().states
        #expect(verdict.summary.contains("all \(states) states"))
        #expect(!seen.isEmpty && seen == seen.sorted() && (seen.last ?? 0) <= states, "progress only grows")
    }

    @Test("real Paxos: the verdict counts the checker's states in ballots")
    func paxosVerdict() {
        let result = LevelProof.paxosVerdict(nodeCount: 3)
        let verdict = LevelProof.verdict(result)
        #expect(!verdict.broken)
        #expect(verdict.summary == "Checked all \(result.states) states with 3 nodes and ballots 1 to \(result.maxBallot), "
            + "every delivery order, loss and crash: no way to break it")
        #expect(verdict.shortSummary == "no break in all \(result.states) states (3 nodes, ballots 1 to \(result.maxBallot))")
    }

    @Test("a broken run names the invariant and the steps, in both lengths", arguments: [false, true])
    func brokenWording(complete: Bool) {
        let verdict = ProofVerdict(states: 10, complete: complete, nodeCount: 3, bound: 2, boundWord: "terms",
                                   brokenAfter: ("Agreement", 7))
        #expect(verdict.broken)
        #expect(verdict.summary == "The checker broke Agreement in 7 steps")
        #expect(verdict.shortSummary == "broke Agreement in 7 steps")
    }

    @Test("a search stopped before the end says it covered a part only")
    func partial() {
        let verdict = ProofVerdict(states: 500, complete: false, nodeCount: 5, bound: 2, boundWord: "ballots", brokenAfter: nil)
        #expect(verdict.summary.contains("(a part only"))
        #expect(verdict.shortSummary == "no break in 500 states (5 nodes, ballots 1 to 2, a part only)")
    }
}
