import GameCore

/// The game as the window plays it: GameCore's game plus the clock, the player's gestures, the log,
/// short-lived effects, overlays, recording and replay. All game rules stay in GameCore.
final class GameSession {
    static let speeds: [Double] = [0.5, 1, 1.5, 2, 3, 4, 5]
    static let logLength = 120

    private(set) var config: GameConfig
    private(set) var game: PaxosGame
    /// Game time in fractional ms, for drawing between ticks; the game itself only sees `Int(renderTime)`.
    private(set) var renderTime: Double = 0
    /// Wall-clock ms since the window opened: toasts and banners time out by it.
    private(set) var wallMs: Double = 0
    private(set) var speed: Double = 1
    var paused = false
    var overlay: Overlay?
    var quitRequested = false
    /// The level shown highlighted on the welcome card.
    private(set) var selectedVariant: Variant
    private(set) var layout: BoardLayout

    /// Counts batches of game events taken in: what the board shows changes only when it moves on.
    private(set) var eventRevision = 0
    /// Bumped when the pane shows something new that is not a game event (the checker's verdict, say).
    private(set) var paneRevision = 0
    private(set) var log: [LogLine] = []
    private(set) var drops: [DropEffect] = []
    private(set) var banner: TimedNote?
    private(set) var toast: TimedNote?
    private(set) var breakResult: BreakResult?
    private var decidedThisRound: Set<Int> = []
    private var brokePaxosShown = false
    let scores: ScoreStore

    private var recognizer = GestureRecognizer()
    private var recorder: RecordingWriter?
    private let recordPath: String?
    /// Which game of this run is being recorded: each restart writes the next numbered file.
    private var recordedGame = 1
    private var replay: [TimedAction]
    private var replayCursor = 0
    /// A sentence per replay action, logged as it is performed ("Show me" narrates the checker's steps).
    private var narration: [String] = []
    /// Whether the window reports what it shows on stdout (only `play` does; screenshots and the bench stay quiet).
    var reportsStatus = false
    /// Whether the pane asks the checker for its verdict on Paxos (a background thread; the window only).
    var runsChecker = false
    /// The checker's work for this session: its verdict on Paxos and its shortest breaks.
    let checks = LevelChecks()
    /// The level whose checker break is playing ("Show me"), if one is.
    private(set) var showingBreak: Variant?

    init(config: GameConfig, speed: Double = 1, skipIntro: Bool, scores: ScoreStore,
         recordPath: String? = nil, replay: [TimedAction] = []) throws {
        self.config = config
        self.speed = speed
        self.scores = scores
        self.recordPath = recordPath
        // Already in time order (the reader refuses time going back); actions at one tick keep their order.
        self.replay = replay
        selectedVariant = config.rules.variant
        game = PaxosGame(config: config)
        layout = BoardLayout(width: 1280, height: 800, nodeCount: config.rules.nodeCount)
        overlay = skipIntro ? nil : .welcome
        recorder = try recordPath.map { try RecordingWriter(path: $0, config: config) }
        if let warning = scores.warning { showToast(warning, seconds: 6) }
        consumeEvents()
        levelStarted()
        // A recording that follows a schedule was written by the checker: its break is the checker's.
        if config.followsSchedule { showingBreak = config.rules.variant }
    }

    /// Whether game time moves: not while paused or while a card is up.
    var isRunning: Bool { !paused && overlay == nil }

    /// Whether anything on screen may change without input, so frames can be skipped when not.
    var isAnimating: Bool { isRunning || toast != nil || banner != nil }

    func resize(width: Int, height: Int) {
        guard Double(width) != layout.width || Double(height) != layout.height else { return }
        layout = BoardLayout(width: width, height: height, nodeCount: config.rules.nodeCount)
    }

    /// Moves the clocks on by a frame's wall time and runs the game (and any replay) up to the new time.
    func update(wallDeltaMs: Double) {
        let delta = min(max(0, wallDeltaMs), 250)
        wallMs += delta
        if isRunning { renderTime += delta * speed }
        runGame()
        collectChecks()
        drops.removeAll { renderTime - $0.time > DropEffect.durationMs }
        if let note = toast, note.until < wallMs { toast = nil }
        if let note = banner, note.until < wallMs { banner = nil }
    }

