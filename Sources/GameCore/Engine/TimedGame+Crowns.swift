extension TimedGame {
    /// The crown marked "highest" when several live nodes wear one: the leader of the highest ballot, the
    /// one whose proposal can still win. Nil with one crown or none, when there is nothing to tell apart.
    public var highestCrown: NodeID? {
        var count = 0
        var highest: TimedNode<P>?
        for node in nodes where node.isAlive && node.state.wearsCrown {
            count += 1
            if highest.map({ $0.state.standingBallot < node.state.standingBallot }) ?? true { highest = node }
        }
        return count > 1 ? highest?.id : nil
    }

    /// The values decided (or learned) this round, in the order first decided: two or more break Agreement.
    public var decidedThisRound: [Value] { ledger.decidedValues }
}
