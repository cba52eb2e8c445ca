import Testing
@testable import GameCore

@Suite("The exhaustive checker explores the game's own handlers")
struct CheckerTests {
    @Test("real Paxos up to ballot 3 is explored completely and never breaks")
    func paxosSmallBoundComplete() {
        let result = ExhaustiveChecker(rules: threeNodes, maxBallot: 3).run()
        #expect(result.complete)
        #expect(result.violations.isEmpty)
        #expect(result.states > 5_000, "\(result.states) states: the search is too shallow to mean much")
    }

    @Test("every broken variant breaks Agreement, and the trace is a shortest one", arguments: [
        (Variant.amnesia, 12), (.stubborn, 10), (.promiseBreaker, 10), (.smallQuorum, 2),
    ])
    func variantsBreak(variant: Variant, expectedSteps: Int) throws {
        let result = ExhaustiveChecker(rules: ProtocolRules(nodeCount: 3, variant: variant), maxBallot: 2).run()
        let trace = try #require(result.violations.first { $0.invariant == .agreement })
        #expect(trace.steps.count == expectedSteps)
        #expect(result.depth == expectedSteps, "breadth-first: no shorter trace was left unexplored")
        let final = trace.replay().final
        #expect(final.ledger.decidedValues.count == 2)
    }

    @Test("a counterexample replayed by the timed game reaches two different decided values", arguments: [
        Variant.amnesia, .stubborn, .promiseBreaker, .smallQuorum,
    ])
    func counterexampleReplays(variant: Variant) throws {
        let trace = try #require(LevelProof.shortestBreak(of: variant))
        var script = ScriptedPlayer(actions: trace.timedActions)
        let outcome = HeadlessRun.play(config: trace.config(seed: 5), player: &script, rounds: 1)
        let game = outcome.finalGame
        #expect(!outcome.stalled)
        #expect(game.ledger.decidedValues.count == 2, "\(variant): decided \(game.ledger.decidedValues)")
        #expect(!game.everyInvariantHeld)
        #expect(game.now >= trace.timedActions.last!.time, "the whole schedule played")
    }

    @Test("a counterexample written as a recording reads back as the same schedule")
    func counterexampleRecordingRoundTrips() throws {
        let trace = try #require(LevelProof.shortestBreak(of: .stubborn))
        let text = trace.recordingLines(seed: 9).joined(separator: "\n")
        let recording = try RecordingReader.parse(text)
        #expect(recording.followsSchedule)
        #expect(recording.variant == .stubborn)
        #expect(recording.seed == 9)
        #expect(recording.actions == trace.timedActions)
    }

    @Test("a game that follows a schedule never times out on its own")
    func scheduleStopsTimers() {
        var game = PaxosGame(config: GameConfig(seed: 3, followsSchedule: true))
        game.advance(to: 600_000)
        let events = game.drainEvents()
        #expect(!events.contains { if case .prepare = $0.kind { return true } else { return false } })
        #expect(game.nextEventTime == nil)
    }

    @Test("schedule steps are refused in a game that keeps its own time")
    func scheduleStepsNeedSchedule() {
        var game = PaxosGame(config: GameConfig(seed: 3))
        #expect(game.perform(.startBallot(red)) == .scheduleOnly(.startBallot(red)))
        let delivery = PlayerAction.deliver(p1a(1, from: red, to: green))
        #expect(game.perform(delivery) == .scheduleOnly(delivery))
    }

    @Test("a schedule can only deliver a message that was sent")
    func deliverNeedsSentMessage() {
        var game = PaxosGame(config: GameConfig(seed: 3, followsSchedule: true))
        #expect(game.perform(.deliver(p1a(1, from: red, to: green))) == .neverSent(p1a(1, from: red, to: green)))
        #expect(game.perform(.startBallot(red)) == nil)
        #expect(game.network.contains(p1a(1, from: red, to: green)))
        #expect(game.perform(.deliver(p1a(1, from: red, to: green))) == nil)
    }

    @Test("deduplication loses no state: breadth-first with dedup finds exactly what a naive tree walk finds",
          arguments: [(Variant.paxos, 1, 8), (.paxos, 2, 6), (.amnesia, 1, 7)])
    func dedupMatchesNaiveSearch(variant: Variant, maxBallot: Ballot, depth: Int) {
        let checker = ExhaustiveChecker(rules: ProtocolRules(nodeCount: 3, variant: variant), maxBallot: maxBallot)
        let deduplicated = checker.reachableKeys(within: depth)
        var naive = Set<StateKey>()
        func walk(_ state: ModelState, _ left: Int) {
            naive.insert(state.key())
            if left > 0 {
                for (_, next) in checker.successors(of: state) { walk(next, left - 1) }
            }
        }
        walk(ModelState(rules: checker.rules), depth)
        #expect(naive.count > 100)
        #expect(deduplicated == naive)
    }

