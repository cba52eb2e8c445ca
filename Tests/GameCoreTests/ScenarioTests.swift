import Testing
import GameCore

/// Runs until a node other than the leader accepts the leader's proposal, then kills the leader.
/// Returns the old leader, its ballot and value, and the acceptor that accepted.
private func killLeaderAfterOneAccept(_ driver: inout GameDriver) -> (leader: NodeID, ballot: Ballot, value: Value, acceptor: NodeID)? {
    guard let crown = driver.runUntil({ $0.isCrownGained })?.kind.crowned,
          let acceptor = driver.runUntil({ $0.accepted.map { $0.node != crown.node && $0.ballot == crown.ballot } ?? false })?
              .kind.accepted?.node
    else { return nil }
    let (leader, ballot, value) = crown
    #expect(driver.perform(.kill(leader)) == nil)
    return (leader, ballot, value, acceptor)
}

@Suite("Scenarios: the classic ways to attack Paxos, and why they fail")
struct ScenarioTests {
    static let seeds: [UInt64] = Array(1...10)

    @Test("the leader dies after one other acceptor accepted: the next leader must propose that value",
          arguments: seeds)
    func nextLeaderCarriesAcceptedValue(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        let old = try #require(killLeaderAfterOneAccept(&driver), "seed \(seed): the setup did not happen")
        // With the leader's own vote, a majority accepted: the value is chosen though nobody knows yet.
        #expect(driver.game.ledger.chosen.first?.value == old.value)
        #expect(!driver.kinds.contains { $0.isDecide })
        let (next, ballot, value) = try #require(driver.runUntil({ $0.isCrownGained })?.kind.crowned, "seed \(seed): no new leader")
        #expect(next != old.leader)
        #expect(ballot > old.ballot)
        #expect(value == old.value, "seed \(seed): \(NodeNames.title(next)) proposed \(NodeNames.name(value))")
        driver.runUntil { $0.isRoundEnd }
        #expect(driver.game.lastRound?.value == old.value)
        #expect((driver.game.lastRound?.points ?? 0) >= 1, "the dead leader's crown was toppled")
        #expect(driver.game.everyInvariantHeld)
    }

    @Test("the same attack beats the stubborn variant: the next leader proposes its own colour and breaks the lock",
          arguments: seeds)
    func stubbornLeaderBreaksLock(seed: UInt64) throws {
        var driver = GameDriver(seed: seed, variant: .stubborn)
        let old = try #require(killLeaderAfterOneAccept(&driver), "seed \(seed): the setup did not happen")
        let (next, _, value) = try #require(driver.runUntil({ $0.isCrownGained })?.kind.crowned, "seed \(seed): no new leader")
        #expect(value == next)
        #expect(value != old.value)
        #expect(!Invariant.chosenLocked.holds(on: driver.game.ledger))
        #expect(!driver.game.everyInvariantHeld)
        #expect(driver.game.firstViolation?.invariant == .chosenLocked)
    }

    @Test("dueling proposers: two nodes start ballots, crowns clash, yet safety holds and one value is decided",
          arguments: seeds)
    func duelingProposers(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        // Hold the first proposer right after its first p1a leaves: the third node hears nothing and times out.
        let first = try #require(driver.runUntil({ $0.isPrepare })?.kind.prepared, "seed \(seed)").node
        driver.perform(.hold(first))
        let second = try #require(driver.runUntil({ $0.isPrepare })?.kind.prepared,
                                  "seed \(seed): nobody else started a ballot").node
        #expect(second != first)
        // Let the others get as far as a decision, then let the first proposer go on with its stale ballot.
        #expect(driver.runUntil { $0.isDecide } != nil, "seed \(seed): two working nodes decide")
        driver.perform(.release(first))
        #expect(driver.runUntil { $0.isRoundEnd } != nil, "seed \(seed)")

        let round = driver.log.prefix { !$0.kind.isRoundEnd }.map(\.kind)
        let starters = Set(round.compactMap { if case .prepare(let n, _) = $0 { return n }; return nil })
        #expect(starters.count >= 2)
        var known: [NodeID: Value] = [:]
        for kind in round {
            switch kind {
            case .decide(let n, _, let v), .learn(let n, _, let v): known[n] = v
            default: break
            }
        }
        #expect(known.keys.sorted() == [0, 1, 2], "seed \(seed): everyone learns")
        #expect(Set(known.values).count == 1, "seed \(seed): one value is decided, got \(known)")
        #expect(driver.game.lastRound?.value == known[first])
        #expect(driver.game.everyInvariantHeld, "seed \(seed)")
        // Every acceptor that refused something named a promise above the refused ballot.
        for case .reject(_, let message, let promised) in round {
            #expect(message.kind == .p1a ? promised >= message.ballot : promised > message.ballot)
        }
    }

    @Test("a recovered acceptor keeps its promise: after a crash it rejects the old leader's lower ballot",
          arguments: seeds)
    func recoveredAcceptorRejectsLowerBallot(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        let (leader, oldBallot, _) = try #require(driver.runUntil({ $0.isCrownGained })?.kind.crowned, "seed \(seed)")
        // The leader is held with its second p2a still waiting to be sent.
        let late = threeNodes.others(than: leader)[1]
        #expect(Array(driver.game.nodes[leader].outbox).map(\.to) == [late])
        driver.perform(.hold(leader))
        // Someone times out and the late node promises a higher ballot.
        let newBallot = try #require(driver.runUntil({
            if case .promise(let n, let b) = $0 { return n == late && b > oldBallot }; return false
        })?.kind.promised, "seed \(seed): the late node never promised a higher ballot").ballot
        // It crashes and recovers, keeping that promise.
        #expect(driver.perform(.kill(late)) == nil)
        #expect(driver.perform(.recover(late)) == nil)
        #expect(driver.game.nodes[late].state.promised == newBallot)
        // Now the old leader's p2a reaches it and is refused.
        driver.perform(.release(leader))
        let reject = driver.runUntil {
            if case .reject(let n, let m, _) = $0 { return n == late && m.kind == .p2a && m.ballot == oldBallot }; return false
        }
        let promised = try #require(reject?.kind.rejection, "seed \(seed): the old p2a was not refused").promised
        #expect(promised >= newBallot)
        #expect(!driver.kinds.contains(.accept(node: late, ballot: oldBallot, value: leader)))
        #expect(driver.game.everyInvariantHeld)
    }
}