    /// Sets the game clock to `ms` and runs everything up to it (for screenshots and benchmarks).
    func jump(toMs ms: Int) {
        renderTime = max(renderTime, Double(ms))
        runGame()
    }

    private func runGame() {
        let target = Int(renderTime)
        while replayCursor < replay.count, replay[replayCursor].time <= target {
            let step = replay[replayCursor]
            game.advance(to: max(game.now, step.time))
            consumeEvents()
            if narration.indices.contains(replayCursor), !narration[replayCursor].isEmpty {
                log.append(LogLine(time: game.now, text: narration[replayCursor], node: nil))
                eventRevision &+= 1
            }
            replayCursor += 1
            game.perform(step.action)
        }
        game.advance(to: target)
        consumeEvents()
    }

    /// Applies a player's action exactly as a replay will: advance to its tick, then perform.
    func perform(_ action: PlayerAction) {
        game.advance(to: max(game.now, Int(renderTime)))
        game.perform(action)
        consumeEvents()
    }

    /// Feeds one pointer input through the gesture recognizer and acts on what it recognises.
    func pointer(_ input: PointerInput) {
        let layout = self.layout
        for gesture in recognizer.handle(input, hit: { layout.node(atX: $0, y: $1) }) {
            switch gesture {
            case .doubleClick(let node):
                perform(game.nodes[node].isAlive ? .kill(node) : .recover(node))
            case .holdBegan(let node):
                perform(.hold(node))
            case .holdEnded(let node):
                // A node killed while held is no longer held: there is nothing to release.
                if game.nodes[node].isHeld { perform(.release(node)) }
            case .click:
                break
            }
        }
    }

    /// Extra pills drawn with the real flights: only the benchmark adds them, to keep a scene busy.
    var decoyFlights: [Flight] = [] {
        didSet { refreshFlights() }
    }

    /// Every message in flight, in the order they were sent, for drawing; rebuilt only when flights change.
    private(set) var flightViews: [FlightView] = []

    private func refreshFlights() {
        flightViews.removeAll(keepingCapacity: true)
        for flight in game.flights { flightViews.append(FlightView(flight)) }
        flightViews.sort { $0.sequence < $1.sequence }
        for flight in decoyFlights { flightViews.append(FlightView(flight)) }
    }

    /// How many real messages are in flight.
    var realFlightCount: Int { flightViews.count - decoyFlights.count }

    /// Whether a replay still has actions to play.
    var isReplaying: Bool { replayCursor < replay.count }

    /// When a pending press turns into a hold, in SDL ticks.
    var holdDueAt: Int? { recognizer.holdDueAt }

    /// The node the player is holding down right now, if any.
    var heldByPointer: NodeID? { recognizer.heldNode }

    func changeSpeed(by steps: Int) {
        let index = Self.speeds.firstIndex { $0 >= speed } ?? 1
        speed = Self.speeds[min(Self.speeds.count - 1, max(0, index + steps))]
        showToast("Speed \(Self.speedText(speed))", seconds: 1.2)
    }

    /// The welcome card's level choice: 1-5 pick, L cycles.
    func select(variant: Variant) { selectedVariant = variant }

    func cycleSelection() {
        let all = Variant.allCases
        let index = all.firstIndex(of: selectedVariant) ?? 0
        selectedVariant = all[(index + 1) % all.count]
    }

    /// Leaves the welcome card and plays the level chosen on it.
    func start() {
        if selectedVariant != config.rules.variant { restart(variant: selectedVariant) }
        overlay = nil
    }

    /// Starts a new game, same seed and nodes, on `variant` (or the current level).
    /// Starts a new game, same seed and nodes, on `variant`; without one, the same game again (a replay replays).
    func restart(variant: Variant? = nil) {
        if let variant, variant != config.rules.variant {
            selectedVariant = variant
            load(GameConfig(seed: config.seed, nodeCount: config.rules.nodeCount, variant: variant, timing: config.timing),
                 replay: [], narration: [])
        } else {
            load(config, replay: replay, narration: narration)
        }
    }

