// A Raft model state packed into machine words, as a Paxos one is (`StateKey`), so the explorer keeps its seen
// states in the checker's own packed table. Two states get the same key exactly when they agree on every node,
// every sent message and the safety history.

/// Appends bit fields to a growing list of words.
private struct BitWriter {
    var words: [UInt64] = []
    private var used = 64

    @inline(__always)
    mutating func write(_ value: Int, bits: Int) {
        precondition(value >= 0 && value < 1 << bits, "a field does not fit its bits")
        if used + bits > 64 {
            words.append(0)
            used = 0
        }
        words[words.count - 1] |= UInt64(value) << UInt64(used)
        used += bits
    }

    /// A set of small indices below `size`, as that many bits, set in place: keys are made for every move.
    mutating func write<Indices: Sequence<Int>>(set indices: Indices, size: Int) {
        let first = words.count
        words.append(contentsOf: repeatElement(0, count: (size + 63) / 64))
        for index in indices { words[first + index / 64] |= 1 << UInt64(index % 64) }
        used = 64
    }
}

extension RaftModelState {
    /// Terms take 6 bits in a key.
    static let maxKeyTerm = 63

    /// With `forgettingHistory`, the history the invariants can no longer use is left out (see `RaftDeadHistory`).
    func key(maxTerm: Term, forgettingHistory: Bool = false) -> StateKey {
        let count = nodes.count
        var writer = BitWriter()
        writer.words.reserveCapacity(count + 8 + sent.count)
        for node in nodes {
            writer.write(node.currentTerm, bits: 6)
            writer.write((node.votedFor ?? -1) + 1, bits: 3)
            writer.write(node.entry?.term ?? 0, bits: 6)
            writer.write((node.entry?.value ?? -1) + 1, bits: 3)
            writer.write((node.learned ?? -1) + 1, bits: 3)
            writer.write(node.role == .follower ? 0 : node.role == .candidate ? 1 : 2, bits: 2)
            writer.write(Int(node.votes.bits), bits: 8)
            writer.write(Int(node.acks.bits), bits: 8)
            writer.write(node.committed ? 1 : 0, bits: 1)
        }
        // The history as bit sets over (term, node, node-or-value) and (node, value): fixed sizes for a bound.
        let triples = maxTerm * count * count
        func triple(_ term: Term, _ a: Int, _ b: Int) -> Int { ((term - 1) * count + a) * count + b }
        writer.write(set: ledger.leaders.lazy.map { triple($0.term, $0.node, $0.value) }, size: triples)
        let nodes = nodes
        writer.write(set: ledger.votes.lazy.filter { !forgettingHistory || RaftDeadHistory.isLive($0, nodes: nodes) }
                        .map { triple($0.term, $0.voter, $0.candidate) }, size: triples)
        let stored = forgettingHistory ? RaftDeadHistory.liveStored(ledger, nodes: nodes) : ledger.stored
        writer.write(set: stored.lazy.map { triple($0.term, $0.node, $0.value) }, size: triples)
        writer.write(set: ledger.decisions.lazy.map { $0.node * count + $0.value }, size: count * count)
        // The sent messages last: the only part of variable length.
        var words = writer.words
        words.append(contentsOf: sent)
        return StateKey(words: words)
    }
}
