/// Which sent Raft messages can no longer change anything, so the explorer may forget them.
///
/// Two states that differ only in such messages have the same futures (delivering one changes no state and
/// sends nothing), so forgetting them merges states without losing any behaviour. The rules lean on terms that
/// never go down, so nothing is forgotten in the amnesia level. Requests (rv, ae) are never forgotten: a stale
/// one still draws a refusal carrying the recipient's current term, which may be news to its sender.
enum RaftDeadMessages {
    static func isDead(_ message: RaftMessage, to recipient: RaftNodeState, variant: RaftVariant) -> Bool {
        guard variant != .amnesia else { return false }
        let term = recipient.currentTerm
        switch message.kind {
        case .rv, .ae:
            return false
        case .vr:
            // A node never again stands in a term it has reached, and its votes only grow while it stands.
            if message.term != term { return message.term < term }
            return !(recipient.role == .candidate && message.granted && !recipient.votes.contains(message.from))
        case .ar:
            // A node never again leads a term it has left; its acks only grow while it leads.
            if message.term != term { return message.term < term }
            return !(recipient.role == .leader && message.success && !recipient.acks.contains(message.from)
                && !recipient.committed)
        case .commit:
            // In real Raft a learned value never changes (Agreement, which the explorer checks on the way).
            return variant == .raft && recipient.learned == message.value && message.term <= term
        }
    }
}
