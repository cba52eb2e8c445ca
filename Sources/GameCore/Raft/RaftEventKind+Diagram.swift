extension RaftEventKind: DiagramEventKind {
    public static var ballotWord: String { "term" }

    public var diagramFact: DiagramFact<RaftMessage>? {
        let name = NodeNames.name
        switch self {
        case .send(let message): return .send(message)
        case .deliver(let message): return .deliver(message)
        case .drop(let message): return .drop(message)
        case .scheduled(let action): return Raft.scheduled(action).map { .dispatch($0) }
        case .roundStart: return .roundStart
        case let .kill(node, endedHold): return .kill(node, endedHold: endedHold)
        case .recover(let node): return .recover(node)
        case .hold(let node): return .hold(node)
        case .release(let node): return .release(node)
        case .node(.common(let kind)):
            switch kind {
            case let .crownGained(node, term, value):
                return .mark(node, .crownGained(ballot: term, value: value), text: "leads term \(term) with \(name(value))")
            case let .crownLost(node, term, _, toppled):
                return .mark(node, .crownLost(ballot: term, toppled: toppled),
                             text: "loses crown \(term)" + (toppled ? " (toppled)" : ""))
            case let .decide(node, _, value): return .mark(node, .decided(value), text: "commits \(name(value))")
            case let .learn(node, _, value): return .mark(node, .learned(value), text: "learns \(name(value))")
            default: return nil
            }
        case let .node(.voteRefused(node, term, _, reason)):
            return .mark(node, .refused, text: "refuses rv(\(term)): \(reason.shortText)")
        case let .node(.appendRefused(node, term, _, reason)):
            return .mark(node, .refused, text: "refuses ae(\(term)): \(reason.shortText)")
        default: return nil
        }
    }
}

extension VoteRefusal {
    /// The reason in a few words, for a mark on the diagram.
    var shortText: String {
        switch self {
        case .staleTerm(let current): return "at term \(current)"
        case .votedForAnother(let other): return "voted \(NodeNames.title(other))"
        case .logBehind: return "log behind"
        }
    }
}

extension AppendRefusal {
    /// The reason in a few words, for a mark on the diagram.
    var shortText: String {
        switch self {
        case .staleTerm(let current): return "at term \(current)"
        case .leadsThisTerm: return "leads this term"
        }
    }
}
