extension RaftEventKind {
    /// A sentence for the event log, in Raft's words ("Blue votes for Red in term 4").
    public var sentence: String {
        let title = NodeNames.title
        switch self {
        case .roundStart(let round): return EventKind.roundStart(round: round).sentence
        case let .roundEnd(round, value, ms, points):
            return EventKind.roundEnd(round: round, value: value, decisionMs: ms, points: points).sentence
        case .send(let m): return "\(title(m.from)) sends \(m.label) to \(title(m.to))"
        case .deliver(let m): return "\(m.label) reaches \(title(m.to))"
        case .drop(let m): return "\(m.label) lost: \(title(m.to)) is down"
        case .timeout(let node): return "\(title(node)) times out"
        case let .kill(node, endedHold): return EventKind.kill(node: node, endedHold: endedHold).sentence
        case .recover(let node): return EventKind.recover(node: node).sentence
        case .hold(let node): return EventKind.hold(node: node).sentence
        case .release(let node): return EventKind.release(node: node).sentence
        case let .refused(action, reason): return EventKind.refused(action: action, reason: reason).sentence
        case .scheduled(.deliverRaft(let m)): return "Schedule: \(m.label) from \(title(m.from)) now flies to \(title(m.to))"
        case .scheduled(let action): return "Schedule: \(title(action.node)) stands for election now"
        case .node(let event): return event.sentence
        }
    }

    /// The node the event is about, for the log's colour.
    public var node: NodeID? {
        switch self {
        case .roundStart, .roundEnd: return nil
        case .send(let m), .deliver(let m): return m.from
        case .drop(let m): return m.to
        case .timeout(let node), .kill(let node, _), .recover(let node), .hold(let node), .release(let node):
            return node
        case .refused(let action, _), .scheduled(let action): return action.node
        case .node(let event): return event.node
        }
    }
}
