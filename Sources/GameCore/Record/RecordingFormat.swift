/// The recording format: JSON Lines, one event a line, `{"t": <game seconds>, "ev": "<kind>", ...}`.
///
/// The first line describes the game (`"ev": "game"` with seed, nodes and variant) so a replay needs nothing else.
public enum RecordingFormat {
    /// The opening line of a recording.
    public static func header(_ config: GameConfig) -> String {
        var json = JSONLine()
        json.add("t", number: Seconds.exact(0))
        json.add("ev", "game")
        json.add("seed", number: String(config.seed))
        json.add("nodes", config.rules.nodeCount)
        json.add("variant", config.rules.variant.rawValue)
        if config.followsSchedule { json.add("schedule", true) }
        return json.line
    }

    /// One event as a line.
    public static func line(_ event: GameEvent) -> String {
        var json = JSONLine()
        json.add("t", number: Seconds.exact(event.time))
        json.add("ev", event.kind.name)
        addFields(of: event.kind, to: &json)
        return json.line
    }

    private static func addFields(of kind: EventKind, to json: inout JSONLine) {
        let name = NodeNames.name
        switch kind {
        case .roundStart(let round):
            json.add("round", round)
        case .roundEnd(let round, let value, let ms, let points):
            json.add("round", round)
            if let value { json.add("value", name(value)) } else { json.addNull("value") }
            if let ms { json.add("decision_s", number: Seconds.exact(ms)) } else { json.addNull("decision_s") }
            json.add("points", points)
        case .send(let message), .deliver(let message), .drop(let message):
            addMessage(message, to: &json)
        case .prepare(let node, let ballot), .promise(let node, let ballot):
            json.add("node", name(node))
            json.add("ballot", ballot)
        case .accept(let node, let ballot, let value), .crownGained(let node, let ballot, let value),
             .decide(let node, let ballot, let value), .learn(let node, let ballot, let value):
            json.add("node", name(node))
            json.add("ballot", ballot)
            json.add("value", name(value))
        case .reject(let node, let message, let promised):
            json.add("node", name(node))
            addMessage(message, to: &json)
            json.add("promised", promised)
            json.add("reason", kind.sentence)
        case .ignore(let node, let message, let reason):
            json.add("node", name(node))
            addMessage(message, to: &json)
            json.add("reason", reason.text)
        case .crownLost(let node, let ballot, let reason, let toppled):
            json.add("node", name(node))
            json.add("ballot", ballot)
            json.add("reason", reason.text)
            json.add("toppled", toppled)
        case .timeout(let node), .recover(let node), .hold(let node), .release(let node):
            json.add("node", name(node))
        case .kill(let node, let endedHold):
            json.add("node", name(node))
            if endedHold { json.add("ended_hold", true) }
        case .refused(let action, let reason):
            json.add("action", action.verb)
            json.add("node", name(action.node))
            json.add("reason", reason.text)
        case .scheduled(let action):
            json.add("step", action.verb)
            if case .deliver(let message) = action {
                addMessage(message, to: &json)
            } else {
                json.add("node", name(action.node))
            }
        }
    }

    private static func addMessage(_ message: Message, to json: inout JSONLine) {
        let name = NodeNames.name
        json.add("from", name(message.from))
        json.add("to", name(message.to))
        json.add("type", message.kind.rawValue)
        json.add("ballot", message.ballot)
        if let value = message.value { json.add("value", name(value)) }
        if message.kind == .p1b {
            json.add("acc_ballot", message.acceptedBallot)
            if let value = message.acceptedValue { json.add("acc_value", name(value)) } else { json.addNull("acc_value") }
        }
    }
}
