/// A state of the Raft explorer: every node's Raft state, every message ever sent, and the safety history.
///
/// Sent messages are never removed (TLA+'s `msgs`): any of them may be delivered at any point, again and again.
public struct RaftModelState: Hashable, Sendable {
    public var nodes: [RaftNodeState]
    /// The sent messages as bits of `RaftMessageRegistry` indices, trailing zero words trimmed.
    var sent: [UInt64] = []
    public var ledger: RaftLedger

    public init(rules: RaftRules) {
        nodes = (0..<rules.nodeCount).map(RaftNodeState.init(id:))
        ledger = RaftLedger(rules: rules)
    }

    mutating func markSent(_ index: Int) { sent.insertBit(index) }

    /// Indices of the sent messages, ascending.
    func sentIndices() -> [Int] { sent.bitIndices }

    /// Applies one pure step's result to its node, recording its events and sent messages; messages that can no
    /// longer change anything are left out (see `RaftDeadMessages`).
    mutating func apply(_ step: RaftStep, registry: RaftMessageRegistry, variant: RaftVariant, forgetting: Bool = true) {
        let node = step.state.id
        nodes[node] = step.state
        ledger.record(step.events)
        func isDead(_ message: RaftMessage) -> Bool {
            forgetting && RaftDeadMessages.isDead(message, to: nodes[message.to], variant: variant)
        }
        for message in step.outgoing where !isDead(message) {
            markSent(registry.id(of: message))
        }
        guard forgetting else { return }
        // Bit by bit in place: this runs on every move, and a list of indices would be made and freed each time.
        for word in sent.indices {
            var bits = sent[word]
            while bits != 0 {
                let bit = bits.trailingZeroBitCount
                bits &= bits - 1
                let message = registry.messages[word * 64 + bit]
                if message.to == node, isDead(message) { sent[word] &= ~(1 << UInt64(bit)) }
            }
        }
        while let last = sent.last, last == 0 { sent.removeLast() }
    }
}

/// Gives each distinct message a small number, in order of first sending, so a set of sent messages is a bit set.
final class RaftMessageRegistry {
    private var index: [RaftMessage: Int] = [:]
    private(set) var messages: [RaftMessage] = []

    func id(of message: RaftMessage) -> Int {
        if let known = index[message] { return known }
        let id = messages.count
        index[message] = id
        messages.append(message)
        return id
    }
}
