import GameCore

/// Everything that belongs to one game in the window. Loading a level replaces it whole, in one assignment,
/// so nothing from the last game can leak into the next.
struct PlayState<P: Playable> {
    let config: GameSetup<P>
    /// The game with its past: `history.game` is the game at the playhead, which is what the window shows.
    var history: TimedHistory<P>
    /// Game time in fractional ms, for drawing between ticks; the game itself only sees `Int(renderTime)`.
    var renderTime: Double = 0
    var log: [LogLine] = []
    var drops: [DropEffect<P.Message>] = []
    var banner: TimedNote?
    var breakResult: BreakResult?
    /// Whether the "You broke Paxos" card was shown: it comes up once a game.
    var brokePaxosShown = false
    var recognizer = GestureRecognizer()
    /// The recording's (or the checker's) actions, with a sentence for each; the history performs them.
    var replay: Replay
    var recorder: RecordingWriter?
    /// How many of the branch's events the recording holds: only events past the far end are new to it.
    var recordedEvents = 0
    /// The level whose checker break is playing ("Show me"), if one is.
    var showingBreak: P.Rules.Variant?
    /// Time travel's state in the window: a step's tween, a drag on the timeline.
    var travel = TravelState<P.Message>()
    /// In lecture mode, the index of the replay's action the teacher let happen with N (Show me waits before each).
    var releasedAction: Int?
    /// The level whose shortest break the player asked for in this game (S), while the checker searches: a
    /// search finishing for a later game, after a restart or a protocol switch, does not take it over.
    var requestedBreak: P.Rules.Variant?
    /// An N pressed while Show me's step was still under way: it lets the next step happen as soon as it is due.
    var showMeStepQueued = false
    /// When the checker's break has happened: the game time its card comes up, once the class has seen the board.
    var breakCardDueMs: Double?

    init(config: GameSetup<P>, replay: Replay, recorder: RecordingWriter?, showingBreak: P.Rules.Variant?) {
        self.config = config
        history = TimedHistory<P>(config: config, actions: replay.actions)
        self.replay = replay
        self.recorder = recorder
        self.showingBreak = showingBreak
    }

    var game: TimedGame<P> { history.game }
}

/// One step of the game as the window takes it in: its events, whether it was a replayed action, and the
/// values decided this round after it (only when it decided something).
struct PlayedStep<P: Playable> {
    /// Game time after the step.
    let time: Tick
    /// The indices in the history's actions of the actions this step performed (empty when it performed none).
    let actionIndices: Range<Int>
    let events: [TimedEvent<P.Event>]
    let decided: [Value]?

    init(events: [TimedEvent<P.Event>], actionIndices: Range<Int> = 0..<0, after game: TimedGame<P>) {
        time = game.now
        self.actionIndices = actionIndices
        self.events = events
        decided = events.contains { $0.kind.isDecision } ? game.decidedThisRound : nil
    }
}

extension PlayState {
    /// Runs the game (with the actions still to come on this branch) up to `time`, one moment at a time in the
    /// order GameCore's driving loop uses: events due at or before an action's time first, then the action.
    mutating func run(upTo time: Tick) -> [PlayedStep<P>] {
        var steps: [PlayedStep<P>] = []
        let target = max(history.now, time)
        while true {
            let actionAt = history.actionsDone < history.actions.count ? history.actions[history.actionsDone].time : nil
            guard let next = [history.game.nextEventTime, actionAt].compactMap({ $0 }).min(), next <= target else { break }
            let before = history.actionsDone
            let events = history.advance(to: next)
            steps.append(PlayedStep(events: events, actionIndices: before..<history.actionsDone, after: history.game))
        }
        let rest = history.advance(to: target)
        if !rest.isEmpty { steps.append(PlayedStep(events: rest, after: history.game)) }
        return steps
    }
}

/// Actions replayed into a game (from a recording, or the checker's break) and the sentence logged with each.
struct Replay {
    /// Already in time order (the reader refuses time going back); actions at one tick keep their order.
    let actions: [TimedAction]
    /// A sentence per action, logged as it is performed ("Show me" narrates the checker's steps).
    let narration: [String]

    init(actions: [TimedAction] = [], narration: [String] = []) {
        self.actions = actions
        self.narration = narration
    }

    /// The same actions from the start.
    var rewound: Replay { self }

    /// The sentence for the action at `index`, if it has one.
    func sentence(_ index: Int) -> String? {
        narration.indices.contains(index) && !narration[index].isEmpty ? narration[index] : nil
    }
}
