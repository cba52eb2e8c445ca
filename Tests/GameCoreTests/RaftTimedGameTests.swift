import Testing
import GameCore

/// Plays `rounds` rounds of timed Raft with a player; fails with the seed if the run stalls.
private func playRaft<Someone: Player>(_ config: GameSetup<Raft>, player: Someone, rounds: Int,
                                       onEvents: (([TimedEvent<RaftEventKind>]) -> Void)? = nil)
    throws -> RunOutcome<Raft> {
    var player = player
    let outcome = HeadlessRun.play(config: config, player: &player, rounds: rounds, onEvents: onEvents)
    if outcome.stalled {
        throw Stuck("seed \(config.seed): \(outcome.stallReason ?? "stalled") (after \(outcome.tally.count) of \(rounds) rounds)")
    }
    return outcome
}

/// Every event of `rounds` rounds of timed Raft.
private func raftLog<Someone: Player>(_ config: GameSetup<Raft>, player: Someone, rounds: Int)
    throws -> [TimedEvent<RaftEventKind>] {
    var log: [TimedEvent<RaftEventKind>] = []
    _ = try playRaft(config, player: player, rounds: rounds, onEvents: { log += $0 })
    return log
}

@Suite("Timed Raft: the game's engine plays Raft with the same clock, players and checks as Paxos")
struct RaftTimedGameTests {
    @Test("the same seed and the same random adversary give the same Raft game",
          arguments: [(UInt64(1), 3), (2, 3), (3, 5), (4, 5)])
    func sameSeedSameGame(seed: UInt64, nodeCount: Int) throws {
        let config = GameSetup<Raft>(seed: seed, nodeCount: nodeCount)
        let first = try raftLog(config, player: RandomAdversary(seed: seed), rounds: 10)
        let second = try raftLog(config, player: RandomAdversary(seed: seed), rounds: 10)
        #expect(first.count > 100)
        #expect(first == second, "seed \(seed)")
    }

    @Test("different seeds give different Raft games")
    func differentSeedsDiffer() throws {
        let first = try raftLog(GameSetup<Raft>(seed: 1), player: RandomAdversary(seed: 1), rounds: 3)
        let second = try raftLog(GameSetup<Raft>(seed: 2), player: RandomAdversary(seed: 2), rounds: 3)
        #expect(first != second)
    }

    /// One batch of 100 rounds against the swarm adversary, every invariant checked in every state.
    private func swarmBatch(seed: UInt64, nodeCount: Int) throws {
        let config = GameSetup<Raft>(seed: seed, nodeCount: nodeCount)
        let outcome = try playRaft(config, player: RandomAdversary(seed: seed), rounds: 100)
        let game = outcome.finalGame
        let broken = game.firstViolation.map { "\($0.invariant.title) at \($0.time) ms" } ?? ""
        #expect(outcome.everyInvariantHeld, "seed \(seed), \(nodeCount) nodes: \(broken)")
        #expect(outcome.tally.count == 100)
        #expect(outcome.tally.withViolation == 0, "seed \(seed)")
        // The adversary must really attack, or the rounds would show nothing.
        #expect(game.score.total > 0, "seed \(seed): no crown toppled in 100 rounds")
        #expect(outcome.tally.withSecondPhaseTwo > 0, "seed \(seed): no round had a second leader")
    }

    /// 100 batches of 100 rounds: 10,000 rounds against the swarm adversary at three nodes.
    @Test("every Raft invariant holds in every state of 10,000 random-adversary rounds at three nodes",
          arguments: Array(UInt64(1)...100))
    func invariantsHoldAgainstTheSwarm(batch: UInt64) throws {
        try swarmBatch(seed: batch, nodeCount: 3)
    }

