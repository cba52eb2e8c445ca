import GameCore

/// The game as the window plays it: GameCore's game plus the clock, the player's gestures and keys, the log,
/// short-lived effects, cards, scores, recording and replay. All game rules stay in GameCore; drawing and SDL
/// stay in the app, which feeds this pointer input and `SessionCommand`s and paints what it reads here.
///
/// Generic over the protocol, as the game is: `GameSession` plays Paxos, `RaftSession` Raft. The words that
/// differ come from `Playable`; the one thing only Paxos has (the log's note when a broken level uses its missing
/// rule) lives in an extension on `GameSession`.
public final class PlaySession<P: Playable> {
    public static var speeds: [Double] { [0.5, 1, 1.5, 2, 3, 4, 5] }
    static var logLength: Int { 120 }

    /// The game being played; replaced whole when a level (re)starts.
    var play: PlayState<P>
    /// Wall-clock ms since the window opened: toasts and banners time out by it.
    public private(set) var wallMs: Double = 0
    public private(set) var speed: Double = 1
    public internal(set) var paused = false
    public internal(set) var overlay: Overlay?
    public internal(set) var quitRequested = false
    /// P on the level chooser: the window should end this game and open the other protocol's chooser.
    public internal(set) var protocolSwitchRequested = false
    /// The level shown highlighted on the welcome card.
    public internal(set) var selectedVariant: P.Rules.Variant
    public private(set) var layout: BoardLayout
    /// Counts batches of game events taken in: what the board shows changes only when it moves on.
    public internal(set) var eventRevision = 0
    /// Bumped when the pane shows something new that is not a game event (the checker's verdict, say).
    public internal(set) var paneRevision = 0
    public internal(set) var toast: TimedNote?
    /// The player's zoom (Ctrl+= / Ctrl+- / Ctrl+0, `--scale`); the layout clamps it to 0.75...2.5.
    public internal(set) var zoom = 1.0
    /// Lecture mode (T, `--lecture`): large type, a short pane, rounds that wait at their end for N.
    public internal(set) var lecture = false
    /// The colours the window draws with (C, `--palette`).
    public internal(set) var palette: PaletteScheme.Name = .standard
    /// The node the keyboard acts on (Tab / Shift+Tab), drawn with a focus ring.
    public internal(set) var focusedNode: NodeID?
    /// The node held by the hold key while it is down.
    var keyHeldNode: NodeID?
    /// When R was last pressed in a round in progress: a second R within a few seconds restarts.
    var restartAskedAt: Double?
    /// In lecture mode, the round the player let end with N.
    var releasedRound = 0
    let scores: ScoreStore
    let recordPath: String?
    /// Which game of this run is being recorded: each restart writes the next numbered file.
    public internal(set) var recordedGame = 1
    /// Whether the window reports what it shows on stdout (only `play` does; screenshots and the bench stay quiet).
    public var reportsStatus = false
    /// Whether the pane asks the checker for its verdict on the real protocol (a background thread; the window only).
    var runsChecker = false
    /// The checker's work for this protocol: its verdict and its shortest breaks, handed on from game to game.
    let checks: LevelChecks<P>
    /// Every message in flight, in the order they were sent, then the decoys: what the window draws.
    public internal(set) var flights: [MessageFlight<P.Message>] = []
    /// The space-time diagram the player asked for (D, Shift+D); `diagramMode` is where it is shown.
    var diagramRequest: DiagramMode?
    /// The diagram of the round at the playhead, rebuilt only when the game's events move on.
    let diagramCache = DiagramCache<P>()
    let pillLabelCache = PillLabelCache<P>()
    /// Where E saves (the pictures folder); tests point it at a temporary folder.
    public var exportFolder: String?
    /// A frame the window should save as an image after drawing it (E), taken by the window.
    public internal(set) var pendingFrameCapture: String?
    /// Extra pills drawn with the real flights: only the benchmark adds them, to keep a scene busy.
    public var decoyFlights: [MessageFlight<P.Message>] = [] {
        didSet { refreshFlights() }
    }

