import GameCore

/// The end of a round made visible: the banner counts down to the next round, and in lecture mode the round
/// waits at its end until the teacher presses N.
extension PlaySession {
    /// Whether the round is over and waiting for N (lecture mode only).
    public var waitsForNextRound: Bool {
        lecture && game.roundEndsAt != nil && releasedRound != game.round && showingBreak == nil
    }

    /// Keeps the game clock short of the round's end while lecture mode waits for N.
    func holdAtRoundEnd() {
        guard waitsForNextRound, let end = game.roundEndsAt else { return }
        play.renderTime = min(play.renderTime, Double(end - 1))
    }

    /// N: lets a waiting round end now (or, while Show me waits, its next step happen).
    func nextRound() {
        if waitsForShowMeStep {
            releaseShowMeStep()
            return
        }
        if lecture, showingBreak != nil, isReplaying {
            queueShowMeStep()
            return
        }
        guard let end = game.roundEndsAt else { return }
        releasedRound = game.round
        play.renderTime = max(play.renderTime, Double(end))
        play.banner = nil
        runGame()
    }

    /// "1 crown toppled", "3 crowns toppled": a round's tally in the banners.
    static func crownsToppled(_ count: Int) -> String {
        count == 1 ? "1 crown toppled" : "\(count) crowns toppled"
    }

    /// While a round is ending, the banner says what was decided and when the next round starts.
    func countDownRoundEnd() {
        guard let end = game.roundEndsAt, overlay == nil else { return }
        let decided = game.ledger.decidedValues.map { NodeNames.name($0) }.joined(separator: " and ")
        let when = game.stats.firstDecisionAt.map { " in \(Seconds.text($0 - game.roundStartedAt)) s" } ?? ""
        let head = "Round \(game.round) \(P.decidedWord) \(decided.isEmpty ? "nothing" : decided)\(when)"
        if waitsForNextRound {
            // The round's tally is said while it waits, so N starts the next round on a clear board.
            let crowns = Self.crownsToppled(game.stats.crownsToppled)
            play.banner = TimedNote(text: "\(head), \(crowns): press N for the next round", until: wallMs + 1_000)
        } else {
            let left = max(0, Double(end - game.now) / 1000 / max(speed, 0.1))
            play.banner = TimedNote(text: "\(head): next round in \(Int(left.rounded(.up))) s", until: wallMs + 400)
        }
    }
}
