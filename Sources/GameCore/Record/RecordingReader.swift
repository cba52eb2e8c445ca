import Foundation

/// What a recording says: the game it was made from (if its header is there) and the player's actions.
public struct Recording: Sendable {
    public var seed: UInt64?
    public var nodeCount: Int?
    public var variant: Variant?
    /// The protocol the header names; a header without one is a Paxos game's, as every recording was before Raft.
    public var protocolKind: ProtocolKind?
    /// The Raft level, in a Raft game's header.
    public var raftVariant: RaftVariant?
    /// Whether the recording carries a checker's schedule, which the game must follow instead of its clocks.
    public var followsSchedule = false
    public var actions: [TimedAction] = []
    /// The line of each action, so a step the game refuses can be named by its line.
    public var actionLines: [Int] = []
    /// The header's line, once it has named the node count.
    public var headerLine: Int?
    /// Things read past but probably meant otherwise (a misspelt action), one line each; the first few only.
    public private(set) var warnings: [String] = []
    public private(set) var warningsLeftOut = 0

    public init() {}

    mutating func warn(_ text: String) {
        if warnings.count < 5 { warnings.append(text) } else { warningsLeftOut += 1 }
    }

    /// The game to replay: the command line's choices first, then the recording's header, then the defaults.
    public func config(seed: UInt64?, nodeCount: Int?, variant: Variant?) -> GameConfig {
        GameConfig(seed: seed ?? self.seed ?? 1, nodeCount: nodeCount ?? self.nodeCount ?? 3,
                   variant: variant ?? self.variant ?? .paxos, followsSchedule: followsSchedule)
    }

    /// The Raft game to replay, as `config` chooses a Paxos one.
    public func raftConfig(seed: UInt64?, nodeCount: Int?, variant: RaftVariant? = nil) -> GameSetup<Raft> {
        GameSetup<Raft>(seed: seed ?? self.seed ?? 1, nodeCount: nodeCount ?? self.nodeCount ?? 3,
                        variant: variant ?? raftVariant ?? .raft, followsSchedule: followsSchedule)
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
        try parse(bytes: Array(text.utf8))
    }

    /// Reads a recording from raw bytes (which may be anything a damaged file holds).
    public static func parse(bytes: some Collection<UInt8>) throws -> Recording {
        var parser = RecordingParser()
        var splitter = LineSplitter()
        try splitter.feed(bytes) { try parser.take($0) }
        try splitter.finish { try parser.take($0) }
        return try parser.finish()
    }

    /// One line: the header fills in the game, an action line adds an action, any other line is skipped.
    static func read(_ trimmed: String, line lineNumber: Int, into recording: inout Recording,
                     lastTime: inout Tick) throws {
        let fields = try object(trimmed, line: lineNumber)
        let time = try timeField(fields, line: lineNumber)
        guard let event = fields["ev"] as? String else {
            throw RecordingError(line: lineNumber, reason: "missing \"ev\" (the event kind)")
        }
        if event == "game" {
            try readHeader(fields, rawLine: trimmed, into: &recording, line: lineNumber)
            return
        }
        let verb = event == "refused" ? fields["action"] as? String : event
        let isStep = event == "schedule"
        guard isStep || (verb.map(actionEvents.contains) ?? false) else {
            if let meant = NearMissEvents.intended(event) {
                recording.warn("line \(lineNumber): \"ev\": \"\(event)\" is not an action and is ignored (\"\(meant)\" meant?)")
            }
            return
        }
        guard time >= lastTime else {
            throw RecordingError(line: lineNumber, reason: "time \(Seconds.exact(time)) goes back before \(Seconds.exact(lastTime))")
        }
        lastTime = time
        let count = recording.nodeCount ?? 5
        let action: PlayerAction?
        if isStep {
            action = try scheduleStep(fields, count: count, raft: recording.protocolKind == .raft, line: lineNumber)
        } else {
            action = PlayerAction(verb: verb ?? "", node: try nodeField(fields, count: count, line: lineNumber))
        }
        if let action {
            recording.actions.append(TimedAction(time: time, action: action))
            recording.actionLines.append(lineNumber)
        }
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
    static func number(_ raw: Any) -> Double? { JSONValue.number(raw) }

    /// The largest ballot a recording may name: far beyond any game, far below anything that overflows.
    static let maxBallot = 1_000_000_000

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
        let run = rest.prefix { $0.isASCII && $0.isNumber }
        let after = rest.dropFirst(run.count).first
        let ends = after == nil || after == "," || after == "}" || after?.isWhitespace == true
        return run.isEmpty || !ends ? nil : String(run)
    }

