/// A state of the checker's abstract game: every node's protocol state, who is down, every message ever
/// sent, and the safety history. Time is abstracted away.
///
/// Sent messages stay (the TLA+ spec's `msgs`): any of them may be delivered at any point, again and again.
/// The one exception is a message that can no longer change anything (see `DeadMessages`): the checker
/// forgets it, so states that differ only in such messages count once.
public struct ModelState: Hashable, Sendable {
    public var nodes: [NodeState]
    public var down = NodeSet()
    /// The sent messages as bits of `MessageRegistry` indices, trailing zero words trimmed.
    var sent: [UInt64] = []
    public var ledger: SafetyLedger

    public init(rules: ProtocolRules) {
        nodes = (0..<rules.nodeCount).map(NodeState.init(id:))
        ledger = SafetyLedger(rules: rules)
    }

    mutating func markSent(_ index: Int) { sent.insertBit(index) }

    /// Indices of the sent messages, ascending.
    func sentIndices() -> [Int] { sent.bitIndices }
}
