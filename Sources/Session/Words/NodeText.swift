import GameCore

/// The words in a Paxos node's box: what it is doing, in the game's vocabulary.
public enum NodeText {
    public static func state(_ node: NodeRuntime) -> String {
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

    /// The state from the fullest wording to the shortest, for a box with little room: "leader b2 proposing
    /// green", "leader b2, green", "leader b2". A box shows the fullest that fits rather than cut a word short.
    public static func stateForms(_ node: NodeRuntime) -> [String] {
        let state = node.state
        let name = NodeNames.name
        guard node.isAlive, state.learned == nil else { return [self.state(node)] }
        switch state.role {
        case .leading:
            let proposal = state.proposal.map(name) ?? "?"
            return [self.state(node), "leader b\(state.ballot), \(proposal)", "leader b\(state.ballot)"]
        case .follower where state.acceptedBallot > 0 && state.acceptedValue != nil:
            let value = name(state.acceptedValue ?? 0)
            return [self.state(node), "accepted \(value)@\(state.acceptedBallot)", "\(value)@\(state.acceptedBallot)"]
        default:
            return [self.state(node)]
        }
    }

    /// A detail part from its full wording to its fewest letters, for a box too narrow for it: "accepted
    /// blue@3", "voted blue@3" (the pane's protocol calls an accepted value a vote), "blue@3" (its v@a notation).
    public static func detailForms(_ part: String) -> [String] {
        guard part.hasPrefix("accepted ") else { return [part] }
        let vote = part.dropFirst("accepted ".count)
        return [part, "voted " + vote, String(vote)]
    }

    /// A second, smaller line: the acceptor's promise and what waits in its inbox, as parts that wrap whole.
    /// A leader's box already says its ballot (the big number) and its proposal, so its promise of that ballot
    /// and its vote for its own proposal are left out: only a promise or vote that tells something new is shown,
    /// and a lecture-sized box keeps room for it.
    public static func detail(_ node: NodeRuntime) -> [String] {
        let state = node.state
        let leads = state.role == .leading
        var parts: [String] = []
        if state.promised > 0, !(leads && state.promised == state.ballot) { parts.append("promised b\(state.promised)") }
        if state.role != .follower, state.acceptedBallot > 0, let value = state.acceptedValue,
           !(leads && state.acceptedBallot == state.ballot && value == state.proposal) {
            parts.append("accepted \(NodeNames.name(value))@\(state.acceptedBallot)")
        }
        if !node.inbox.isEmpty { parts.append("inbox \(node.inbox.count)") }
        return parts
    }
}

extension NodeText {
    /// "times out in 13 s", or a shorter form that fits a narrow box (five nodes on a small window). Whole
    /// seconds, rounded up: a countdown in tenths flickers on a projector, and the window repaints each box
    /// only when its words change.
    public static func timeout(_ ms: Tick) -> [String] {
        let seconds = timeoutSeconds(ms)
        return ["times out in \(seconds) s", "timeout \(seconds) s", "\(seconds) s"]
    }

    /// The whole seconds a box's countdown shows.
    public static func timeoutSeconds(_ ms: Tick) -> Int { Int((max(0, ms) + 999) / 1000) }
}
