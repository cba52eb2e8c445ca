import GameCore

/// "Show me" and the checker's verdict: the session's side of `LevelChecks`, for either protocol's checker.
extension PlaySession {
    /// Called whenever a game starts: says which level on stdout and starts the verdict if it is needed.
    public func levelStarted() {
        let rules = config.rules
        say("level \(P.levelTitle(rules.variant)) (\(rules.variant.rawValue)), \(rules.nodeCount) nodes, seed \(config.seed)")
        startVerdict()
        paneChanged()
    }

    /// Lets the pane ask the checker for its verdict, and asks now if this level needs it. The window calls
    /// this after its first frame, so the checker's thread never delays the window's opening.
    public func enableChecker() {
        runsChecker = true
        startVerdict()
        paneChanged()
    }

    /// A line on stdout when `reportsStatus` is on.
    func say(_ text: String) {
        if reportsStatus { StatusLine.say(text) }
    }

    /// Whether a checker thread may finish soon, so the frame loop polls for it.
    public var pendingWork: Bool { checks.isBusy }

    /// The checker's line under the invariants: what "Show me" is doing, or else its verdict on the real protocol.
    public var checkerLine: String? {
        let variant = config.rules.variant
        if checks.isSearching(variant) { return "Checker: searching for the shortest break..." }
        if showingBreak == variant, let steps = checks.breaks[variant]?.levelBreak?.stepCount {
            if lecture { return "Checker: its shortest break, \(steps) steps. It times every message, which no mouse can." }
            return "Checker: its shortest break, \(steps) steps, each shown on the board. It chooses when each message "
                + "arrives (or that it never does), which no mouse can."
        }
        guard runsChecker, variant == P.standardVariant else { return nil }
        let nodes = config.rules.nodeCount
        // Lecture mode's pane is short: the verdict in few words leaves the log its room.
        let summary: (ProofVerdict) -> String = { self.lecture ? $0.shortSummary : $0.summary }
        if let verdict = checks.verdict(nodeCount: nodes) { return "Checker: " + summary(verdict) }
        let progress = checks.verdictProgress[nodes]
        let done = progress?.lastResult.map { "Checker: " + summary($0) + ". " } ?? "Checker: "
        guard let stage = progress?.current else { return done + "checking every reachable state of \(P.title)..." }
        let bound = "\(P.ballotWord)s 1 to \(stage.bound)"
        // Lecture mode names the next bound without the running count: a number that changes every frame is
        // noise to a class, and the line must keep to two lines.
        if lecture { return done + (done.hasSuffix(". ") ? "Now" : "now") + " \(bound)..." }
        return done + "Now \(bound) with \(nodes) nodes: \(stage.states) states so far..."
    }

    /// Starts the checker's verdict on the real protocol, if this level is the real one and the window lets the
    /// checker run.
    func startVerdict() {
        if config.rules.variant == P.standardVariant, runsChecker { checks.startVerdict(nodeCount: config.rules.nodeCount) }
    }

    /// Key S: replays the checker's shortest break of this level, searching for it first if need be.
    public func showMe() {
        let variant = config.rules.variant
        guard variant != P.standardVariant else {
            showToast("The checker found no way to break real \(P.title): there is nothing to show. L picks a broken level.", seconds: 4)
            return
        }
        guard config.rules.nodeCount == 3 else {
            showToast("Show me needs 3 nodes: the checker's search with 5 takes minutes. Start with --nodes 3.", seconds: 4)
            return
        }
        if let found = checks.breaks[variant] {
            playBreak(found.levelBreak, of: variant)
            return
        }
        overlay = nil
        play.requestedBreak = variant
        checks.startSearch(variant)
        showToast("Searching for the shortest break of \(P.levelTitle(variant))...", seconds: 30)
        paneChanged()
    }

    /// Takes in finished checker work; a search that finished for the level on screen starts playing.
    func collectChecks() {
        guard checks.isBusy else { return }
        let finished = checks.collect()
        // The progress count moves on twice a second, not every frame: the pane is repainted only then.
        if !finished.isEmpty || !checks.isBusy || wallMs - checks.progressShownAt >= 500 {
            checks.progressShownAt = wallMs
            paneChanged()
        }
        for variant in finished where variant == config.rules.variant && play.requestedBreak == variant {
            playBreak(checks.breaks[variant]?.levelBreak, of: variant)
        }
    }

    func playBreak(_ levelBreak: LevelBreak<P>?, of variant: P.Rules.Variant) {
        guard let levelBreak else {
            showToast("The checker found no break of \(P.levelTitle(variant)) within its bounds.", seconds: 4)
            return
        }
        overlay = nil
        paused = false
        load(levelBreak.setup(seed: config.seed),
             replay: Replay(actions: levelBreak.narrated.map(\.action), narration: levelBreak.narrated.map(\.line)))
        markShowingBreak()
        showToast("Show me: the checker's shortest break of \(P.levelTitle(variant)) in \(levelBreak.stepCount) steps, narrated in the log.",
                  seconds: 5)
    }
}

extension PlaySession {
    /// While "Show me" plays: the checker's latest step, for a large caption on the board.
    public var showMeCaption: String? {
        guard showingBreak != nil else { return nil }
        // Once the break's card is due, the steps are over: no caption hangs over the board after it.
        if let result = breakResult, play.renderTime >= result.seconds * 1000 + Double(Counterexample.pauseMs) { return nil }
        guard let prompt = showMePrompt else { return lastStepLine }
        return lastStepLine.map { ($0.hasSuffix(".") || $0.hasSuffix(":") ? $0 : $0 + ".") + " " + prompt } ?? prompt
    }

    private var lastStepLine: String? {
        let cursor = play.history.actionsDone
        guard cursor > 0 else { return "The checker's shortest break starts: it times every message itself, which no mouse can." }
        for index in stride(from: cursor - 1, through: 0, by: -1) {
            if let line = narration(forAction: index) { return line }
        }
        return nil
    }
}

extension PlaySession {
    /// Following a schedule (Show me): messages sent but not yet sent on their way by a schedule step, which
    /// wait at their sender until the checker delivers them.
    public var waitingMessages: [P.Message] {
        guard config.followsSchedule else { return [] }
        let dispatched = play.history.dispatchedThisRound
        return game.network.filter { !dispatched.contains($0) }
    }
}
