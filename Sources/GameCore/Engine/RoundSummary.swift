/// What the game counts during a round.
public struct RoundStats: Hashable, Sendable {
    public var messages = 0
    public var ballots = 0
    /// Leaders that lost their crown before any decision reached them: the player's points.
    public var crownsToppled = 0
    public var firstDecisionAt: Tick?
    public var decidedValue: Value?
    public var invariantsHeld = true
    /// The values leaders proposed in phase 2: two or more means values competed, where Paxos could go wrong.
    public var proposedValues = NodeSet()
    /// How many ballots reached phase 2.
    public var phaseTwoBallots = 0
}

/// One finished round, as `simulate` prints it and the banner shows it.
public struct RoundSummary: Hashable, Sendable {
    public let round: Int
    public let value: Value?
    /// From the round's start to the first decision.
    public let decisionMs: Tick?
    public let messages: Int
    public let ballots: Int
    public let crownsToppled: Int
    /// The round's points: one per crown toppled.
    public var points: Int { crownsToppled }
    /// The game's total after this round.
    public let totalScore: Int
    public let invariantsHeld: Bool
    /// Whether two different values were proposed in phase 2 this round.
    public var competingValues = false
    /// How many ballots reached phase 2 this round.
    public var phaseTwoBallots = 0
}

/// The game's score: points add up over rounds, and the best round is kept.
public struct ScoreBoard: Hashable, Sendable {
    public private(set) var total = 0
    public private(set) var roundsPlayed = 0
    public private(set) var bestRound: RoundSummary?

    public init() {}

    /// A round is better with more points; with equal points, the one whose decision took longer.
    public static func isBetter(_ candidate: RoundSummary, than best: RoundSummary?) -> Bool {
        guard let best else { return true }
        let points = LevelBest(Variant.paxos, Double(candidate.points)), bestPoints = LevelBest(Variant.paxos, Double(best.points))
        if points != bestPoints { return points.beats(bestPoints) }
        return (candidate.decisionMs ?? 0) > (best.decisionMs ?? 0)
    }

    /// The total with the current round's points already counted, so a toppled crown shows at once.
    public func live(_ stats: RoundStats) -> Int { total + stats.crownsToppled }

    mutating func add(points: Int) {
        total += points
    }

    mutating func finish(_ summary: RoundSummary) {
        roundsPlayed += 1
        if Self.isBetter(summary, than: bestRound) { bestRound = summary }
    }
}
