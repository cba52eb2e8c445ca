import Testing
import GameCore

/// Watches a game's events and judges safety on its own ledger, independently of the game's own check.
private struct SafetyWatch {
    let rules: ProtocolRules
    var ledger: SafetyLedger
    var round = 0
    var firstBreak: String?
    var down = 0
    var mostDown = 0
    private var checkedVersion = -1

    init(rules: ProtocolRules) {
        self.rules = rules
        ledger = SafetyLedger(rules: rules)
    }

    mutating func see(_ events: [GameEvent]) {
        for event in events {
            switch event.kind {
            case .roundStart(let r):
                round = r
                ledger = SafetyLedger(rules: rules)
                checkedVersion = -1
            case .kill: down += 1
            case .recover: down -= 1
            default: ledger.record(event.kind)
            }
            mostDown = max(mostDown, down)
        }
        // Judge only when the history changed, as the game does; judging is what costs.
        if firstBreak == nil, ledger.version != checkedVersion {
            checkedVersion = ledger.version
            if let bad = Invariant.allCases.first(where: { !$0.holds(on: ledger) }), let time = events.last?.time {
                firstBreak = "\(bad.title) broken in round \(round) at \(Seconds.exact(time)) s: \(bad.evidence(on: ledger))"
            }
        }
    }
}

/// Plays a random adversary against one seed and reports what the watch saw.
private func adversaryRun(seed: UInt64, nodeCount: Int = 3, variant: Variant = .paxos, rounds: Int)
    -> (outcome: HeadlessOutcome, watch: SafetyWatch) {
    let config = GameConfig(seed: seed, nodeCount: nodeCount, variant: variant)
    var player = RandomAdversary(seed: seed)
    var watch = SafetyWatch(rules: config.rules)
    let outcome = HeadlessRun.play(config: config, player: &player, rounds: rounds, onEvents: { watch.see($0) })
    return (outcome, watch)
}

@Suite("Properties: random adversaries never break real Paxos, and do break each broken variant")
struct PropertyTests {
    /// 50 seeds x 200 rounds = 10,000 rounds with three nodes.
    static let seedsForThree: [UInt64] = Array(1...50)
    static let roundsPerSeedForThree = 200
    /// 20 seeds x 100 rounds = 2,000 rounds with five nodes.
    static let seedsForFive: [UInt64] = Array(1...20)
    static let roundsPerSeedForFive = 100

    @Test("with three nodes, every invariant holds in every state of 10,000 random-adversary rounds",
          arguments: seedsForThree)
    func paxosIsSafeWithThree(seed: UInt64) {
        let (outcome, watch) = adversaryRun(seed: seed, rounds: Self.roundsPerSeedForThree)
        #expect(outcome.rounds.count == Self.roundsPerSeedForThree, "seed \(seed): stalled")
        #expect(watch.firstBreak == nil, "seed \(seed): \(watch.firstBreak ?? "")")
        #expect(outcome.everyInvariantHeld, "seed \(seed): the game saw \(String(describing: outcome.finalGame.firstViolation))")
        #expect(outcome.rounds.allSatisfy { $0.invariantsHeld }, "seed \(seed)")
        #expect(watch.mostDown <= 1, "seed \(seed): more than a minority was down")
    }

    @Test("with five nodes, every invariant holds in every state of 2,000 random-adversary rounds",
          arguments: seedsForFive)
    func paxosIsSafeWithFive(seed: UInt64) {
        let (outcome, watch) = adversaryRun(seed: seed, nodeCount: 5, rounds: Self.roundsPerSeedForFive)
        #expect(outcome.rounds.count == Self.roundsPerSeedForFive, "seed \(seed): stalled")
        #expect(watch.firstBreak == nil, "seed \(seed): \(watch.firstBreak ?? "")")
        #expect(outcome.everyInvariantHeld, "seed \(seed): the game saw \(String(describing: outcome.finalGame.firstViolation))")
        #expect(watch.mostDown <= 2, "seed \(seed): more than a minority was down")
    }

    @Test("every round of real Paxos under attack still decides a value that some node proposed",
          arguments: [UInt64(101), 102, 103])
    func roundsStillDecide(seed: UInt64) {
        let (outcome, _) = adversaryRun(seed: seed, rounds: 100)
        #expect(outcome.rounds.allSatisfy { $0.value != nil && $0.decisionMs != nil }, "seed \(seed)")
    }

    @Test("each broken variant shows an invariant violation under a random adversary",
          arguments: [Variant.amnesia, .stubborn, .promiseBreaker, .smallQuorum], [3, 5])
    func brokenVariantsBreak(variant: Variant, nodeCount: Int) {
        var brokenAt: (seed: UInt64, watch: String, game: Invariant?)?
        for seed in UInt64(1)...200 where brokenAt == nil {
            let (outcome, watch) = adversaryRun(seed: seed, nodeCount: nodeCount, variant: variant, rounds: 50)
            // The game's own check and the independent watch agree on whether something broke.
            #expect(outcome.everyInvariantHeld == (watch.firstBreak == nil), "\(variant.rawValue) seed \(seed)")
            if let text = watch.firstBreak { brokenAt = (seed, text, outcome.finalGame.firstViolation?.invariant) }
        }
        #expect(brokenAt != nil, "\(variant.rawValue) with \(nodeCount) nodes never broke in 200 seeds x 50 rounds")
        if let brokenAt {
            print("\(variant.rawValue) N=\(nodeCount): seed \(brokenAt.seed): \(brokenAt.watch)")
        }
    }

    @Test("the promise breaker's violation is a broken promise", arguments: [3, 5])
    func promiseBreakerBreaksPromises(nodeCount: Int) {
        var seen = false
        for seed in UInt64(1)...200 where !seen {
            let (outcome, _) = adversaryRun(seed: seed, nodeCount: nodeCount, variant: .promiseBreaker, rounds: 50)
            if !outcome.everyInvariantHeld {
                seen = true
                #expect(!outcome.finalGame.ledger.brokenPromises.isEmpty || outcome.finalGame.firstViolation?.invariant == .promisesKept,
                        "seed \(seed): \(String(describing: outcome.finalGame.firstViolation))")
            }
        }
        #expect(seen)
    }
}
