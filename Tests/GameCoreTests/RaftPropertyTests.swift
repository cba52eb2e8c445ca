import Testing
import GameCore

/// One random run: nodes stand, messages are delivered in random order, duplicated, dropped, and nodes crash.
/// Returns the first broken invariant with its evidence, or nil, and what happened.
private func randomRun(seed: UInt64, rules: RaftRules, moves: Int, maxTerm: Term)
    -> (broken: String?, commits: Int, leaders: Int) {
    var random = SeededGenerator(seed: seed)
    var net = RaftNet(rules: rules)
    var checked = -1
    for move in 0..<moves {
        let roll = random.int(in: 0...99)
        if roll < 8 {
            let node = random.int(in: 0...(rules.nodeCount - 1))
            if rules.nextTerm(for: node, above: net.nodes[node].currentTerm) <= maxTerm { net.stand(node) }
        } else if roll < 11 {
            net.crash(random.int(in: 0...(rules.nodeCount - 1)))
        } else if !net.inFlight.isEmpty {
            let index = random.int(in: 0...(net.inFlight.count - 1))
            let message = net.inFlight[index]
            // Sometimes the network loses it, sometimes it delivers a copy and keeps the original for later.
            let fate = random.int(in: 0...9)
            if fate >= 2 { net.inFlight.remove(at: index) }
            if fate != 9 { net.apply(RaftNode.receive(message, state: net.nodes[message.to], rules: rules)) }
        }
        if net.ledger.version != checked {
            checked = net.ledger.version
            if let bad = RaftInvariant.allCases.first(where: { !$0.holds(on: net.ledger) }) {
                return ("\(bad.title) broken at move \(move): \(bad.evidence(on: net.ledger))", 0, 0)
            }
        }
    }
    let commits = net.ledger.decisions.isEmpty ? 0 : 1
    return (nil, commits, net.ledger.leaders.count)
}

@Suite("Raft properties: random delivery orders never break real Raft")
struct RaftPropertyTests {
    /// 40 batches of 100 seeds: 4,000 runs of 300 moves with three nodes.
    static let batches: [UInt64] = Array(0..<40)

    @Test("three nodes: every invariant holds in every state of 4,000 random runs", arguments: batches)
    func safeWithThree(batch: UInt64) {
        var commits = 0
        for seed in (batch * 100 + 1)...(batch * 100 + 100) {
            let run = randomRun(seed: seed, rules: raftThree, moves: 300, maxTerm: 12)
            #expect(run.broken == nil, "seed \(seed): \(run.broken ?? "")")
            commits += run.commits
        }
        // The runs must reach commits at all, or they would show nothing.
        #expect(commits > 50, "batch \(batch): only \(commits) runs committed")
    }

    @Test("five nodes: every invariant holds in every state of 1,000 random runs", arguments: Array(UInt64(0)..<10))
    func safeWithFive(batch: UInt64) {
        var commits = 0
        for seed in (batch * 100 + 1)...(batch * 100 + 100) {
            let run = randomRun(seed: seed, rules: raftFive, moves: 400, maxTerm: 20)
            #expect(run.broken == nil, "seed \(seed): \(run.broken ?? "")")
            commits += run.commits
        }
        #expect(commits > 30, "batch \(batch): only \(commits) runs committed")
    }

    @Test("the same random runs break each broken variant somewhere", arguments: [RaftVariant.noElectionRestriction, .amnesia, .smallQuorum])
    func variantsBreak(variant: RaftVariant) {
        let rules = RaftRules(nodeCount: 3, variant: variant)
        let firstBreak = (UInt64(1)...2000).first { randomRun(seed: $0, rules: rules, moves: 300, maxTerm: 12).broken != nil }
        #expect(firstBreak != nil, "\(variant.rawValue): 2,000 random runs never broke it")
    }
}
