import Foundation

/// What a recording says: the game it was made from (if its header is there) and the player's actions.
public struct Recording: Sendable {
    public var seed: UInt64?
    public var nodeCount: Int?
    public var variant: Variant?
    /// Whether the recording carries a checker's schedule, which the game must follow instead of its clocks.
    public var followsSchedule = false
    public var actions: [TimedAction] = []

    public init() {}

    /// The game to replay: the command line's choices first, then the recording's header, then the defaults.
    public func config(seed: UInt64?, nodeCount: Int?, variant: Variant?) -> GameConfig {
        GameConfig(seed: seed ?? self.seed ?? 1, nodeCount: nodeCount ?? self.nodeCount ?? 3,
                   variant: variant ?? self.variant ?? .paxos, followsSchedule: followsSchedule)
    }
}

/// A recording that cannot be read, with the line at fault.
public struct RecordingError: Error, CustomStringConvertible, Equatable {
    public let line: Int
    public let reason: String

    public var description: String { "line \(line): \(reason)" }
}

/// Reads a recording's header and player-action lines; other lines are only checked to be well-formed.
public enum RecordingReader {
    static let actionEvents = Set(PlayerVerb.allCases.map(\.rawValue))

    public static func parse(_ text: String) throws -> Recording {
        var recording = Recording()
        var lastTime = 0
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw RecordingError(line: 1, reason: "the recording is empty")
        }
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let fields = try object(trimmed, line: lineNumber)
            let time = try timeField(fields, line: lineNumber)
            guard let event = fields["ev"] as? String else {
                throw RecordingError(line: lineNumber, reason: "missing \"ev\" (the event kind)")
            }
            if event == "game" {
                try readHeader(fields, rawLine: trimmed, into: &recording, line: lineNumber)
                continue
            }
            let verb = event == "refused" ? fields["action"] as? String : event
            let isStep = event == "schedule"
            guard isStep || (verb.map(actionEvents.contains) ?? false) else { continue }
            guard time >= lastTime else {
                throw RecordingError(line: lineNumber, reason: "time \(Seconds.exact(time)) goes back before \(Seconds.exact(lastTime))")
            }
            lastTime = time
            let count = recording.nodeCount ?? 5
            let action: PlayerAction?
            if isStep {
                action = try scheduleStep(fields, count: count, line: lineNumber)
            } else {
                action = PlayerAction(verb: verb ?? "", node: try nodeField(fields, count: count, line: lineNumber))
            }
            if let action { recording.actions.append(TimedAction(time: time, action: action)) }
        }
        return recording
    }

    private static func object(_ text: String, line: Int) throws -> [String: Any] {
        guard let data = text.data(using: .utf8),
              let parsed = try? JSONSerialization.jsonObject(with: data),
              let fields = parsed as? [String: Any] else {
            let hint = text.hasSuffix("}") ? "" : " (truncated?)"
            throw RecordingError(line: line, reason: "not a JSON object\(hint)")
        }
        return fields
    }

    private static func timeField(_ fields: [String: Any], line: Int) throws -> Tick {
        guard let raw = fields["t"], let seconds = number(raw) else {
            throw RecordingError(line: line, reason: "missing \"t\" (game seconds)")
        }
        guard seconds.isFinite, seconds >= 0, seconds < 1e9 else {
            throw RecordingError(line: line, reason: "\"t\" must be a time in seconds, 0 or more")
        }
        return Int((seconds * 1000).rounded())
    }

    /// A JSON number as a Double; true and false do not count, though Foundation may bridge them.
    static func number(_ raw: Any) -> Double? {
        if let boxed = raw as? NSNumber, String(cString: boxed.objCType) == "c" { return nil }
        if type(of: raw) == Bool.self { return nil }
        if let value = raw as? Double { return value }
        if let value = raw as? Int { return Double(value) }
        if let value = raw as? NSNumber { return value.doubleValue }
        return nil
    }

    private static func nodeField(_ fields: [String: Any], count: Int, line: Int) throws -> NodeID {
        guard let name = fields["node"] as? String else {
            throw RecordingError(line: line, reason: "missing \"node\"")
        }
        guard let node = NodeNames.node(named: name, count: count) else {
            let known = NodeNames.all.prefix(count).joined(separator: ", ")
            throw RecordingError(line: line, reason: "unknown node \"\(name)\" (expected one of \(known))")
        }
        return node
    }

    /// The run of digits of the number that follows `key` and its colon.
    private static func digits(after key: String, in line: String) -> String? {
        guard let keyRange = line.range(of: key) else { return nil }
        let rest = line[keyRange.upperBound...].drop { $0 == " " || $0 == ":" }
        let run = rest.prefix { $0.isNumber }
        return run.isEmpty || rest.dropFirst(run.count).first == "." ? nil : String(run)
    }

    private static func scheduleStep(_ fields: [String: Any], count: Int, line: Int) throws -> PlayerAction {
        switch fields["step"] as? String {
        case "start_ballot":
            return .startBallot(try nodeField(fields, count: count, line: line))
        case "deliver":
            return .deliver(try message(fields, count: count, line: line))
        default:
            throw RecordingError(line: line, reason: "a schedule line needs \"step\": \"deliver\" or \"start_ballot\"")
        }
    }

    private static func message(_ fields: [String: Any], count: Int, line: Int) throws -> Message {
        func node(_ key: String) throws -> NodeID {
            guard let name = fields[key] as? String, let node = NodeNames.node(named: name, count: count) else {
                throw RecordingError(line: line, reason: "\"\(key)\" must name a node")
            }
            return node
        }
        func optionalValue(_ key: String) throws -> Value? {
            guard let raw = fields[key], !(raw is NSNull) else { return nil }
            guard let name = raw as? String, let value = NodeNames.node(named: name, count: count) else {
                throw RecordingError(line: line, reason: "\"\(key)\" must name a colour")
            }
            return value
        }
        guard let kindName = fields["type"] as? String, let kind = MessageKind(rawValue: kindName) else {
            throw RecordingError(line: line, reason: "\"type\" must be one of p1a, p1b, p2a, p2b, p3")
        }
        guard let ballot = fields["ballot"].flatMap(number).map(Int.init), ballot > 0 else {
            throw RecordingError(line: line, reason: "\"ballot\" must be a ballot number")
        }
        let acceptedBallot = fields["acc_ballot"].flatMap(number).map(Int.init) ?? 0
        return Message(kind: kind, from: try node("from"), to: try node("to"), ballot: ballot,
                       value: try optionalValue("value"), acceptedBallot: acceptedBallot,
                       acceptedValue: try optionalValue("acc_value"))
    }

    private static func readHeader(_ fields: [String: Any], rawLine: String, into recording: inout Recording,
                                   line: Int) throws {
        if let seed = fields["seed"] {
            // A seed can exceed what a Double holds exactly, so its digits are read from the line itself.
            let text = (seed as? String) ?? digits(after: "\"seed\"", in: rawLine)
            guard let text, let value = UInt64(text) else {
                throw RecordingError(line: line, reason: "\"seed\" must be a whole number")
            }
            recording.seed = value
        }
        if let nodes = fields["nodes"] {
            guard let count = number(nodes).map(Int.init), count == 3 || count == 5 else {
                throw RecordingError(line: line, reason: "\"nodes\" must be 3 or 5")
            }
            recording.nodeCount = count
        }
        if let variant = fields["variant"] {
            guard let name = variant as? String, let value = Variant(rawValue: name) else {
                let known = Variant.allCases.map(\.rawValue).joined(separator: ", ")
                throw RecordingError(line: line, reason: "unknown \"variant\" (expected one of \(known))")
            }
            recording.variant = value
        }
        if let schedule = fields["schedule"] as? Bool { recording.followsSchedule = schedule }
        else if let schedule = fields["schedule"].flatMap(number) { recording.followsSchedule = schedule != 0 }
    }
}
