extension EventKind {
    /// Whether stepping event by event stops here: every protocol step and every player action does; a refused
    /// action changes nothing, so it does not.
    public var isStepStop: Bool {
        if case .refused = self { return false }
        return true
    }

    /// How the step lines of time travel tell it: "Red receives p1a(2) from Green".
    public var stepPhrase: String {
        let title = NodeNames.title
        switch self {
        case .send(let m): return "\(title(m.from)) sends \(m.label) to \(title(m.to))"
        case .deliver(let m): return "\(title(m.to)) receives \(m.label) from \(title(m.from))"
        case .drop(let m): return "\(m.label) from \(title(m.from)) is lost: \(title(m.to)) is down"
        default: return sentence
        }
    }

    /// How much a step line should lead with this event: what changes the round comes before routine traffic.
    var stepWeight: Int {
        switch self {
        case .decide, .roundEnd, .roundStart: return 0
        case .crownGained, .crownLost, .kill, .recover, .hold, .release: return 1
        case .timeout, .prepare, .reject, .learn: return 2
        case .deliver, .drop: return 3
        case .accept, .promise: return 4
        default: return 5
        }
    }
}
