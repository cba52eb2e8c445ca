import Testing
import GameCore

/// Runs until a node other than the leader accepts the leader's proposal, then kills the leader.
/// Returns the old leader, its ballot and value, and the acceptor that accepted.
private func killLeaderAfterOneAccept(_ driver: inout GameDriver) -> (leader: NodeID, ballot: Ballot, value: Value, acceptor: NodeID)? {
    guard case .crownGained(let leader, let ballot, let value)? = driver.runUntil({ $0.isCrownGained })?.kind,
          case .accept(let acceptor, _, _)? = driver.runUntil({
              if case .accept(let n, let b, _) = $0 { return n != leader && b == ballot }; return false
          })?.kind else { return nil }
    #expect(driver.perform(.kill(leader)) == nil)
    return (leader, ballot, value, acceptor)
}

@Suite("Scenarios: the classic ways to attack Paxos, and why they fail")
struct ScenarioTests {
    static let seeds: [UInt64] = Array(1...10)

    @Test("the leader dies after one other acceptor accepted: the next leader must propose that value",
          arguments: seeds)
    func nextLeaderCarriesAcceptedValue(seed: UInt64) {
        var driver = GameDriver(seed: seed)
        guard let old = killLeaderAfterOneAccept(&driver) else {
            Issue.record("seed \(seed): the setup did not happen"); return
        }
        // With the leader's own vote, a majority accepted: the value is chosen though nobody knows yet.
        #expect(driver.game.ledger.chosen.first?.value == old.value)
        #expect(!driver.kinds.contains { $0.isDecide })
        guard case .crownGained(let next, let ballot, let value)? = driver.runUntil({ $0.isCrownGained })?.kind else {
            Issue.record("seed \(seed): no new leader"); return
        }
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
    func stubbornLeaderBreaksLock(seed: UInt64) {
        var driver = GameDriver(seed: seed, variant: .stubborn)
        guard let old = killLeaderAfterOneAccept(&driver) else {
            Issue.record("seed \(seed): the setup did not happen"); return
        }
        guard case .crownGained(let next, _, let value)? = driver.runUntil({ $0.isCrownGained })?.kind else {
            Issue.record("seed \(seed): no new leader"); return
        }
        #expect(value == next)
        #expect(value != old.value)
        #expect(!Invariant.chosenLocked.holds(on: driver.game.ledger))
        #expect(!driver.game.everyInvariantHeld)
        #expect(driver.game.firstViolation?.invariant == .chosenLocked)
    }

    @Test("dueling proposers: two nodes start ballots, crowns clash, yet safety holds and one value is decided",
          arguments: seeds)
    func duelingProposers(seed: UInt64) {
        var driver = GameDriver(seed: seed)
        // Hold the first proposer right after its first p1a leaves: the third node hears nothing and times out.
        guard case .prepare(let first, _)? = driver.runUntil({ $0.isPrepare })?.kind else { return }
        driver.perform(.hold(first))
        guard case .prepare(let second, _)? = driver.runUntil({ $0.isPrepare })?.kind else {
            Issue.record("seed \(seed): nobody else started a ballot"); return
        }
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
    func recoveredAcceptorRejectsLowerBallot(seed: UInt64) {
        var driver = GameDriver(seed: seed)
        guard case .crownGained(let leader, let oldBallot, _)? = driver.runUntil({ $0.isCrownGained })?.kind else { return }
        // The leader is held with its second p2a still waiting to be sent.
        let late = threeNodes.others(than: leader)[1]
        #expect(Array(driver.game.nodes[leader].outbox).map(\.to) == [late])
        driver.perform(.hold(leader))
        // Someone times out and the late node promises a higher ballot.
        guard case .promise(_, let newBallot)? = driver.runUntil({
            if case .promise(let n, let b) = $0 { return n == late && b > oldBallot }; return false
        })?.kind else {
            Issue.record("seed \(seed): the late node never promised a higher ballot"); return
        }
        // It crashes and recovers, keeping that promise.
        #expect(driver.perform(.kill(late)) == nil)
        #expect(driver.perform(.recover(late)) == nil)
        #expect(driver.game.nodes[late].state.promised == newBallot)
        // Now the old leader's p2a reaches it and is refused.
        driver.perform(.release(leader))
        let reject = driver.runUntil {
            if case .reject(let n, let m, _) = $0 { return n == late && m.kind == .p2a && m.ballot == oldBallot }; return false
        }
        guard case .reject(_, _, let promised)? = reject?.kind else {
            Issue.record("seed \(seed): the old p2a was not refused"); return
        }
        #expect(promised >= newBallot)
        #expect(!driver.kinds.contains(.accept(node: late, ballot: oldBallot, value: leader)))
        #expect(driver.game.everyInvariantHeld)
    }
}
