import GameCore

/// The words in a Raft node's box: its role, then its term, its vote and its log entry.
public enum RaftNodeText {
    /// The role line from the fullest wording to the shortest: "leader replicating green", "leader, green", "leader";
    /// "committed green", "committed".
    public static func stateForms(_ node: TimedNode<Raft>) -> [String] {
        let state = node.state
        let name = NodeNames.name
        if !node.isAlive { return ["DOWN"] }
        // "committed" alone when the value does not fit beside it: the log line under it names the value.
        if let learned = state.learned { return ["committed \(name(learned))", "committed", name(learned)] }
        switch state.role {
        case .leader:
            let value = state.entry.map { name($0.value) } ?? "?"
            return ["leader replicating \(value)", "leader, \(value)", "leader"]
        case .candidate:
            let votes = state.votes.count
            return ["candidate, \(votes) vote\(votes == 1 ? "" : "s")", "candidate"]
        case .follower:
            return ["follower"]
        }
    }

    /// "term 4 · voted Red", "log green@4", "inbox 2": parts that wrap whole (term and vote together, as a vote
    /// counts only in its term).
    public static func detail(_ node: TimedNode<Raft>) -> [String] {
        let state = node.state
        var parts: [String] = []
        let vote = state.votedFor.map { "voted \(NodeNames.title($0))" }
        if state.currentTerm > 0 {
            parts.append(["term \(state.currentTerm)", vote].compactMap { $0 }.joined(separator: " · "))
        } else if let vote {
            parts.append(vote)
        }
        if let entry = state.entry { parts.append("log \(NodeNames.name(entry.value))@\(entry.term)") }
        if !node.inbox.isEmpty { parts.append("inbox \(node.inbox.count)") }
        return parts
    }

    /// "log green@4" may shorten to "green@4", "term 4 · voted Red" to "t4 · voted Red" and "t4 · Red"; the rest
    /// stays whole.
    public static func detailForms(_ part: String) -> [String] {
        if part.hasPrefix("log ") { return [part, String(part.dropFirst("log ".count))] }
        guard part.hasPrefix("term ") else { return [part] }
        let short = "t" + part.dropFirst("term ".count)
        return [part, short, short.replacingOccurrences(of: "voted ", with: "")]
    }
}
