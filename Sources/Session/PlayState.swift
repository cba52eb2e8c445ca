import GameCore

/// Everything that belongs to one game in the window. Loading a level replaces it whole, in one assignment,
/// so nothing from the last game can leak into the next.
struct PlayState {
    let config: GameConfig
    var game: PaxosGame
    /// Game time in fractional ms, for drawing between ticks; the game itself only sees `Int(renderTime)`.
    var renderTime: Double = 0
    var log: [LogLine] = []
    var drops: [DropEffect] = []
    var banner: TimedNote?
    var breakResult: BreakResult?
    /// Whether the "You broke Paxos" card was shown: it comes up once a game.
    var brokePaxosShown = false
    var recognizer = GestureRecognizer()
    /// The recording's (or the checker's) actions still to play, with a sentence for each.
    var replay: Replay
    var recorder: RecordingWriter?
    /// The level whose checker break is playing ("Show me"), if one is.
    var showingBreak: Variant?
    /// Following a schedule: the messages a schedule step has already sent on their way this round.
    var dispatched: [Message] = []

    init(config: GameConfig, replay: Replay, recorder: RecordingWriter?, showingBreak: Variant?) {
        self.config = config
        game = PaxosGame(config: config)
        self.replay = replay
        self.recorder = recorder
        self.showingBreak = showingBreak
    }
}

/// One step of the game as the window takes it in: its events, whether it was a replayed action, and the
/// values decided this round after it (only when it decided something).
struct PlayedStep {
    /// Game time after the step.
    let time: Tick
    let replayedAction: Bool
    let events: [GameEvent]
    let decided: [Value]?

    init(_ step: PlayStep, after game: PaxosGame) {
        time = game.now
        replayedAction = step.action != nil
        events = step.events
        decided = step.events.contains { $0.kind.isDecision } ? game.decidedThisRound : nil
    }
}

extension PlayState {
    /// Runs the game and the replay up to `time` through GameCore's one driving loop; returns the steps taken.
    mutating func run(upTo time: Tick) -> [PlayedStep] {
        var steps: [PlayedStep] = []
        game.play(&replay, upTo: max(game.now, time)) { step, game in
            steps.append(PlayedStep(step, after: game))
            return false
        }
        return steps
    }
}

/// Actions replayed into a game (from a recording, or the checker's break) and the sentence logged with each.
struct Replay: Player {
    /// Already in time order (the reader refuses time going back); actions at one tick keep their order.
    let actions: [TimedAction]
    /// A sentence per action, logged as it is performed ("Show me" narrates the checker's steps).
    let narration: [String]
    private(set) var cursor = 0

    init(actions: [TimedAction] = [], narration: [String] = []) {
        self.actions = actions
        self.narration = narration
    }

    var isPlaying: Bool { cursor < actions.count }

    /// The same actions from the start.
    var rewound: Replay { Replay(actions: actions, narration: narration) }

    /// The sentence for the action at `index`, if it has one.
    func sentence(_ index: Int) -> String? {
        narration.indices.contains(index) && !narration[index].isEmpty ? narration[index] : nil
    }

    func nextActionTime(in game: PaxosGame) -> Tick? { isPlaying ? actions[cursor].time : nil }

    mutating func takeAction(in game: PaxosGame) -> PlayerAction? {
        guard isPlaying else { return nil }
        defer { cursor += 1 }
        return actions[cursor].action
    }
}