    /// Every reachable state with the network set aside (and, if asked, no node down), as comparable words:
    /// what two search settings must agree on when a reduction is sound.
    static func projections(_ checker: ExhaustiveChecker, ignoringDown: Bool) -> Set<[Int]> {
        var seen: Set<StateKey> = []
        var found: Set<[Int]> = []
        var frontier = [ModelState(rules: checker.rules)]
        while !frontier.isEmpty {
            var next: [ModelState] = []
            for state in frontier {
                checker.forEachSuccessor(of: state) { _, moved in
                    guard seen.insert(moved.key()).inserted else { return true }
                    next.append(moved)
                    var copy = moved
                    copy.sent = []
                    if ignoringDown { copy.down = NodeSet() }
                    found.insert(copy.key().words.map { Int(bitPattern: UInt($0)) })
                    return true
                }
            }
            frontier = next
        }
        return found
    }

    static func expectSame(_ first: Set<[Int]>, _ second: Set<[Int]>) {
        #expect(first.count > 1_000)
        #expect(first.count == second.count)
        #expect(first.subtracting(second).isEmpty && second.subtracting(first).isEmpty,
                "\(first.subtracting(second).count) only in the first, \(second.subtracting(first).count) only in the second")
    }

    @Test("forgetting dead messages loses no behaviour: the same node and safety states are reachable",
          arguments: [(Variant.paxos, 2), (.stubborn, 2), (.promiseBreaker, 2)])
    func forgettingDeadMessagesIsSound(variant: Variant, maxBallot: Ballot) {
        let rules = ProtocolRules(nodeCount: 3, variant: variant)
        func checker(forgetting: Bool) -> ExhaustiveChecker {
            ExhaustiveChecker(rules: rules, maxBallot: maxBallot, stateLimit: nil,
                              forgetsDeadMessages: forgetting, modelsDownTime: false)
        }
        Self.expectSame(Self.projections(checker(forgetting: true), ignoringDown: false),
                        Self.projections(checker(forgetting: false), ignoringDown: false))
    }

    @Test("forgetting dead messages merges states: far fewer to explore")
    func forgettingDeadMessagesShrinks() {
        let small = ExhaustiveChecker(rules: threeNodes, maxBallot: 2).run()
        let full = ExhaustiveChecker(rules: threeNodes, maxBallot: 2, stateLimit: nil, forgetsDeadMessages: false,
                                     modelsDownTime: false).run()
        #expect(small.complete && full.complete)
        #expect(small.states * 2 < full.states)
    }

    @Test("a crash that lasts no time reaches the same node and safety states as crashes with down time",
          arguments: [(Variant.paxos, 2), (.stubborn, 2)])
    func restartsCoverDownTime(variant: Variant, maxBallot: Ballot) {
        let rules = ProtocolRules(nodeCount: 3, variant: variant)
        func checker(downTime: Bool) -> ExhaustiveChecker {
            ExhaustiveChecker(rules: rules, maxBallot: maxBallot, stateLimit: nil,
                              forgetsDeadMessages: true, modelsDownTime: downTime)
        }
        // A node that is down could equally have restarted: compare as if every node were up.
        Self.expectSame(Self.projections(checker(downTime: false), ignoringDown: true),
                        Self.projections(checker(downTime: true), ignoringDown: true))
    }

    @Test("a state rebuilt from its key has the same key and the same moves", arguments: Variant.allCases)
    func keysDecode(variant: Variant) {
        let rules = ProtocolRules(nodeCount: 3, variant: variant)
        let checker = ExhaustiveChecker(rules: rules, maxBallot: 4)
        var frontier = [ModelState(rules: rules)]
        var checked = 0
        for _ in 0..<7 {
            var next: [ModelState] = []
            for state in frontier.prefix(300) {
                let rebuilt = ModelState(decoding: state.key().words[...], rules: rules)
                #expect(rebuilt.key() == state.key())
                #expect(rebuilt.nodes == state.nodes)
                #expect(rebuilt.ledger.votes == state.ledger.votes && rebuilt.ledger.proposals == state.ledger.proposals)
                let moves = checker.successors(of: state).map { $0.1.key() }
                #expect(checker.successors(of: rebuilt).map { $0.1.key() } == moves)
                next += checker.successors(of: state).map(\.1)
                checked += 1
            }
            frontier = next
        }
        #expect(checked > 500)
    }

    @Test("two states share a key only if they are the same state (up to which promise was broken)")
    func keysSeparateStates() {
        let checker = ExhaustiveChecker(rules: threeNodes, maxBallot: 2)
        var byKey: [StateKey: ModelState] = [:]
        var frontier = [ModelState(rules: threeNodes)]
        for _ in 0..<9 {
            var next: [ModelState] = []
            for state in frontier {
                for (_, moved) in checker.successors(of: state) {
                    let key = moved.key()
                    if let known = byKey[key] {
                        #expect(known == moved, "two different states got one key")
                    } else {
                        byKey[key] = moved
                        next.append(moved)
                    }
                }
            }
            frontier = next
        }
        #expect(byKey.count > 1_000)
    }
}