    /// `savesScores: false` keeps scores in memory only (screenshots and benchmarks never touch the file);
    /// `scoresPath` replaces the usual file under `$XDG_DATA_HOME`; `recordedGame` numbers the first recording
    /// (`--record FILE`'s game 2 is FILE-2); `checks` is the checker's work so far in this window.
    public init(config: GameSetup<P>, speed: Double = 1, skipIntro: Bool, savesScores: Bool = true, scoresPath: String? = nil,
                recordPath: String? = nil, recordedGame: Int = 1, replay: [TimedAction] = [],
                checks: LevelChecks<P> = LevelChecks<P>()) throws {
        self.speed = speed
        self.checks = checks
        // The pane's progress count is timed by this session's clock, which starts again at 0.
        checks.progressShownAt = -.infinity
        self.recordedGame = recordedGame
        scores = ScoreStore(path: scoresPath, persistent: savesScores)
        self.recordPath = recordPath
        selectedVariant = config.rules.variant
        layout = BoardLayout(width: 1280, height: 800, nodeCount: config.rules.nodeCount)
        // A recording that follows a schedule was written by the checker: its break is the checker's.
        play = PlayState(config: config, replay: Replay(actions: replay),
                         recorder: try recordPath.map { try RecordingWriter(path: RecordingNumbering.path($0, game: recordedGame), config: config) },
                         showingBreak: config.followsSchedule ? config.rules.variant : nil)
        overlay = skipIntro ? nil : .welcome
        if let warning = scores.warning { showToast(warning, seconds: 6) }
        consumeEvents()
        levelStarted()
    }

    // MARK: What the window reads

    public var config: GameSetup<P> { play.config }
    public var game: TimedGame<P> { play.game }
    /// The game with its past, for the timeline and the diagram.
    public var history: TimedHistory<P> { play.history }
    public var renderTime: Double { play.renderTime }
    public var log: [LogLine] { play.log }
    public var drops: [DropEffect<P.Message>] { play.drops }
    public var banner: TimedNote? { play.banner }
    public var breakResult: BreakResult? { play.breakResult }
    /// The level whose checker break is playing ("Show me"), if one is.
    public var showingBreak: P.Rules.Variant? { play.showingBreak }
    /// Whether a replay still has actions to play.
    public var isReplaying: Bool { play.history.actionsDone < play.history.actions.count }
    /// When a pending press turns into a hold, in SDL ticks.
    public var holdDueAt: Int? { play.recognizer.holdDueAt }
    /// How many real messages are in flight.
    public var realFlightCount: Int { flights.count - decoyFlights.count }

    /// Whether game time moves: not while paused or while a card is up.
    public var isRunning: Bool { !paused && overlay == nil }

    public func resize(width: Int, height: Int) {
        guard Double(width) != layout.width || Double(height) != layout.height else { return }
        relayout(width: width, height: height)
    }

    /// Builds the layout again for a size, zoom, lecture mode or node count.
    func relayout(width: Int? = nil, height: Int? = nil) {
        layout = BoardLayout(width: width ?? Int(layout.width), height: height ?? Int(layout.height),
                             nodeCount: config.rules.nodeCount, zoom: zoom, lecture: lecture)
    }

    // MARK: The clock

    /// Moves the clocks on by a frame's wall time and runs the game (and any replay) up to the new time.
    public func update(wallDeltaMs: Double) {
        let delta = min(max(0, wallDeltaMs), 250)
        wallMs += delta
        if isRunning { play.renderTime += delta * speed }
        advanceTween(wallDeltaMs: delta)
        runGame()
        collectChecks()
        let now = play.renderTime
        play.drops.removeAll { now - $0.time > DropEffect<P.Message>.durationMs }
        expireNotes()
    }

