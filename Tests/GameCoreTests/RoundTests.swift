import Testing
import GameCore

/// Plays round 1 untouched and returns the driver and round 1's events (start to end, inclusive).
private func faultFreeRound(seed: UInt64, nodeCount: Int) -> (GameDriver, [GameEvent]) {
    var driver = GameDriver(seed: seed, nodeCount: nodeCount)
    let end = driver.runUntil { $0.isRoundEnd }
    #expect(end != nil, "seed \(seed): round 1 never ended")
    return (driver, driver.log)
}

@Suite("Rounds: a fault-free round, timing, and how rounds end")
struct RoundTests {
    static let seeds: [UInt64] = Array(1...12)

    @Test("a fault-free round has exactly one leader, decides the first proposer's colour, and every node learns",
          arguments: [3, 5], seeds)
    func faultFreeRoundDecidesFirstProposer(nodeCount: Int, seed: UInt64) throws {
        let (driver, events) = faultFreeRound(seed: seed, nodeCount: nodeCount)
        let kinds = events.map(\.kind)
        let prepares = kinds.filter(\.isPrepare)
        #expect(prepares.count == 1, "seed \(seed): \(prepares)")
        let first = try #require(prepares.first?.prepared).node
        let crowns = kinds.crownsGained
        #expect(crowns.count == 1, "seed \(seed)")
        #expect(crowns.first?.node == first)
        #expect(crowns.first?.value == first)
        #expect(kinds.crownsLost.isEmpty)
        #expect(!kinds.contains { $0.isTimeout }, "seed \(seed): a fault-free round has no timeouts")
        // Every node comes to know the first proposer's colour: the leader decides, the others learn.
        for id in 0..<nodeCount {
            let knows = kinds.contains { kind in
                switch kind {
                case .decide(id, _, let v), .learn(id, _, let v): return v == first
                default: return false
                }
            }
            #expect(knows, "seed \(seed): node \(id) never learned")
        }
        #expect(driver.game.lastRound?.value == first)
        #expect(driver.game.lastRound?.points == 0)
        #expect(driver.game.lastRound?.invariantsHeld == true)
    }