    /// Starts over on `config`, playing `replay` with its narration.
    func load(_ config: GameConfig, replay: [TimedAction], narration: [String]) {
        if config.rules.variant != self.config.rules.variant || replay.isEmpty { showingBreak = nil }
        self.config = config
        selectedVariant = config.rules.variant
        game = PaxosGame(config: config)
        renderTime = 0
        log.removeAll()
        drops.removeAll()
        banner = nil
        breakResult = nil
        decidedThisRound = []
        brokePaxosShown = false
        recognizer = GestureRecognizer()
        // Already in time order (the reader refuses time going back); actions at one tick keep their order.
        self.replay = replay
        self.narration = narration
        replayCursor = 0
        if let recordPath {
            recorder = nil
            recordedGame += 1
            let path = RecordingNumbering.path(recordPath, game: recordedGame)
            recorder = try? RecordingWriter(path: path, config: config)
            showToast(recorder == nil ? "Cannot write the recording \(path)" : "Recording this game to \(path)")
        }
        eventRevision &+= 1
        refreshFlights()
        consumeEvents()
        levelStarted()
    }

    /// Marks the game as the checker's break of its level (scores are not recorded for it).
    func markShowingBreak() {
        showingBreak = config.rules.variant
        paneRevision &+= 1
    }

    /// Bumps the pane when something it shows outside the game changed.
    func paneChanged() { paneRevision &+= 1 }

    func showToast(_ text: String, seconds: Double = 2.5) {
        toast = TimedNote(text: text, until: wallMs + seconds * 1000)
    }

    func showBanner(_ text: String) {
        banner = TimedNote(text: text, until: wallMs + 4_500)
    }

    // MARK: Events

    /// Drains the game's events into the recording, the log, effects and overlays.
    private func consumeEvents() {
        let events = game.drainEvents()
        guard !events.isEmpty else { return }
        eventRevision &+= 1
        refreshFlights()
        recorder?.write(events)
        for event in events { take(event) }
        if log.count > Self.logLength { log.removeFirst(log.count - Self.logLength) }
        if !game.everyInvariantHeld, config.rules.variant == .paxos, !brokePaxosShown {
            brokePaxosShown = true
            overlay = .brokePaxos
        }
    }

    private func take(_ event: GameEvent) {
        switch event.kind {
        case .send:
            return
        case .deliver:
            return
        case .drop(let message):
            drops.append(DropEffect(message: message, time: Double(event.time)))
        case .roundStart:
            decidedThisRound = []
        case .decide(_, _, let value), .learn(_, _, let value):
            decidedThisRound.insert(value)
            if decidedThisRound.count >= 2 { noteBreak(at: event.time) }
        case let .roundEnd(round, value, decisionMs, points):
            roundEnded(round: round, value: value, decisionMs: decisionMs, points: points)
        case .refused(_, let reason):
            showToast(reason)
        default:
            break
        }
        log.append(LogLine(time: event.time, text: event.kind.sentence, node: EventColor.node(of: event.kind)))
    }

    private func noteBreak(at time: Tick) {
        guard config.rules.variant != .paxos, breakResult == nil else { return }
        let seconds = Double(time) / 1000
        // The checker's break and a replayed file are not the player's: they set no best.
        let byPlayer = showingBreak == nil && replay.isEmpty
        let newBest = byPlayer && scores.record(seconds, for: config.rules.variant)
        if let problem = scores.takeSaveProblem() { showToast(problem, seconds: 8); say(problem) }
        breakResult = BreakResult(values: decidedThisRound.sorted(), seconds: seconds, newBest: newBest, byChecker: showingBreak != nil)
        overlay = .brokeIt
        say("\(showingBreak == nil ? "You" : "The checker") broke it! \(config.rules.variant.rawValue): "
            + "\(decidedThisRound.sorted().map { NodeNames.name($0) }.joined(separator: " and ")) decided at \(Seconds.text(time)) s")
    }

    private func roundEnded(round: Int, value: Value?, decisionMs: Tick?, points: Int) {
        let decided = value.map { NodeNames.name($0) } ?? "nothing"
        let when = decisionMs.map { " in \(Seconds.text($0)) s" } ?? ""
        let crowns = points == 1 ? "1 crown toppled" : "\(points) crowns toppled"
        var text = "Round \(round) decided \(decided)\(when): \(crowns), score \(game.score.total)"
        if config.rules.variant == .paxos, points > 0, scores.record(Double(points), for: .paxos) {
            text += " - new best!"
            if let problem = scores.takeSaveProblem() { showToast(problem, seconds: 8); say(problem) }
        }
        showBanner(text)
    }
}
