/// Which parts of the safety history can no longer take part in any future violation, so the explorer's state
/// key may leave them out and merge states that differ only there.
///
/// Both rules lean on terms that never go down, so nothing is left out in the amnesia level. The history itself
/// stays whole in every state (the invariants are always judged on the full ledger); only the key forgets. A
/// state is checked when it is first seen, and whatever a move adds to the history is live at that moment (a
/// vote or an entry at its node's current term), so two states with one key agree on every fresh violation.
enum RaftDeadHistory {
    /// Votes Votes kept can still pair with a new vote: those at their voter's current term. A node never votes
    /// again in a term it has left, so an older vote can never be half of a double vote.
    static func liveVotes(_ ledger: RaftLedger, nodes: [RaftNodeState]) -> [RaftVote] {
        ledger.votes.filter { isLive($0, nodes: nodes) }
    }

    @inline(__always)
    static func isLive(_ vote: RaftVote, nodes: [RaftNodeState]) -> Bool { vote.term >= nodes[vote.voter].currentTerm }

    /// Stored entries that still count: every entry of a committed (term, value), and every entry at a term some
    /// node can still store at. A node stores only at its current term, so once every node has passed term t,
    /// no entry of t that is not yet committed ever will be, and it can no longer make a leader incomplete.
    static func liveStored(_ ledger: RaftLedger, nodes: [RaftNodeState]) -> [StoredEntry] {
        var lowestTerm = Term.max
        for node in nodes { lowestTerm = min(lowestTerm, node.currentTerm) }
        // Most states have no entry of a passed term: then there is nothing to leave out, nor to work out.
        guard ledger.stored.contains(where: { $0.term < lowestTerm }) else { return ledger.stored }
        let committed = ledger.committed
        return ledger.stored.filter { entry in
            entry.term >= lowestTerm || committed.contains { $0.term == entry.term && $0.value == entry.value }
        }
    }
}
