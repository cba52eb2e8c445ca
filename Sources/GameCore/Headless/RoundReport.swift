/// The JSON lines `simulate` prints: one per round and a final summary.
public enum RoundReport {
    public static func line(_ round: RoundSummary) -> String {
        var json = JSONLine()
        json.add("round", round.round)
        if let value = round.value { json.add("decided", NodeNames.name(value)) } else { json.addNull("decided") }
        if let ms = round.decisionMs { json.add("decision_s", number: Seconds.exact(ms)) } else { json.addNull("decision_s") }
        json.add("messages", round.messages)
        json.add("ballots", round.ballots)
        json.add("crowns_toppled", round.crownsToppled)
        json.add("score", round.totalScore)
        json.add("invariants_held", round.invariantsHeld)
        return json.line
    }

    public static func summary<P: Consensus>(_ outcome: RunOutcome<P>, config: GameSetup<P>, player: String,
                                             wallSeconds: Double) -> String {
        let tally = outcome.tally
        var json = JSONLine()
        json.add("summary", true)
        json.add("seed", number: String(config.seed))
        json.add("nodes", config.rules.nodeCount)
        // Paxos, the game's first protocol, is implied, so its lines read as they always have.
        if P.name != Paxos.name { json.add("protocol", P.name) }
        json.add("variant", config.rules.variant.rawValue)
        json.add("player", player)
        json.add("rounds", tally.count)
        json.add("score", outcome.finalGame.score.total)
        json.add("best_round_points", outcome.finalGame.score.bestRound?.points ?? 0)
        json.add("mean_decision_s", number: Seconds.exact(tally.meanDecisionMs))
        json.add("max_decision_s", number: Seconds.exact(tally.decisionMsMax))
        json.add("rounds_with_violation", tally.withViolation)
        // How often the player made values compete: the rounds where a Paxos bug could show at all.
        json.add("rounds_with_competing_values", tally.withCompetingValues)
        json.add("rounds_with_second_phase2", tally.withSecondPhaseTwo)
        json.add("every_invariant_held", outcome.everyInvariantHeld)
        if let violation = outcome.finalGame.firstViolation {
            json.add("first_violation", violation.invariant.title)
            json.add("first_violation_t", number: Seconds.exact(violation.time))
        }
        json.add("stalled", outcome.stalled)
        if config.followsSchedule {
            let values = outcome.finalGame.ledger.decidedValues.map(NodeNames.name)
            json.add("schedule", true)
            json.add("decided_values", values.joined(separator: ","))
        }
        json.add("wall_s", number: String(format3(wallSeconds)))
        json.add("rounds_per_s", number: String(format3(wallSeconds > 0 ? Double(tally.count) / wallSeconds : 0)))
        return json.line
    }

    private static func format3(_ value: Double) -> String {
        Seconds.exact(Int((value * 1000).rounded()))
    }
}
