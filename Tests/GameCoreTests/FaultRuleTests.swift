import Testing
import GameCore

@Suite("Fault rules: what the player may kill and recover, and what a crash does in the game")
struct FaultRuleTests {
    private func refusedEvents(_ driver: GameDriver) -> [(PlayerAction, Refusal)] {
        driver.kinds.compactMap { if case .refused(let a, let r) = $0 { return (a, r) } else { return nil } }
    }

    @Test("with three nodes a second kill is refused, naming the node to recover first")
    func secondKillOfThreeRefused() {
        var driver = GameDriver(seed: 1)
        #expect(driver.perform(.kill(green)) == nil)
        let reason = driver.perform(.kill(blue))
        #expect(reason == .tooManyDown(down: [green], maxDown: 1, nodeCount: 3))
        #expect(reason?.text.contains("Recover Green") == true)
        #expect(driver.game.nodes[blue].isAlive)
        #expect(refusedEvents(driver).map(\.0) == [.kill(blue)])
        #expect(refusedEvents(driver).map(\.1) == [reason])
    }

    @Test("after recovering the down node another node may be killed")
    func killAfterRecover() {
        var driver = GameDriver(seed: 1)
        #expect(driver.perform(.kill(green)) == nil)
        #expect(driver.perform(.recover(green)) == nil)
        #expect(driver.perform(.kill(blue)) == nil)
        #expect(!driver.game.nodes[blue].isAlive)
        #expect(driver.game.nodes[green].isAlive)
    }

    @Test("with five nodes two may be down; a third kill is refused, naming both to recover")
    func thirdKillOfFiveRefused() {
        var driver = GameDriver(seed: 1, nodeCount: 5)
        #expect(driver.perform(.kill(red)) == nil)
        #expect(driver.perform(.kill(yellow)) == nil)
        let reason = driver.perform(.kill(purple))
        #expect(reason == .tooManyDown(down: [red, yellow], maxDown: 2, nodeCount: 5))
        #expect(reason?.text == "Recover Red or Yellow first: at most 2 of 5 may be down")
        #expect(driver.game.nodes[purple].isAlive)
        #expect(driver.game.nodes.filter { !$0.isAlive }.map(\.id) == [red, yellow])
    }

    @Test("actions that make no sense are refused with a reason and change nothing")
    func nonsenseRefused() {
        var driver = GameDriver(seed: 1)
        #expect(driver.perform(.kill(red)) == nil)
        let before = driver.game.nodes.map { ($0.isAlive, $0.isHeld) }
        let cases: [(PlayerAction, Refusal)] = [
            (.kill(red), .alreadyDown(red)),
            (.recover(green), .notDown(green)),
            (.hold(red), .holdWhileDown(red)),
            (.release(blue), .notHeld(blue)),
            (.kill(7), .noSuchNode(7)),
        ]
        for (action, refusal) in cases {
            #expect(driver.perform(action) == refusal, "\(action)")
        }
        #expect(driver.game.nodes.map { ($0.isAlive, $0.isHeld) }.elementsEqual(before, by: ==))
        #expect(refusedEvents(driver).map(\.0) == cases.map(\.0))
    }

    @Test("holding a held node is refused")
    func doubleHoldRefused() {
        var driver = GameDriver(seed: 1)
        #expect(driver.perform(.hold(blue)) == nil)
        #expect(driver.perform(.hold(blue)) == .alreadyHeld(blue))
        #expect(driver.game.nodes[blue].isHeld)
    }

    @Test("a message reaching a dead node is dropped, and the node's state does not change", arguments: [UInt64(1), 2, 3, 4, 5])
    func messagesToDeadNodeDropped(seed: UInt64) {
        var driver = GameDriver(seed: seed)
        #expect(driver.perform(.kill(green)) == nil)
        let drop = driver.runUntil { if case .drop(let m) = $0 { return m.to == green }; return false }
        #expect(drop != nil, "seed \(seed): nothing reached dead Green")
        #expect(!driver.kinds.contains { if case .deliver(let m) = $0 { return m.to == green }; return false })
        #expect(driver.game.nodes[green].state == NodeState(id: green))
        #expect(driver.game.nodes[green].inbox.isEmpty)
        #expect(drop?.kind.sentence.hasSuffix("Green is down") == true)
    }

    @Test("a killed leader's crown is lost; on recovery it keeps its acceptor state and starts as a follower",
          arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func recoveredNodeKeepsAcceptorState(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        let (leader, ballot, _) = try #require(driver.runUntil({ $0.isCrownGained })?.kind.crowned, "seed \(seed): no leader")
        let before = driver.game.nodes[leader].state
        #expect(driver.perform(.kill(leader)) == nil)
        #expect(driver.kinds.crownsLost.last.map { ($0.node, $0.ballot, $0.reason) } ?? (-1, -1, .restarted) == (leader, ballot, .crashed))
        #expect(driver.perform(.recover(leader)) == nil)
        let after = driver.game.nodes[leader].state
        #expect(after.promised == before.promised)
        #expect(after.acceptedBallot == before.acceptedBallot)
        #expect(after.acceptedValue == before.acceptedValue)
        #expect(after.role == .follower)
        #expect(!after.wearsCrown)
        #expect(driver.game.nodes[leader].isAlive)
    }

    @Test("in the amnesia variant a recovered node has forgotten its promise")
    func amnesiaRecoveredNodeForgets() throws {
        var driver = GameDriver(seed: 2, variant: .amnesia)
        let leader = try #require(driver.runUntil({ $0.isCrownGained })?.kind.crowned).node
        #expect(driver.game.nodes[leader].state.promised > 0)
        driver.perform(.kill(leader))
        driver.perform(.recover(leader))
        #expect(driver.game.nodes[leader].state.promised == 0)
        #expect(driver.game.nodes[leader].state.acceptedValue == nil)
    }

    @Test("a killed node's inbox and outbox are emptied: it sends nothing while down")
    func deadNodeSendsNothing() throws {
        var driver = GameDriver(seed: 7)
        let opener = try #require(driver.runUntil({ $0.isPrepare })?.kind.prepared).node
        #expect(!driver.game.nodes[opener].outbox.isEmpty, "its second p1a waits for the stagger")
        driver.perform(.kill(opener))
        let mark = driver.log.count
        driver.advance(by: 60_000)
        #expect(!driver.events(since: mark).contains { if case .send(let m) = $0.kind { return m.from == opener }; return false })
    }
}
