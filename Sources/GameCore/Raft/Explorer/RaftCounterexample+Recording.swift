/// The Raft explorer's counterexample as a schedule the timed Raft game follows, step for step, as a Paxos
/// counterexample's recording is (see `Counterexample+Recording`): the same step times, so the same flights land
/// and are processed before the next step begins.
extension RaftCounterexample {
    /// The moves as timed actions: deliveries and elections as schedule steps, a restart as a kill and a recovery
    /// at the same moment (the explorer's crash that lasts no time).
    public var timedActions: [TimedAction] {
        steps.enumerated().flatMap { index, step in
            Self.actions(of: step).map {
                TimedAction(time: Counterexample.firstStepMs + Tick(index) * Counterexample.stepMs, action: $0)
            }
        }
    }

    static func actions(of step: RaftModelStep) -> [PlayerAction] {
        switch step {
        case .startElection(let node): return [.startBallot(node)]
        case .deliver(let message): return [.deliverRaft(message)]
        case .restart(let node): return [.kill(node), .recover(node)]
        }
    }

    /// The timed Raft game that follows this counterexample.
    public func config(seed: UInt64 = 1) -> GameSetup<Raft> {
        GameSetup<Raft>(seed: seed, nodeCount: rules.nodeCount, variant: rules.variant, followsSchedule: true)
    }

    /// The counterexample as a Raft recording: a header naming Raft and the schedule, then one line per action.
    public func recordingLines(seed: UInt64 = 1) -> [String] {
        var lines = [RaftRecordingFormat.header(config(seed: seed))]
        for timed in timedActions {
            let kind: RaftEventKind
            switch timed.action {
            case .kill(let node): kind = .kill(node: node, endedHold: false)
            case .recover(let node): kind = .recover(node: node)
            default: kind = .scheduled(timed.action)
            }
            lines.append(RaftRecordingFormat.line(TimedEvent(time: timed.time, kind: kind)))
        }
        return lines
    }
}
