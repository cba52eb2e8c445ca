extension RaftEventKind: HistoryEventKind {
    public var isStepStop: Bool {
        if case .refused = self { return false }
        return true
    }

    /// "Red receives rv(4) from Green".
    public var stepPhrase: String {
        let title = NodeNames.title
        switch self {
        case .send(let m): return "\(title(m.from)) sends \(m.label) to \(title(m.to))"
        case .deliver(let m): return "\(title(m.to)) receives \(m.label) from \(title(m.from))"
        case .drop(let m): return "\(m.label) from \(title(m.from)) is lost: \(title(m.to)) is down"
        default: return sentence
        }
    }

    /// Commits and rounds first, then crowns and the player's faults, elections, deliveries, votes and stores.
    public var stepWeight: Int {
        switch self {
        case .roundStart, .roundEnd: return 0
        case .kill, .recover, .hold, .release: return 1
        case .timeout: return 2
        case .deliver, .drop: return 3
        case .node(let event):
            switch event {
            case .common(let kind): return kind.stepWeight
            case .electionStarted, .termAdopted, .voteRefused, .appendRefused: return 2
            case .voteGranted, .appended: return 4
            case .ignored: return 5
            }
        default: return 5
        }
    }

    public var isTraffic: Bool {
        switch self {
        case .send, .deliver: return true
        default: return false
        }
    }

    public var startedRound: Int? {
        if case .roundStart(let round) = self { return round }
        return nil
    }

    public var endedRound: (round: Int, value: Value?, decisionMs: Tick?, points: Int)? {
        if case let .roundEnd(round, value, decisionMs, points) = self { return (round, value, decisionMs, points) }
        return nil
    }

    public var isDecision: Bool {
        if case .node(.common(let kind)) = self { return kind.isDecision }
        return false
    }

    public var droppedMessage: RaftMessage? {
        if case .drop(let message) = self { return message }
        return nil
    }

    public var refusal: Refusal? {
        if case .refused(_, let reason) = self { return reason }
        return nil
    }

    public var scheduledAction: PlayerAction? {
        if case .scheduled(let action) = self { return action }
        return nil
    }

    /// Faults, crowns (term for ballot) and commits, as in Paxos.
    public var timelineMark: TimelineMark.Kind? {
        switch self {
        case .kill(let node, _): return .crash(node)
        case .recover(let node): return .recover(node)
        case .hold(let node): return .hold(node)
        case .release(let node): return .release(node)
        case .node(.common(let kind)): return kind.timelineMark
        default: return nil
        }
    }
}
