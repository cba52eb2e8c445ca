import Testing
// RoundSummary has no public initialiser; the ordering test builds summaries directly.
@testable import GameCore

@Suite("Score: a point per crown toppled, totals and the best round")
struct ScoreTests {
    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6]

    @Test("killing a leader before any decision topples its crown: one point, counted when the round ends",
          arguments: seeds)
    func killingUndecidedLeaderScores(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        let (leader, ballot, _) = try #require(driver.runUntil({ $0.isCrownGained })?.kind.crowned, "seed \(seed): no leader")
        driver.perform(.kill(leader))
        #expect(driver.kinds.last == .crownLost(node: leader, ballot: ballot, reason: .crashed, toppled: true))
        #expect(driver.game.score.total == 0, "points are added when the round ends")
        let end = try #require(driver.runUntil({ $0.isRoundEnd })?.kind.roundEnded, "seed \(seed): round did not end")
        #expect(end.round == 1)
        #expect(end.points == 1)
        #expect(driver.game.lastRound?.points == 1)
        #expect(driver.game.lastRound?.crownsToppled == 1)
        #expect(driver.game.score.total == 1)
    }

    @Test("killing a leader after it decided earns nothing", arguments: seeds)
    func killingDecidedLeaderDoesNotScore(seed: UInt64) throws {
        var driver = GameDriver(seed: seed)
        let leader = try #require(driver.runUntil({ $0.isDecide })?.kind.decided, "seed \(seed)").node
        driver.perform(.kill(leader))
        #expect(driver.kinds.crownsLost.map(\.toppled) == [false])
        driver.runUntil { $0.isRoundEnd }
        #expect(driver.game.lastRound?.points == 0)
        #expect(driver.game.score.total == 0)
    }

    @Test("the total is the sum of the rounds' points, and the best round is the one with most points",
          arguments: [UInt64(11), 12, 13, 14])
    func totalsAndBestRound(seed: UInt64) {
        var player = RandomAdversary(seed: seed)
        var ended: [(round: Int, points: Int)] = []
        let outcome = HeadlessRun.play(config: GameConfig(seed: seed), player: &player, rounds: 40, onEvents: { events in
            for event in events { if case .roundEnd(let r, _, _, let p) = event.kind { ended.append((r, p)) } }
        })
        let rounds = outcome.rounds
        let board = outcome.finalGame.score
        #expect(rounds.map(\.round) == Array(1...40))
        #expect(ended.map(\.points) == rounds.map(\.points))
        #expect(board.total == rounds.map(\.points).reduce(0, +))
        #expect(board.roundsPlayed == 40)
        #expect(board.bestRound?.points == rounds.map(\.points).max())
        // Running totals in each summary add up as well.
        var running = 0
        for round in rounds {
            running += round.points
            #expect(round.totalScore == running, "seed \(seed) round \(round.round)")
        }
        // An adversary that kills and holds at random topples at least one crown in 40 rounds.
        #expect(board.total > 0, "seed \(seed)")
    }

    @Test("a round with more points is better; with equal points, the slower decision is better; anything beats nothing")
    func bestRoundOrder() {
        func summary(points: Int, decisionMs: Tick?) -> RoundSummary {
            return RoundSummary(round: 1, value: red, decisionMs: decisionMs, messages: 0, ballots: 1,
                                crownsToppled: points, totalScore: points, invariantsHeld: true)
        }
        #expect(ScoreBoard.isBetter(summary(points: 0, decisionMs: 1), than: nil))
        #expect(ScoreBoard.isBetter(summary(points: 2, decisionMs: 10_000), than: summary(points: 1, decisionMs: 90_000)))
        #expect(!ScoreBoard.isBetter(summary(points: 1, decisionMs: 90_000), than: summary(points: 2, decisionMs: 10_000)))
        #expect(ScoreBoard.isBetter(summary(points: 1, decisionMs: 50_000), than: summary(points: 1, decisionMs: 40_000)))
        #expect(!ScoreBoard.isBetter(summary(points: 1, decisionMs: 40_000), than: summary(points: 1, decisionMs: 40_000)))
    }
}