    /// Sets the game clock to `ms` and runs everything up to it (for screenshots and benchmarks). It runs in
    /// slices of a quarter second with the wall clock moving on with each, so a note raised on the way is gone by
    /// the time it would have gone (a screenshot at 60 s shows no banner of a round that ended at 35 s). In
    /// lecture mode a round's end and Show me's steps go on as if N had been pressed each time.
    public func jump(toMs ms: Int) {
        let target = max(play.renderTime, Double(ms))
        repeat {
            let before = play.renderTime
            // A waiting round whose end the jump passes goes on as N would make it: straight to its end.
            if waitsForNextRound, let end = game.roundEndsAt, target >= Double(end) {
                releasedRound = game.round
                play.banner = nil
                play.renderTime = max(play.renderTime, Double(end))
            }
            play.renderTime = max(play.renderTime, min(target, before + Self.jumpSliceMs))
            wallMs += max(0, play.renderTime - before) / max(speed, 0.1)
            while waitsForShowMeStep, play.history.actions[play.history.actionsDone].time <= Int(play.renderTime) {
                play.releasedAction = play.history.actionsDone
                runGame()
            }
            runGame()
            expireNotes()
            // A round waiting for N short of the target holds the clock: the jump ends there, as the class sees it.
            if play.renderTime <= before { break }
        } while play.renderTime < target
    }

    /// How much game time `jump(toMs:)` runs between two looks at the notes and the lecture waits.
    static var jumpSliceMs: Double { 250 }

    func expireNotes() {
        countDownRoundEnd()
        if let due = play.breakCardDueMs, play.renderTime >= due {
            play.breakCardDueMs = nil
            overlay = .brokeIt
        }
        if let note = toast, note.until < wallMs { toast = nil }
        if let note = play.banner, note.until < wallMs { play.banner = nil }
    }

    /// Runs the game and the replay up to the render time, taking in each step's events.
    func runGame() {
        // A step's tween shows the game already at the step's end: nothing more runs until it is over.
        guard play.travel.tween == nil else { return }
        holdAtRoundEnd()
        holdAtShowMeStep()
        for step in play.run(upTo: Int(play.renderTime)) {
            for index in step.actionIndices {
                // Show me's steps go in the board's caption, not twice into the log.
                if play.showingBreak == nil, let sentence = narration(forAction: index) {
                    play.log.append(LogLine(time: step.time, text: sentence, node: nil))
                    eventRevision &+= 1
                }
            }
            take(step)
        }
        endBatch()
    }

    /// Applies a player's action at the playhead, exactly as a replay will: advance to its tick, then perform.
    /// In the past (after a rewind) it starts a new branch, and the old future is gone.
    public func perform(_ action: PlayerAction) {
        finishTween()
        runGame()
        let time = play.history.now
        let outcome = play.history.act(action)
        if let line = TimedHistory<P>.actLine(action, outcome: outcome, at: time) {
            say(line)
            // On the board too: a class should see that the game it watched was cut at the playhead.
            if let until = outcome.discardedUntil {
                showToast("A new branch from \(Seconds.text(time)) s: what happened up to \(Seconds.text(until)) s is gone.", seconds: 4)
            }
            branched()
        }
        take(PlayedStep(events: outcome.events, after: game))
        endBatch()
    }

    func refreshFlights() {
        flights.removeAll(keepingCapacity: true)
        flights += game.flights
        // A step's tween draws the messages of its start too, so those landing on the step are seen arriving.
        if let tween = play.travel.tween {
            let current = Set(flights.map(\.sequence))
            flights += tween.flights.filter { !current.contains($0.sequence) }
        }
        flights.sort { $0.sequence < $1.sequence }
        flights += decoyFlights
    }

    public func changeSpeed(by steps: Int) {
        let index = Self.speeds.firstIndex { $0 >= speed } ?? 1
        speed = Self.speeds[min(Self.speeds.count - 1, max(0, index + steps))]
        showToast("Speed \(Self.speedText(speed))", seconds: 1.2)
    }
}

/// The game in the window, playing Paxos.
public typealias GameSession = PlaySession<Paxos>
/// The game in the window, playing Raft.
public typealias RaftSession = PlaySession<Raft>

extension PlaySession {
    /// This session as a Paxos one, for what only Paxos has in the window; nil on Raft.
    var paxos: GameSession? { self as? GameSession }
}
