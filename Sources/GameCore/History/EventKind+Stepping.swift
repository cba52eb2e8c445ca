extension EventKind: HistoryEventKind {
    public var isStepStop: Bool {
        if case .refused = self { return false }
        return true
    }

    public var stepPhrase: String {
        let title = NodeNames.title
        switch self {
        case .send(let m): return "\(title(m.from)) sends \(m.label) to \(title(m.to))"
        case .deliver(let m): return "\(title(m.to)) receives \(m.label) from \(title(m.from))"
        case .drop(let m): return "\(m.label) from \(title(m.from)) is lost: \(title(m.to)) is down"
        default: return sentence
        }
    }

    public var stepWeight: Int {
        switch self {
        case .decide, .roundEnd, .roundStart: return 0
        case .crownGained, .crownLost, .kill, .recover, .hold, .release: return 1
        case .timeout, .prepare, .reject, .learn: return 2
        case .deliver, .drop: return 3
        case .accept, .promise: return 4
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

    public var droppedMessage: Message? {
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

    public var timelineMark: TimelineMark.Kind? {
        switch self {
        case .kill(let node, _): return .crash(node)
        case .recover(let node): return .recover(node)
        case .hold(let node): return .hold(node)
        case .release(let node): return .release(node)
        case .crownGained(let node, let ballot, _): return .crownGained(node, ballot: ballot)
        case .crownLost(let node, let ballot, _, let toppled): return .crownLost(node, ballot: ballot, toppled: toppled)
        case .decide(let node, _, let value): return .decision(node, value: value)
        default: return nil
        }
    }
}
