import Testing
import GameCore

/// The node that opens round 1 with this seed, found by playing a copy of the game.
func openingProposer(of driver: GameDriver) -> NodeID? {
    var probe = driver
    return probe.runUntil({ $0.isPrepare })?.kind.prepared?.node
}

@Suite("Holds: a held node neither processes nor sends, its timers pause, and it resumes in order")
struct HoldTests {
    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8]

    @Test("a held node's election timer does not advance", arguments: seeds)
    func heldTimerPauses(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        let opener = try #require(openingProposer(of: driver), "seed \(seed)")
        let held = (opener + 1) % 3
        let other = (opener + 2) % 3
        #expect(driver.perform(.hold(held)) == nil)
        let left = driver.game.nodes[held].electionLeft(now: driver.now)
        #expect(left != nil)
        driver.advance(by: 12_000)
        #expect(driver.game.nodes[held].electionLeft(now: driver.now) == left)
        // Meanwhile the rest of the game went on: the unheld follower promised the opener's ballot.
        #expect(driver.kinds.contains { $0 == .promise(node: other, ballot: opener + 1) })
    }

    @Test("a held node never times out, however long it is held", arguments: seeds)
    func heldNodeNeverTimesOut(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        let opener = try #require(openingProposer(of: driver), "seed \(seed)")
        let held = (opener + 2) % 3
        driver.perform(.hold(held))
        driver.advance(by: 300_000)
        #expect(!driver.kinds.contains { $0.actor == held }, "seed \(seed): the held node did something")
        #expect(!driver.kinds.contains { if case .send(let m) = $0 { return m.from == held }; return false })
    }

    @Test("a held node's inbox waits, and after release it is processed in order, one message per 1.5 s",
          arguments: seeds)
    func inboxProcessedInOrderAfterRelease(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        let opener = try #require(openingProposer(of: driver), "seed \(seed)")
        let held = (opener + 1) % 3
        driver.perform(.hold(held))
        driver.advance(by: 40_000)
        let waiting = Array(driver.game.nodes[held].inbox)
        let delivered = driver.kinds.filter { if case .deliver(let m) = $0 { return m.to == held }; return false }
        #expect(waiting.count >= 2, "seed \(seed): expected several messages to wait")
        #expect(waiting.count == delivered.count, "nothing was processed while held")
        #expect(driver.game.nodes[held].state.promised == 0)

        let releasedAt = driver.now
        #expect(driver.perform(.release(held)) == nil)
        var processed: [(Message, Tick)] = []
        while processed.count < waiting.count {
            let before = Array(driver.game.nodes[held].inbox)
            let mark = driver.log.count
            guard driver.game.nextEventTime != nil else { break }
            driver.game.step()
            driver.collect()
            let arrived = driver.events(since: mark).filter { if case .deliver(let m) = $0.kind { return m.to == held }; return false }.count
            let after = driver.game.nodes[held].inbox.count
            if before.count + arrived - after == 1, let head = before.first {
                processed.append((head, driver.now))
            }
        }
        #expect(processed.map(\.0) == waiting, "seed \(seed): processed out of order")
        #expect(processed.map(\.1) == waiting.indices.map { releasedAt + 1_500 * ($0 + 1) })
    }

    @Test("a held node's outbox waits; on release it goes on in order, its send gap resuming where it paused",
          arguments: seeds)
    func outboxWaitsForRelease(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        let (opener, ballot) = try #require(driver.runUntil({ $0.isPrepare })?.kind.prepared, "seed \(seed)")
        // The first p1a left at once; the second waits for the 2 s gap.
        let waiting = Array(driver.game.nodes[opener].outbox)
        #expect(waiting == [p1a(ballot, from: opener, to: threeNodes.others(than: opener)[1])])
        let heldAfterMs = 500
        driver.advance(by: heldAfterMs)
        driver.perform(.hold(opener))
        let mark = driver.log.count
        driver.advance(by: 10_000)
        #expect(!driver.events(since: mark).contains { if case .send(let m) = $0.kind { return m.from == opener }; return false })
        #expect(Array(driver.game.nodes[opener].outbox) == waiting)
        let releasedAt = driver.now
        driver.perform(.release(opener))
        let sent = driver.runUntil { if case .send(let m) = $0 { return m.from == opener }; return false }
        let first = try #require(waiting.first, "seed \(seed): nothing was waiting in the outbox")
        #expect(sent?.kind == .send(first))
        // The gap had 1.5 s left when the hold began; it runs out 1.5 s after the release.
        #expect(sent.map { $0.time - releasedAt } == 2_000 - heldAfterMs)
    }

    @Test("with one node held the other two still decide", arguments: seeds)
    func oneHeldNodeDoesNotStopProgress(seed: UInt64) {
        var driver = GameDriver(seed: seed)
        driver.perform(.hold(blue))
        #expect(driver.runUntil { $0.isDecide } != nil, "seed \(seed)")
        #expect(driver.game.round == 1, "the round waits for the held node to learn")
    }

    @Test("killing a held node ends the hold")
    func killEndsHold() {
        var driver = GameDriver(seed: 1)
        driver.perform(.hold(green))
        #expect(driver.perform(.kill(green)) == nil)
        #expect(driver.kinds.last { if case .kill = $0 { return true }; return false } == .kill(node: green, endedHold: true))
        #expect(!driver.game.nodes[green].isHeld)
        #expect(driver.perform(.release(green)) != nil, "nothing is held any more")
        #expect(driver.perform(.recover(green)) == nil)
        #expect(!driver.game.nodes[green].isHeld)
        #expect(driver.game.nodes[green].isAlive)
    }

    @Test("killing a node that is not held does not claim to end a hold")
    func plainKill() {
        var driver = GameDriver(seed: 1)
        driver.perform(.kill(green))
        #expect(driver.kinds.last == .kill(node: green, endedHold: false))
    }

    @Test("with one node down and another held, even the working node's election timer stops", arguments: seeds)
    func noMajorityPausesEveryTimer(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        let opener = try #require(openingProposer(of: driver), "seed \(seed)")
        let working = (opener + 1) % 3
        driver.perform(.kill(opener))
        driver.advance(by: 1_000)
        let running = driver.game.nodes[working].electionLeft(now: driver.now)
        #expect(running != nil)
        driver.advance(by: 1_000)
        #expect(driver.game.nodes[working].electionLeft(now: driver.now) == running.map { $0 - 1_000 },
                "two of three are up: its timer runs")
        driver.perform(.hold((opener + 2) % 3))
        let paused = driver.game.nodes[working].electionLeft(now: driver.now)
        driver.advance(by: 100_000)
        #expect(driver.game.nodes[working].electionLeft(now: driver.now) == paused, "seed \(seed)")
        #expect(!driver.kinds.contains { $0.isTimeout })
    }

    @Test("kill one and hold another from the start: nothing happens at all, and no points, over ten minutes",
          arguments: seeds)
    func killPlusHoldFromStartStopsEverything(seed: UInt64) {
        var driver = GameDriver(seed: seed)
        driver.perform(.kill(red))
        driver.perform(.hold(green))
        let mark = driver.log.count
        driver.advance(by: 600_000)
        #expect(driver.events(since: mark).isEmpty, "seed \(seed): \(driver.events(since: mark).prefix(3))")
        #expect(driver.game.nextEventTime == nil)
        #expect(driver.game.round == 1)
        #expect(driver.game.score.total == 0)
        #expect(!driver.game.progressPossible)
    }

    @Test("kill one and hold another mid-ballot: no timeouts, no new ballots, no decision, no points; it all resumes on release",
          arguments: seeds)
    func killPlusHoldMidRoundStopsProgress(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        let leader = try #require(driver.runUntil({ $0.isCrownGained })?.kind.crowned, "seed \(seed)").node
        let followers = threeNodes.others(than: leader)
        driver.perform(.kill(followers[0]))
        driver.perform(.hold(followers[1]))
        let mark = driver.log.count
        driver.advance(by: 600_000)
        let after = driver.events(since: mark).map(\.kind)
        #expect(!after.contains { $0.isTimeout || $0.isPrepare || $0.isDecide || $0.isCrownGained }, "seed \(seed)")
        #expect(driver.game.nextEventTime == nil, "seed \(seed): the game went quiet")
        #expect(driver.game.round == 1)
        #expect(driver.game.score.total == 0)
        #expect(driver.game.stats.crownsToppled == 0)
        // Releasing the held node lets the round finish.
        driver.perform(.release(followers[1]))
        #expect(driver.runUntil { $0.isRoundEnd } != nil, "seed \(seed)")
    }
}
