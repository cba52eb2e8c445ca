import GameCore

/// The words in a node's box: what it is doing, in the game's vocabulary.
enum NodeText {
    static func state(_ node: NodeRuntime) -> String {
        let state = node.state
        let name = NodeNames.name
        if !node.isAlive { return "DOWN" }
        if let learned = state.learned { return "decided \(name(learned))" }
        switch state.role {
        case .leading:
            return "leader b\(state.ballot) proposing \(state.proposal.map(name) ?? "?")"
        case .preparing:
            return "preparing b\(state.ballot)"
        case .follower:
            if state.acceptedBallot > 0, let value = state.acceptedValue {
                return "accepted \(name(value)) at b\(state.acceptedBallot)"
            }
            return "idle"
        }
    }

    /// A second, smaller line: the acceptor's promise and what waits in its inbox, as parts that wrap whole.
    static func detail(_ node: NodeRuntime) -> [String] {
        var parts: [String] = []
        if node.state.promised > 0 { parts.append("promised b\(node.state.promised)") }
        if node.state.role != .follower, node.state.acceptedBallot > 0, let value = node.state.acceptedValue {
            parts.append("accepted \(NodeNames.name(value))@\(node.state.acceptedBallot)")
        }
        if !node.inbox.isEmpty { parts.append("inbox \(node.inbox.count)") }
        return parts
    }
}

extension NodeText {
    /// "times out in 12.1 s", or a shorter form that fits a narrow box (five nodes on a small window).
    static func timeout(_ ms: Tick) -> [String] {
        let seconds = Seconds.text(ms)
        return ["times out in \(seconds) s", "timeout \(seconds) s", "\(seconds) s"]
    }
}
