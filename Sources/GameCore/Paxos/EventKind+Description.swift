extension EventKind {
    /// The name of the event in recordings ("send", "crown_lost", ...).
    public var name: String {
        switch self {
        case .roundStart: return "round_start"
        case .roundEnd: return "round_end"
        case .send: return "send"
        case .deliver: return "deliver"
        case .drop: return "drop"
        case .prepare: return "prepare"
        case .promise: return "promise"
        case .accept: return "accept"
        case .reject: return "reject"
        case .ignore: return "ignore"
        case .crownGained: return "crown_gained"
        case .crownLost: return "crown_lost"
        case .timeout: return "timeout"
        case .decide: return "decide"
        case .learn: return "learn"
        case .kill: return PlayerVerb.kill.rawValue
        case .recover: return PlayerVerb.recover.rawValue
        case .hold: return PlayerVerb.hold.rawValue
        case .release: return PlayerVerb.release.rawValue
        case .refused: return "refused"
        case .scheduled: return "schedule"
        }
    }

    /// A sentence for the event log, such as "Blue rejects p2a(4): promised 5".
    public var sentence: String {
        let title = NodeNames.title
        let name = NodeNames.name
        switch self {
        case .roundStart(let round): return "Round \(round) starts"
        case .roundEnd(let round, let value, let ms, let points):
            let decided = value.map { "decided \(name($0))" } ?? "no decision"
            let took = ms.map { " in \(Seconds.text($0)) s" } ?? ""
            return "Round \(round) ends: \(decided)\(took), \(points) point\(points == 1 ? "" : "s")"
        case .send(let m): return "\(title(m.from)) sends \(m.label) to \(title(m.to))"
        case .deliver(let m): return "\(m.label) reaches \(title(m.to))"
        case .drop(let m): return "\(m.label) lost: \(title(m.to)) is down"
        case .prepare(let node, let ballot): return "\(title(node)) starts ballot \(ballot)"
        case .promise(let node, let ballot): return "\(title(node)) promises \(ballot)"
        case .accept(let node, let ballot, let value): return "\(title(node)) accepts \(name(value)) at \(ballot)"
        case .reject(let node, let m, let promised):
            return "\(title(node)) rejects \(m.kind.rawValue)(\(m.ballot)): promised \(promised)"
        case .ignore(let node, let m, let reason): return "\(title(node)) ignores \(m.label): \(reason.text)"
        case .crownGained(let node, let ballot, let value):
            // A value other than the leader's own colour can only have come from a promise: say so, it is the
            // rule that keeps a chosen value chosen.
            let carried = value == node ? "" : ", carried forward from a promise"
            return "\(title(node)) leads ballot \(ballot), proposing \(name(value))\(carried)"
        case .crownLost(let node, let ballot, let reason, let toppled):
            let mark = toppled ? " (toppled!)" : ""
            return "\(title(node)) loses the crown of \(ballot): \(reason.text)\(mark)"
        case .timeout(let node): return "\(title(node)) times out"
        case .decide(let node, let ballot, let value): return "\(title(node)) decides \(name(value)) at \(ballot)"
        case .learn(let node, _, let value): return "\(title(node)) learns \(name(value))"
        case .kill(let node, _): return "\(title(node)) crashes"
        case .recover(let node): return "\(title(node)) recovers"
        case .hold(let node): return "\(title(node)) is held"
        case .release(let node): return "\(title(node)) is released"
        case .refused(_, let reason): return "Refused: \(reason.text)"
        case .scheduled(.deliver(let m)): return "Schedule: \(m.label) from \(title(m.from)) now flies to \(title(m.to))"
        case .scheduled(let action): return "Schedule: \(title(action.node)) starts its next ballot now"
        }
    }
}

extension CrownLoss {
    public var text: String {
        switch self {
        case .higherBallot(let ballot): return "saw ballot \(ballot)"
        case .restarted: return "timed out and restarted"
        case .crashed: return "crashed"
        case .learnedDecision: return "learned the decision"
        }
    }
}

/// Formats game milliseconds as seconds for people and recordings.
public enum Seconds {
    /// "12.5" style: at most one decimal, for sentences.
    public static func text(_ ms: Tick) -> String {
        let tenths = (ms + 50) / 100
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// "12.500": exact milliseconds, for recordings.
    public static func exact(_ ms: Tick) -> String {
        let sign = ms < 0 ? "-" : ""
        let value = abs(ms)
        let fraction = String(value % 1000)
        return "\(sign)\(value / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