    /// A Raft recording's header comes first, so its deliveries are read as Raft messages.
    private static func scheduleStep(_ fields: [String: Any], count: Int, raft: Bool, line: Int) throws -> PlayerAction {
        switch fields["step"] as? String {
        case "start_ballot":
            return .startBallot(try nodeField(fields, count: count, line: line))
        case "deliver" where raft:
            return .deliverRaft(try RaftScheduleReader.message(fields, count: count, line: line))
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
        guard let ballot = fields["ballot"].flatMap({ JSONValue.whole($0, in: 1...maxBallot) }) else {
            throw RecordingError(line: line, reason: "\"ballot\" must be a ballot number, 1 to \(maxBallot)")
        }
        var acceptedBallot = 0
        if let raw = fields["acc_ballot"] {
            guard let value = JSONValue.whole(raw, in: 0...maxBallot) else {
                throw RecordingError(line: line, reason: "\"acc_ballot\" must be a ballot number, 0 to \(maxBallot)")
            }
            acceptedBallot = value
        }
        return Message(kind: kind, from: try node("from"), to: try node("to"), ballot: ballot,
                       value: try optionalValue("value"), acceptedBallot: acceptedBallot,
                       acceptedValue: try optionalValue("acc_value"))
    }

    private static func readHeader(_ fields: [String: Any], rawLine: String, into recording: inout Recording,
                                   line: Int) throws {
        if let seed = fields["seed"] {
            recording.seed = try seedValue(seed, rawLine: rawLine, line: line)
        }
        if let nodes = fields["nodes"] {
            guard let count = JSONValue.whole(nodes, in: 3...5), count == 3 || count == 5 else {
                throw RecordingError(line: line, reason: "\"nodes\" must be 3 or 5")
            }
            recording.nodeCount = count
            recording.headerLine = line
        }
        if let named = fields["protocol"] {
            guard let name = named as? String, let kind = ProtocolKind(rawValue: name) else {
                let known = ProtocolKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw RecordingError(line: line, reason: "unknown \"protocol\" (expected one of \(known))")
            }
            recording.protocolKind = kind
        }
        if let variant = fields["variant"], recording.protocolKind == .raft {
            guard let name = variant as? String, let value = RaftVariant(rawValue: name) else {
                let known = RaftVariant.allCases.map(\.rawValue).joined(separator: ", ")
                throw RecordingError(line: line, reason: "unknown Raft \"variant\" (expected one of \(known))")
            }
            recording.raftVariant = value
        } else if let variant = fields["variant"] {
            guard let name = variant as? String, let value = Variant(rawValue: name) else {
                let known = Variant.allCases.map(\.rawValue).joined(separator: ", ")
                throw RecordingError(line: line, reason: "unknown \"variant\" (expected one of \(known))")
            }
            recording.variant = value
        }
        if let schedule = fields["schedule"] {
            guard let value = JSONValue.boolean(schedule) else {
                throw RecordingError(line: line, reason: "\"schedule\" must be true or false")
            }
            recording.followsSchedule = value
        }
    }

    /// A seed can exceed what a Double holds exactly, so a whole number's digits are read from the line itself.
    private static func seedValue(_ raw: Any, rawLine: String, line: Int) throws -> UInt64 {
        let bad = RecordingError(line: line, reason: "\"seed\" must be a whole number from 0 to \(UInt64.max)")
        if let text = raw as? String {
            guard let value = UInt64(text) else { throw bad }
            return value
        }
        guard let number = JSONValue.number(raw), number.isFinite, number >= 0, number.rounded() == number,
              number <= Double(UInt64.max), let text = digits(after: "\"seed\"", in: rawLine),
              let value = UInt64(text) else { throw bad }
        return value
    }
}
