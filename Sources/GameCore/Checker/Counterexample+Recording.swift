/// A sequence of checker moves from the initial state that the timed game can follow: a counterexample to an
/// invariant, or a path to a state that cannot decide.
public protocol ModelSchedule {
    var rules: ProtocolRules { get }
    var steps: [ModelStep] { get }
}

extension Counterexample: ModelSchedule {}

extension Counterexample {
    /// Game time between two schedule steps: a delivered message flies and is processed, so the timed game meets
    /// the steps in the checker's order; then nothing moves for `pauseMs`, so a class can read the step's caption
    /// before the next one starts.
    public static let stepMs: Tick = Timing().flightMs + Timing().processMs + pauseMs

    /// The still moment after each step's message has landed and been processed.
    public static let pauseMs: Tick = 2_500

    /// When the first step happens: soon, so a watcher is not left waiting.
    public static let firstStepMs: Tick = 1_000
}

extension ModelSchedule {
    /// The moves as timed actions for the game: deliveries and ballot starts as schedule steps, crashes and
    /// recoveries as the player's kills and recoveries.
    public var timedActions: [TimedAction] {
        steps.enumerated().flatMap { index, step in
            step.actions.map {
                TimedAction(time: Counterexample.firstStepMs + Tick(index) * Counterexample.stepMs, action: $0)
            }
        }
    }

    /// The game that follows this counterexample.
    public func config(seed: UInt64 = 1) -> GameConfig {
        var config = GameConfig(seed: seed, nodeCount: rules.nodeCount, variant: rules.variant, followsSchedule: true)
        config.rules = rules
        return config
    }

    /// The counterexample as a recording: a header, then one line per step.
    public func recordingLines(seed: UInt64 = 1) -> [String] {
        var lines = [RecordingFormat.header(config(seed: seed))]
        for timed in timedActions {
            let kind: EventKind
            switch timed.action {
            case .kill(let node): kind = .kill(node: node, endedHold: false)
            case .recover(let node): kind = .recover(node: node)
            default: kind = .scheduled(timed.action)
            }
            lines.append(RecordingFormat.line(GameEvent(time: timed.time, kind: kind)))
        }
        return lines
    }
}
