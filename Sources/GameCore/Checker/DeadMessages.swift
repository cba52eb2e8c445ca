/// Which sent messages can no longer change anything, so the checker may forget them.
///
/// Every rule below also needs the ballot to be one the recipient has already seen (delivery raises
/// `highestSeen`); for p1a, p2a, p1b and p2b that follows from the promise the rule looks at.
///
/// Two states that differ only in such messages have the same futures (delivering a dead message changes no
/// state and sends nothing new), so forgetting them merges states without losing any behaviour. The rules lean
/// on acceptor state that only grows, so nothing is forgotten in the amnesia level, and p2a is kept in the
/// promise-breaker level, whose acceptors take even old proposals.
enum DeadMessages {
    static func isDead(_ message: Message, to recipient: NodeState, variant: Variant) -> Bool {
        guard variant != .amnesia else { return false }
        switch message.kind {
        case .p1a:
            // A promise never goes down: this one will be refused now and forever.
            return recipient.promised >= message.ballot
        case .p2a:
            guard variant != .promiseBreaker else { return false }
            let alreadyAccepted = recipient.promised == message.ballot && recipient.acceptedBallot == message.ballot
            return recipient.promised > message.ballot || alreadyAccepted
        case .p1b:
            // A proposer never returns to a ballot it left: its next one is above everything it promised.
            return !(recipient.role == .preparing && recipient.ballot == message.ballot)
        case .p2b:
            return !(recipient.role == .leading && recipient.ballot == message.ballot && !recipient.decided)
        case .p3:
            // With real Paxos a node's learned value never changes once set; the ballot still counts as seen.
            return variant == .paxos && recipient.learned == message.value && recipient.highestSeen >= message.ballot
        }
    }
}

extension ModelState {
    /// Forgets the sent messages to `node` that its new state makes dead.
    mutating func forgetDeadMessages(to node: NodeID, registry: MessageRegistry, variant: Variant) {
        for (word, bits) in sent.enumerated() where bits != 0 {
            for bit in 0..<64 where bits & (1 << UInt64(bit)) != 0 {
                let message = registry.messages[word * 64 + bit]
                if message.to == node, DeadMessages.isDead(message, to: nodes[node], variant: variant) {
                    sent[word] &= ~(1 << UInt64(bit))
                }
            }
        }
        while let last = sent.last, last == 0 { sent.removeLast() }
    }
}
