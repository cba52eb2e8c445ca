/// Raft games as recordings: the JSON Lines of `RecordingFormat`, with Raft's messages and node events.
///
/// The header says `"protocol":"raft"`. Round, timeout and player lines are written as in a Paxos game, so
/// the one reader replays the player's actions of either.
public enum RaftRecordingFormat {
    /// The opening line of a Raft recording.
    public static func header(_ config: GameSetup<Raft>) -> String {
        var json = JSONLine()
        json.add("t", number: Seconds.exact(0))
        json.add("ev", "game")
        json.add("protocol", Raft.name)
        json.add("seed", number: String(config.seed))
        json.add("nodes", config.rules.nodeCount)
        json.add("variant", config.rules.variant.rawValue)
        if config.followsSchedule { json.add("schedule", true) }
        return json.line
    }

    /// One event as a line.
    public static func line(_ event: TimedEvent<RaftEventKind>) -> String {
        switch event.kind {
        case .roundStart(let round): return paxosLine(.roundStart(round: round), at: event.time)
        case let .roundEnd(round, value, ms, points):
            return paxosLine(.roundEnd(round: round, value: value, decisionMs: ms, points: points), at: event.time)
        case .timeout(let node): return paxosLine(.timeout(node: node), at: event.time)
        case let .kill(node, endedHold): return paxosLine(.kill(node: node, endedHold: endedHold), at: event.time)
        case .recover(let node): return paxosLine(.recover(node: node), at: event.time)
        case .hold(let node): return paxosLine(.hold(node: node), at: event.time)
        case .release(let node): return paxosLine(.release(node: node), at: event.time)
        case let .refused(action, reason): return paxosLine(.refused(action: action, reason: reason), at: event.time)
        case .scheduled(.deliverRaft(let message)): return scheduledDeliveryLine(message, at: event.time)
        case .scheduled(let action): return paxosLine(.scheduled(action), at: event.time)
        case .send(let message): return messageLine("send", message, at: event.time)
        case .deliver(let message): return messageLine("deliver", message, at: event.time)
        case .drop(let message): return messageLine("drop", message, at: event.time)
        case .node(let nodeEvent): return nodeLine(nodeEvent, at: event.time)
        }
    }

    /// The events both protocols share are written exactly as a Paxos recording writes them.
    private static func paxosLine(_ kind: EventKind, at time: Tick) -> String {
        RecordingFormat.line(GameEvent(time: time, kind: kind))
    }

    static func start(_ name: String, at time: Tick) -> JSONLine {
        var json = JSONLine()
        json.add("t", number: Seconds.exact(time))
        json.add("ev", name)
        return json
    }

    private static func messageLine(_ name: String, _ message: RaftMessage, at time: Tick) -> String {
        var json = start(name, at: time)
        addMessage(message, to: &json)
        return json.line
    }

    /// A schedule step delivering a Raft message: the Paxos schedule line's fields, with Raft's message.
    static func scheduledDeliveryLine(_ message: RaftMessage, at time: Tick) -> String {
        var json = start("schedule", at: time)
        json.add("step", "deliver")
        addMessage(message, to: &json)
        return json.line
    }

    static func addMessage(_ message: RaftMessage, to json: inout JSONLine) {
        let name = NodeNames.name
        json.add("from", name(message.from))
        json.add("to", name(message.to))
        json.add("type", message.kind.rawValue)
        json.add("term", message.term)
        switch message.kind {
        case .rv: json.add("last_log_term", message.lastLogTerm)
        case .vr: json.add("granted", message.granted)
        case .ar: json.add("success", message.success)
        case .ae, .commit: if let value = message.value { json.add("value", name(value)) }
        }
    }
}
