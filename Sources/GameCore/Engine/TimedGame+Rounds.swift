import HeapModule

extension TimedGame {
    /// Fresh protocol state for every node; crashes and holds carry over, since they are the player's doing.
    mutating func startRound() {
        round += 1
        roundStartedAt = now
        roundEndsAt = nil
        ledger = P.Ledger(rules: rules)
        checkedLedgerVersion = -1
        stats = RoundStats()
        flightQueue = Heap()
        network = []
        for index in nodes.indices {
            let keep = nodes[index]
            nodes[index] = TimedNode(id: index)
            nodes[index].isAlive = keep.isAlive
            nodes[index].isHeld = keep.isHeld
            nodes[index].heldSince = keep.heldSince
        }
        emit(.roundStart(round: round))
        let alive = nodes.indices.filter { nodes[$0].isAlive }
        openingProposer = alive.isEmpty ? nil : alive[rng.int(in: 0...(alive.count - 1))]
        for node in alive {
            armElection(node, range: node == openingProposer ? timing.firstProposalMs : electionTimeout)
        }
        settle()
    }

    /// The round is over a little after every live node has learned the decision, so the last p3 lands first.
    mutating func checkRoundEnd() {
        guard roundEndsAt == nil, !ledger.decisions.isEmpty, !config.followsSchedule, everyLiveNodeLearned else { return }
        roundEndsAt = now + timing.roundEndGraceMs
    }

    private var everyLiveNodeLearned: Bool {
        nodes.allSatisfy { !$0.isAlive || $0.state.learned != nil }
    }

    /// Ends the round, unless a node recovered in the meantime without knowing the decision: then it waits on.
    mutating func endRound() {
        guard everyLiveNodeLearned else {
            roundEndsAt = nil
            settle()
            return
        }
        let points = stats.crownsToppled
        score.add(points: points)
        let summary = RoundSummary(
            round: round, value: stats.decidedValue,
            decisionMs: stats.firstDecisionAt.map { $0 - roundStartedAt },
            messages: stats.messages, ballots: stats.ballots, crownsToppled: stats.crownsToppled,
            totalScore: score.total, invariantsHeld: stats.invariantsHeld,
            competingValues: stats.proposedValues.count >= 2, phaseTwoBallots: stats.phaseTwoBallots)
        score.finish(summary)
        lastRound = summary
        emit(.roundEnd(round: round, value: summary.value, decisionMs: summary.decisionMs, points: points))
        startRound()
    }
}
