import GameCore

/// Taking in the game's events: the recording, the log, effects, banners, the break and the scores.
extension PlaySession {
    /// Takes in events drained outside the loop (the game's first ones, or after a jump).
    func consumeEvents() {
        take(PlayedStep(events: play.history.past.map { $0 }, after: game))
        endBatch()
    }

    /// Takes in one step's events.
    func take(_ step: PlayedStep<P>) {
        guard !step.events.isEmpty else { return }
        writeRecording()
        for event in step.events { take(event) }
        if let decided = step.decided, decided.count >= 2, let time = step.events.first(where: { $0.kind.isDecision })?.time {
            noteBreak(values: decided, at: time)
        }
        eventRevision &+= 1
    }

    /// After a batch of steps: trims the log, redraws the flights, and raises the card if Paxos itself broke.
    func endBatch() {
        refreshFlights()
        if play.log.count > Self.logLength { play.log.removeFirst(play.log.count - Self.logLength) }
        if !game.everyInvariantHeld, config.rules.variant == P.standardVariant, !play.brokePaxosShown {
            play.brokePaxosShown = true
            overlay = .brokePaxos
        }
    }

    private func take(_ event: TimedEvent<P.Event>) {
        if let message = event.kind.droppedMessage {
            play.drops.append(DropEffect(message: message, time: Double(event.time)))
        } else if let end = event.kind.endedRound {
            roundEnded(round: end.round, value: end.value, decisionMs: end.decisionMs, points: end.points)
        } else if let reason = event.kind.refusal {
            showToast(reason.text)
        }
        play.log.append(contentsOf: logLines(event))
    }

    private func roundEnded(round: Int, value: Value?, decisionMs: Tick?, points: Int) {
        let decided = value.map { NodeNames.name($0) } ?? "nothing"
        let when = decisionMs.map { " in \(Seconds.text($0)) s" } ?? ""
        let crowns = Self.crownsToppled(points)
        var text = "Round \(round) \(P.decidedWord) \(decided)\(when): \(crowns), score \(game.score.total)"
        let newBest = recordRoundBest(points: points)
        if newBest { text += " — new best!" }
        // A round that waited for N said its tally while it waited: the next round starts on a clear board,
        // unless the round set a new best.
        if lecture, releasedRound == round, !newBest { return }
        showBanner(text)
    }
}

/// A broken level's break: two nodes decided (Raft: committed) different values.
extension PlaySession {
    func noteBreak(values: [Value], at time: Tick) {
        guard config.rules.variant != P.standardVariant, play.breakResult == nil else { return }
        let seconds = Double(time) / 1000
        let sorted = values.sorted()
        // The checker's break and a replayed file are not the player's: they set no best.
        let byPlayer = showingBreak == nil && play.replay.actions.isEmpty
        let newBest = byPlayer && recordBreakBest(seconds)
        play.breakResult = BreakResult(values: sorted, seconds: seconds, newBest: newBest, byChecker: showingBreak != nil)
        let names = sorted.map { NodeNames.name($0) }.joined(separator: " and ")
        if showingBreak != nil {
            // The checker's break: the class first sees the two decisions on the board, then the card explains them.
            play.breakCardDueMs = Double(time + Counterexample.pauseMs)
            showBanner("Two nodes \(P.decidedWord) different values: \(names).")
        } else {
            overlay = .brokeIt
        }
        say("\(showingBreak == nil ? "You" : "The checker") broke it! \(config.rules.variant.rawValue): "
            + "\(names) \(P.decidedWord) at \(Seconds.text(time)) s")
    }
}

/// The scores of the levels, of either protocol.
extension PlaySession {
    /// A player's break of a broken level may be its best (fastest); returns whether it was.
    func recordBreakBest(_ seconds: Double) -> Bool {
        let newBest = scores.record(seconds, for: config.rules.variant)
        reportSaveProblem()
        return newBest
    }

    /// On the real protocol, a round's crowns toppled may be a new best; returns whether it was.
    func recordRoundBest(points: Int) -> Bool {
        let variant = config.rules.variant
        guard variant == P.standardVariant, points > 0, scores.record(Double(points), for: variant) else { return false }
        reportSaveProblem()
        return true
    }

    /// A new best that could not be saved is said on screen and on stdout, never celebrated silently.
    private func reportSaveProblem() {
        guard let problem = scores.takeSaveProblem() else { return }
        showToast(problem, seconds: 8)
        say(problem)
    }
}
