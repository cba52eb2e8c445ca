/// Running totals over the rounds of a headless run: what the summary line needs, in constant memory
/// however many rounds are played.
public struct RoundTally: Sendable {
    public private(set) var count = 0
    public private(set) var decidedCount = 0
    public private(set) var decisionMsTotal = 0
    public private(set) var decisionMsMax = 0
    public private(set) var withViolation = 0
    /// Rounds where two different values were proposed: the only rounds where a Paxos bug could show.
    public private(set) var withCompetingValues = 0
    /// Rounds where a second ballot reached phase 2.
    public private(set) var withSecondPhaseTwo = 0

    public init() {}

    public var meanDecisionMs: Int { decidedCount == 0 ? 0 : decisionMsTotal / decidedCount }

    mutating func add(_ round: RoundSummary) {
        count += 1
        if let ms = round.decisionMs {
            decidedCount += 1
            decisionMsTotal += ms
            decisionMsMax = max(decisionMsMax, ms)
        }
        if !round.invariantsHeld { withViolation += 1 }
        if round.competingValues { withCompetingValues += 1 }
        if round.phaseTwoBallots >= 2 { withSecondPhaseTwo += 1 }
    }
}
