import Foundation

/// Reads the Raft message of a schedule line, as `RaftRecordingFormat` writes it: `type`, `from`, `to`, `term`,
/// and where the kind uses them `last_log_term`, `granted`, `success` and `value`.
enum RaftScheduleReader {
    static func message(_ fields: [String: Any], count: Int, line: Int) throws -> RaftMessage {
        func node(_ key: String, what: String = "a node") throws -> NodeID {
            guard let name = fields[key] as? String, let node = NodeNames.node(named: name, count: count) else {
                throw RecordingError(line: line, reason: "\"\(key)\" must name \(what)")
            }
            return node
        }
        func term(_ key: String, from lowest: Int) throws -> Term {
            guard let term = fields[key].flatMap({ JSONValue.whole($0, in: lowest...RecordingReader.maxBallot) }) else {
                throw RecordingError(line: line, reason: "\"\(key)\" must be a term number, \(lowest) to \(RecordingReader.maxBallot)")
            }
            return term
        }
        func flag(_ key: String) throws -> Bool {
            guard let raw = fields[key], let value = JSONValue.boolean(raw) else {
                throw RecordingError(line: line, reason: "\"\(key)\" must be true or false")
            }
            return value
        }
        guard let kindName = fields["type"] as? String, let kind = RaftMessageKind(rawValue: kindName) else {
            let known = RaftMessageKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw RecordingError(line: line, reason: "\"type\" must be one of \(known)")
        }
        var message = RaftMessage(kind: kind, from: try node("from"), to: try node("to"), term: try term("term", from: 1))
        switch kind {
        case .rv: message.lastLogTerm = try term("last_log_term", from: 0)
        case .vr: message.granted = try flag("granted")
        case .ar: message.granted = try flag("success")
        case .ae, .commit: message.value = try node("value", what: "a colour")
        }
        return message
    }
}