    @Test("the round's first proposer starts 1.5 to 3 s after the round starts", arguments: seeds)
    func firstProposerStartsEarly(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        for _ in 1...3 {
            let start = try #require(driver.runUntil({ $0.isRoundStart }) ?? driver.log.first(where: { $0.kind.isRoundStart }),
                                     "seed \(seed): no round started")
            let nextPrepare = driver.runUntil { $0.isPrepare }
            let prepare = try #require(nextPrepare, "seed \(seed): no ballot started")
            #expect((1_500...3_000).contains(prepare.time - start.time), "seed \(seed)")
            driver.runUntil { $0.isRoundEnd }
        }
    }

    @Test("a message flies 5 s, and every delivered message was sent 5 s earlier", arguments: seeds)
    func flightTakesFiveSeconds(seed: UInt64) {
        let (_, events) = faultFreeRound(seed: seed, nodeCount: 3)
        var sentAt: [Message: Tick] = [:]
        var delivered = 0
        for event in events {
            switch event.kind {
            case .send(let m): sentAt[m] = event.time
            case .deliver(let m):
                #expect(sentAt[m].map { event.time - $0 } == 5_000, "seed \(seed): \(m.label)")
                delivered += 1
            default: break
            }
        }
        #expect(delivered == sentAt.count, "seed \(seed): every message of a fault-free round lands")
    }

    @Test("a node's sends are staggered 2 s apart", arguments: [3, 5])
    func sendsAreStaggered(nodeCount: Int) throws {
        let (_, events) = faultFreeRound(seed: 3, nodeCount: nodeCount)
        let prepare = try #require(events.first(where: { $0.kind.isPrepare }), "no ballot")
        let leader = try #require(prepare.kind.prepared).node
        let p1aTimes = events.compactMap { event -> Tick? in
            if case .send(let m) = event.kind, m.kind == .p1a, m.from == leader { return event.time }
            return nil
        }
        #expect(p1aTimes == (0..<(nodeCount - 1)).map { prepare.time + 2_000 * $0 })
    }

    @Test("processing a message takes 1.5 s: an idle acceptor promises 1.5 s after the p1a lands")
    func processingTakesOneAndAHalfSeconds() throws {
        let (_, events) = faultFreeRound(seed: 5, nodeCount: 3)
        let delivery = try #require(events.first(where: { $0.kind.delivered?.kind == .p1a }), "no p1a delivered")
        let message = try #require(delivery.kind.delivered)
        let promise = events.first { $0.kind == .promise(node: message.to, ballot: message.ballot) }
        #expect(promise.map { $0.time - delivery.time } == 1_500)
    }

    @Test("the round's first proposer is a random live node")
    func firstProposerIsRandomAndLive() {
        var openers = Set<NodeID>()
        for seed in UInt64(1)...30 {
            if let opener = openingProposer(of: GameDriver(seed: seed)) { openers.insert(opener) }
        }
        #expect(openers == [red, green, blue], "over 30 seeds every node opens some round")
        // With Green dead from the start, Green never opens a round.
        var player = ScriptedPlayer(actions: [TimedAction(time: 0, action: .kill(green))])
        var openersWithGreenDead: [NodeID] = []
        var expectingOpener = true
        _ = HeadlessRun.play(config: GameConfig(seed: 3), player: &player, rounds: 30, onEvents: { events in
            for event in events {
                if event.kind.isRoundStart { expectingOpener = true }
                if expectingOpener, case .prepare(let n, _) = event.kind {
                    openersWithGreenDead.append(n)
                    expectingOpener = false
                }
            }
        })
        #expect(openersWithGreenDead.count >= 30)
        #expect(!openersWithGreenDead.contains(green))
        #expect(Set(openersWithGreenDead) == [red, blue])
    }

    @Test("a follower's election timer restarts at 15 to 25 s when it hears progress", arguments: seeds)
    func progressResetsElectionTimer(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        for _ in 0..<2 {
            let follower = try #require(driver.runUntil({
                if case .promise(let n, let b) = $0 { return threeNodes.owner(of: b) != n }; return false
            })?.kind.promised, "seed \(seed): nobody promised").node
            let left = driver.game.nodes[follower].electionLeft(now: driver.now)
            #expect(left.map { (15_000...25_000).contains($0) } == true, "seed \(seed): \(String(describing: left))")
        }
    }

    @Test("when the first proposer is gone, another node times out after 15 to 25 s", arguments: seeds)
    func electionTimeoutRange(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        var probe = driver
        let opener = try #require(probe.runUntil({ $0.isPrepare })?.kind.prepared, "seed \(seed): no opening ballot").node
        #expect(driver.perform(.kill(opener)) == nil)
        let firstTimeout = driver.runUntil { $0.isTimeout }
        let timeout = try #require(firstTimeout, "seed \(seed): nobody timed out")
        let who = try #require(timeout.kind.timedOut)
        #expect(who != opener)
        #expect((15_000...25_000).contains(timeout.time), "seed \(seed): timed out at \(timeout.time)")
        // The node that timed out starts its ballot at once.
        #expect(driver.log.last(where: { $0.kind.isPrepare })?.time == timeout.time)
    }

    @Test("every untouched round, not only the first, has one leader, no timeouts, and decides the first proposer's colour",
          arguments: [3, 5])
    func everyUntouchedRoundHasOneLeader(nodeCount: Int) throws {
        for seed in UInt64(1)...10 {
            var player = IdlePlayer()
            var rounds: [[EventKind]] = [[]]
            let outcome = HeadlessRun.play(config: GameConfig(seed: seed, nodeCount: nodeCount), player: &player, rounds: 20,
                                           onEvents: { events in
                for event in events {
                    rounds[rounds.count - 1].append(event.kind)
                    if event.kind.isRoundEnd { rounds.append([]) }
                }
            })
            try #require(outcome.rounds.count == 20, "N=\(nodeCount) seed \(seed): \(outcome.stallReason ?? "fewer rounds")")
            for (index, kinds) in rounds.prefix(20).enumerated() {
                let opener = kinds.first { $0.isPrepare }?.actor
                let where_ = "N=\(nodeCount) seed \(seed) round \(index + 1)"
                #expect(!kinds.contains { $0.isTimeout }, "\(where_): a follower timed out")
                #expect(kinds.crownsGained.count == 1, "\(where_): \(kinds.crownsGained.count) leaders")
                #expect(outcome.rounds[index].value == opener, "\(where_): decided another colour")
                #expect(outcome.rounds[index].points == 0, "\(where_): a point without a player")
            }
        }
    }

    @Test("a round ends 3 s after every live node has learned, and the next starts at once", arguments: seeds)
    func roundEndsThreeSecondsAfterLastLearn(seed: UInt64) throws {
        let (_, events) = faultFreeRound(seed: seed, nodeCount: 3)
        let lastLearned = events.filter { if case .learn = $0.kind { return true }; return $0.kind.isDecide }.map(\.time).max()
        let end = try #require(events.first(where: { $0.kind.roundEnded?.round == 1 }), "seed \(seed): round 1 did not end")
        #expect(lastLearned.map { end.time - $0 } == 3_000)
        // Round 2 starts at the same tick, right after round 1's end.
        let next = events.firstIndex { $0.kind == .roundStart(round: 2) }
        #expect(next.map { events[$0].time } == end.time)
        #expect(next.map { events[$0 - 1] } == end)
    }

    @Test("a round with a dead node ends once the live nodes have learned", arguments: seeds)
    func deadNodesDoNotHoldUpTheRound(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        var probe = driver
        let opener = try #require(probe.runUntil({ $0.isPrepare })?.kind.prepared, "seed \(seed)").node
        let victim = (opener + 1) % 3
        #expect(driver.perform(.kill(victim)) == nil)
        let end = driver.runUntil { $0.isRoundEnd }
        #expect(end != nil, "seed \(seed)")
        #expect(driver.game.lastRound?.value == opener)
        // The dead node learned nothing: the p3 sent to it was dropped.
        #expect(!driver.kinds.contains { if case .learn(victim, _, _) = $0 { return true }; return false })
    }

    @Test("the next round starts fresh: no promises, votes or decisions carry over", arguments: seeds)
    func nextRoundStartsFresh(seed: UInt64) {
        var driver = GameDriver(seed: seed)
        driver.runUntil { $0.isRoundEnd }
        #expect(driver.game.round == 2)
        for runtime in driver.game.nodes {
            #expect(runtime.state == NodeState(id: runtime.id), "seed \(seed): node \(runtime.id) kept state")
            #expect(runtime.inbox.isEmpty && runtime.outbox.isEmpty)
        }
        #expect(driver.game.flights.isEmpty)
        #expect(driver.game.ledger.votes.isEmpty)
        #expect(driver.game.ledger.decisions.isEmpty)
        // And round 2 decides again.
        #expect(driver.runUntil { $0.isRoundEnd } != nil)
        #expect(driver.game.lastRound?.round == 2)
    }

    @Test("crashes carry over to the next round")
    func crashesCarryOver() {
        var driver = GameDriver(seed: 4)
        #expect(driver.perform(.kill(blue)) == nil)
        driver.runUntil { $0.isRoundEnd }
        #expect(driver.game.round == 2)
        #expect(!driver.game.nodes[blue].isAlive)
        #expect(driver.game.refusal(of: .kill(red)) == .tooManyDown(down: [blue], maxDown: 1, nodeCount: 3),
                "Blue is still down, so a second kill is refused")
        #expect(driver.runUntil { $0.isRoundEnd } != nil, "two of three still decide")
        #expect(driver.game.lastRound?.value != blue)
    }

    @Test("holds carry over to the next round")
    func holdsCarryOver() {
        var driver = GameDriver(seed: 4)
        // Hold a node after every node has learned, during the grace before the round ends.
        while !driver.game.nodes.allSatisfy({ $0.state.learned != nil }) {
            guard driver.runUntil({ if case .learn = $0 { return true }; return $0.isDecide }) != nil else { break }
        }
        #expect(driver.game.nodes.allSatisfy { $0.state.learned != nil })
        #expect(driver.game.round == 1)
        #expect(driver.perform(.hold(green)) == nil)
        driver.runUntil { $0.isRoundEnd }
        #expect(driver.game.round == 2)
        #expect(driver.game.nodes[green].isHeld)
    }
}
