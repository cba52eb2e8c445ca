extension RaftRecordingFormat {
    /// A node's own event: `stand`, `adopt_term`, `vote`, `vote_refused`, `append`, `append_refused`, `ignore`,
    /// and the shared `crown_gained`, `crown_lost`, `decide` and `learn` with `term` where Paxos says ballot.
    static func nodeLine(_ event: RaftEvent, at time: Tick) -> String {
        let name = NodeNames.name
        var json: JSONLine
        switch event {
        case .common(let kind):
            json = start(kind.name, at: time)
            addCommon(kind, to: &json)
        case let .electionStarted(node, term, lastLogTerm):
            json = start("stand", at: time)
            json.add("node", name(node))
            json.add("term", term)
            json.add("last_log_term", lastLogTerm)
        case let .termAdopted(node, term, previous):
            json = start("adopt_term", at: time)
            json.add("node", name(node))
            json.add("term", term)
            json.add("previous", previous)
        case let .voteGranted(node, term, candidate):
            json = start("vote", at: time)
            json.add("node", name(node))
            json.add("term", term)
            json.add("for", name(candidate))
        case let .voteRefused(node, term, candidate, reason):
            json = start("vote_refused", at: time)
            json.add("node", name(node))
            json.add("term", term)
            json.add("candidate", name(candidate))
            json.add("reason", reason.text)
        case let .appended(node, term, value):
            json = start("append", at: time)
            json.add("node", name(node))
            json.add("term", term)
            json.add("value", name(value))
        case let .appendRefused(node, term, leader, reason):
            json = start("append_refused", at: time)
            json.add("node", name(node))
            json.add("term", term)
            json.add("leader", name(leader))
            json.add("reason", reason.text)
        case let .ignored(node, message, reason):
            json = start("ignore", at: time)
            json.add("node", name(node))
            addMessage(message, to: &json)
            json.add("reason", reason.text)
        }
        return json.line
    }

    /// Crowns, commits and learns: a learn names only the node and the value, as the decision is all it knows.
    private static func addCommon(_ kind: EventKind, to json: inout JSONLine) {
        let name = NodeNames.name
        switch kind {
        case let .crownGained(node, term, value), let .decide(node, term, value):
            json.add("node", name(node))
            json.add("term", term)
            json.add("value", name(value))
        case let .crownLost(node, term, reason, toppled):
            json.add("node", name(node))
            json.add("term", term)
            json.add("reason", reason.raftText)
            json.add("toppled", toppled)
        case let .learn(node, _, value):
            json.add("node", name(node))
            json.add("value", name(value))
        default:
            // Raft's handlers emit no other shared event.
            json.add("sentence", kind.sentence)
        }
    }
}

extension CrownLoss {
    /// Why a Raft leader lost its crown, in Raft's words.
    var raftText: String {
        switch self {
        case .higherBallot(let term): return "saw term \(term)"
        case .restarted: return "timed out and stood again"
        case .crashed: return "crashed"
        case .learnedDecision: return "learned the commit"
        }
    }
}
