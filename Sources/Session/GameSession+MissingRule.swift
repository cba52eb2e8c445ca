import GameCore

/// On a broken level, the log marks the moment the rule the level leaves out is used, so the class sees where
/// the break comes from, not only that it happened.
extension GameSession {
    /// A log line for an event that relied on the missing rule; nil for any other event, and always on Paxos.
    func missingRuleLine(_ kind: EventKind) -> String? {
        let rules = config.rules
        let tail = ": the rule this level leaves out"
        switch (rules.variant, kind) {
        case (.amnesia, .recover(let node)):
            return "\(NodeNames.title(node)) comes back with no memory of its promise or its vote\(tail)"
        case (.stubborn, .crownGained(let node, _, let value)):
            let state = game.nodes[node].state
            guard let reported = state.reportedValue, reported != value else { return nil }
            return "\(NodeNames.title(node)) proposes \(NodeNames.name(value)), ignoring "
                + "\(NodeNames.name(reported))@\(state.reportedBallot) reported in p1b\(tail)"
        case (.promiseBreaker, .accept(let node, let ballot, let value)):
            let promised = game.nodes[node].state.promised
            guard promised > ballot else { return nil }
            return "\(NodeNames.title(node)) accepts \(NodeNames.name(value)) at ballot \(ballot) though it promised "
                + "ballot \(promised)\(tail)"
        case (.smallQuorum, .crownGained(let node, let ballot, _)):
            let count = game.nodes[node].state.promisers.count
            guard count < rules.nodeCount / 2 + 1 else { return nil }
            return "\(NodeNames.title(node)) leads ballot \(ballot) with promises from only \(count) of \(rules.nodeCount) "
                + "nodes, not a majority\(tail)"
        default:
            return nil
        }
    }
}