    /// 10 batches of 100 rounds at five nodes, where each round costs about twice as much.
    @Test("every Raft invariant holds in every state of 1,000 random-adversary rounds at five nodes",
          arguments: Array(UInt64(101)...110))
    func invariantsHoldAgainstTheSwarmAtFive(batch: UInt64) throws {
        try swarmBatch(seed: batch, nodeCount: 5)
    }

    @Test("a fault-free Raft round has one leader, and every node learns its value", arguments: [3, 5])
    func faultFreeRound(nodeCount: Int) throws {
        let config = GameSetup<Raft>(seed: 11, nodeCount: nodeCount)
        var game = RaftGame(config: config)
        var player = IdlePlayer()
        var events: [RaftEventKind] = []
        game.play(&player) { step, _ in
            events += step.events.map(\.kind)
            return step.events.contains { $0.kind.tally == .roundEnded }
        }
        let crowns = events.compactMap { event -> NodeID? in
            if case .node(.common(.crownGained(let node, _, _))) = event { return node }
            return nil
        }
        #expect(crowns.count == 1, "crowns: \(crowns)")
        let leader = try #require(crowns.first)
        let learners = events.compactMap { event -> (NodeID, Value)? in
            switch event {
            case .node(.common(.decide(let node, _, let value))), .node(.common(.learn(let node, _, let value))):
                return (node, value)
            default: return nil
            }
        }
        #expect(Set(learners.map(\.0)) == Set(0..<nodeCount))
        #expect(learners.allSatisfy { $0.1 == leader }, "every node learns the leader's own colour")
        #expect(!events.contains { if case .timeout = $0 { return true } else { return false } })
        let summary = try #require(game.lastRound)
        #expect(summary.value == leader)
        #expect(summary.ballots == 1)
        #expect(summary.invariantsHeld)
    }
}

/// The leader, term and value of a crown, if the event is one.
private func crown(_ event: RaftEventKind) -> (node: NodeID, term: Term, value: Value)? {
    if case .node(.common(.crownGained(let node, let term, let value))) = event { return (node, term, value) }
    return nil
}

/// The node that learned, if the event is a learn.
private func learner(_ event: RaftEventKind) -> NodeID? {
    if case .node(.common(.learn(let node, _, _))) = event { return node }
    return nil
}

@Suite("Timed Raft: a node that missed the commit learns it from a later leader")
struct RaftMissedCommitTests {
    /// Plays until an event matches and returns every event up to it; fails if none does within a round's limit.
    private func playUntil(_ game: inout RaftGame, _ wanted: (RaftEventKind) -> Bool) throws -> [RaftEventKind] {
        var idle = IdlePlayer()
        var seen: [RaftEventKind] = []
        var found = false
        game.play(&idle, upTo: game.now + HeadlessRun.roundLimitMs) { step, _ in
            seen += step.events.map(\.kind)
            found = step.events.contains { wanted($0.kind) }
            return found
        }
        try #require(found, "the awaited event never came by \(game.now) ms")
        return seen
    }

    @Test("a follower down while the commit flies recovers, and the round ends only once a later leader tells it")
    func downFollowerLearnsLater() throws {
        var game = RaftGame(config: GameSetup<Raft>(seed: 11))
        let first = try #require(try playUntil(&game) { crown($0) != nil }.compactMap(crown).first)
        let follower = (first.node + 1) % 3
        let other = (first.node + 2) % 3
        // Down before the leader's ae reaches it: its log stays empty and the commit to it is lost.
        #expect(game.perform(.kill(follower)) == nil)
        _ = try playUntil(&game) { learner($0) == other }
        #expect(game.perform(.recover(follower)) == nil)
        let rest = try playUntil(&game) { $0.tally == .roundEnded }
        #expect(rest.compactMap(learner) == [follower])
        let later = rest.compactMap(crown)
        #expect(later.contains { $0.term > first.term && $0.value == first.value }, "crowns after: \(later)")
        #expect(game.lastRound?.value == first.value)
        #expect(game.everyInvariantHeld)
    }
}
