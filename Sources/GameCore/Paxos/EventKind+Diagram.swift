extension EventKind: DiagramEventKind {
    public static var ballotWord: String { "ballot" }

    public var diagramFact: DiagramFact<Message>? {
        let name = NodeNames.name
        switch self {
        case .send(let message): return .send(message)
        case .deliver(let message): return .deliver(message)
        case .drop(let message): return .drop(message)
        case .scheduled(let action): return Paxos.scheduled(action).map { .dispatch($0) }
        case .roundStart: return .roundStart
        case let .kill(node, endedHold): return .kill(node, endedHold: endedHold)
        case .recover(let node): return .recover(node)
        case .hold(let node): return .hold(node)
        case .release(let node): return .release(node)
        case let .crownGained(node, ballot, value):
            return .mark(node, .crownGained(ballot: ballot, value: value), text: "leads \(ballot), proposes \(name(value))")
        case let .crownLost(node, ballot, _, toppled):
            return .mark(node, .crownLost(ballot: ballot, toppled: toppled),
                         text: "loses crown \(ballot)" + (toppled ? " (toppled)" : ""))
        case let .reject(node, message, promised):
            return .mark(node, .refused, text: "refuses \(message.kind.rawValue)(\(message.ballot)): promised \(promised)")
        case let .decide(node, _, value): return .mark(node, .decided(value), text: "decides \(name(value))")
        case let .learn(node, _, value): return .mark(node, .learned(value), text: "learns \(name(value))")
        default: return nil
        }
    }
}
