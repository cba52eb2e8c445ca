/// Proposer fields that no handler will read again before overwriting them, cleared so the checker counts
/// states that differ only in them once (dead-variable reduction).
///
/// Why each field is dead (`PaxosNode`, `DeadMessages` and the stale-reply reasons are the only readers):
/// - A follower's `ballot`, `promisers`, `accepters`, `reportedBallot`, `reportedValue`, `proposal` and
///   `decided`: every reader first asks for a preparing or leading role, and `startBallot` overwrites them all
///   before the node prepares again.
/// - A leader's `promisers`, `reportedBallot` and `reportedValue`: they are read only while preparing (to count
///   promises and pick the value at the step into phase 2), and only `startBallot` makes a node prepare again.
/// - `highestSeen` is read only through `nextBallot`, as the highest of it, the promise and the vote; any
///   value between the node's last own ballot at or below that highest and the highest itself gives the
///   same next ballot now and after any later raise, so it is lowered to the least of them that still
///   covers the promise and the vote (the `seenCoversAcceptor` fact keeps holding).
///
/// States merged here behave alike in every future (same moves, same messages, same ledger), so the merged
/// search reaches the same node and ledger states up to these fields: `CheckerReductionTests` compares it with
/// the search that keeps them.
extension NodeState {
    func clearingDeadFields(rules: ProtocolRules) -> NodeState {
        var node = self
        switch role {
        case .follower:
            node.ballot = 0
            node.promisers = NodeSet()
            node.accepters = NodeSet()
            node.reportedBallot = 0
            node.reportedValue = nil
            node.proposal = nil
            node.decided = false
        case .leading:
            node.promisers = NodeSet()
            node.reportedBallot = 0
            node.reportedValue = nil
        case .preparing:
            break
        }
        let acceptor = max(promised, acceptedBallot)
        let highest = max(highestSeen, acceptor)
        let lastOwn = rules.lastOwnBallot(of: id, atOrBelow: highest)
        node.highestSeen = max(lastOwn, acceptor)
        return node
    }
}

extension ProtocolRules {
    /// The node's highest own ballot at or below `ballot`, or 0 if it owns none there.
    func lastOwnBallot(of node: NodeID, atOrBelow ballot: Ballot) -> Ballot {
        let first = node + 1
        guard ballot >= first else { return 0 }
        return first + (ballot - first) / nodeCount * nodeCount
    }
}
