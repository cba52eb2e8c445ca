/// Which sent messages can no longer change anything, so the checker may forget them.
///
/// A message is dead when delivering it now changes no state and sends nothing new, and the same stays true in
/// every future of the recipient: then two states that differ only in such messages have the same futures, and
/// forgetting them merges states without losing any behaviour. "Every future" includes a crash, which lowers a
/// node's highest-seen ballot to its promise and vote: so every rule below asks that the ballot be covered by the
/// promise (which survives a crash), not only by the highest-seen ballot (which does not).
///
/// Each rule needs some facts about the handlers (`HandlerFacts`); a rule whose facts the run may not rely on
/// keeps its messages. The checker tests the facts on every transition.
enum DeadMessages {
    static func isDead(_ message: Message, to recipient: NodeState, facts: HandlerFacts) -> Bool {
        switch message.kind {
        case .p1a:
            // Refused now; refused forever, as the promise never goes down.
            guard facts.isSuperset(of: [.promisesNeverDrop, .seenCoversAcceptor]) else { return false }
            return recipient.promised >= message.ballot
        case .p2a:
            // Refused now and forever, or accepted already: a second accept of the same vote changes nothing.
            let needs: HandlerFacts = [.promisesNeverDrop, .votesNeverDrop, .votesKeepPromises, .seenCoversAcceptor,
                                       .ballotsMoveUp]
            guard facts.isSuperset(of: needs) else { return false }
            let alreadyAccepted = recipient.promised == message.ballot && recipient.acceptedBallot == message.ballot
                && recipient.acceptedValue == message.value
            return recipient.promised > message.ballot || alreadyAccepted
        case .p1b:
            // A proposer never returns to a ballot it left: its next one is above everything it promised.
            guard facts.isSuperset(of: [.promisesNeverDrop, .ballotsMoveUp, .seenCoversAcceptor]) else { return false }
            return !(recipient.role == .preparing && recipient.ballot == message.ballot)
                && recipient.promised >= message.ballot
        case .p2b:
            guard facts.isSuperset(of: [.promisesNeverDrop, .ballotsMoveUp, .seenCoversAcceptor]) else { return false }
            return !(recipient.role == .leading && recipient.ballot == message.ballot && !recipient.decided)
                && recipient.promised >= message.ballot
        case .p3:
            // The node knows this value already and never changes it; the ballot stays seen through a crash.
            guard facts.isSuperset(of: [.learnedIsFinal, .promisesNeverDrop, .seenCoversAcceptor]) else { return false }
            return recipient.learned == message.value && recipient.promised >= message.ballot
        }
    }
}

extension ModelState {
    /// Forgets the sent messages to `node` that its new state makes dead.
    mutating func forgetDeadMessages(to node: NodeID, registry: MessageRegistry, facts: HandlerFacts) {
        for (word, bits) in sent.enumerated() where bits != 0 {
            var rest = bits
            while rest != 0 {
                let bit = rest.trailingZeroBitCount
                rest &= rest - 1
                let id = word * 64 + bit
                guard registry.recipient(of: id) == node else { continue }
                if DeadMessages.isDead(registry[id], to: nodes[node], facts: facts) {
                    sent[word] &= ~(1 << UInt64(bit))
                }
            }
        }
        while let last = sent.last, last == 0 { sent.removeLast() }
    }
}
