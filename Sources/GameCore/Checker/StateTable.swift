/// The checker's table of seen states: every key packed end to end in one array and found again through an
/// open-addressing index, so a state costs its key's words and a few bytes (about 130 bytes with three nodes),
/// and the states of a level can be rebuilt from it instead of being kept whole.
final class StateTable {
    private var arena: [UInt64] = []
    /// Where each state's key starts in the arena: its length word, then the words.
    private var offsets: [UInt32] = []
    private var hashes: [UInt32] = []
    /// State number plus one, or 0 for an empty slot.
    private var slots: [UInt32] = Array(repeating: 0, count: 1 << 16)

    var count: Int { offsets.count }

    /// Bytes held now, and the most that growing the largest array next could add on top (the old and
    /// new buffers live side by side while it is copied).
    var bytes: Int { arena.capacity * 8 + (offsets.capacity + hashes.capacity + slots.capacity) * 4 }
    var nextGrowthBytes: Int { max(arena.capacity * 8 * 2, slots.count * 4 * 2) }

    /// Adds the key unless it is there; returns its state number and whether it was new, or nil when the
    /// table cannot address another key (the search is too large: the caller stops and says so).
    func insert(_ key: StateKey) -> (id: Int, inserted: Bool)? {
        let words = key.words
        let hash = Self.hash(words)
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let id = Int(slots[slot] - 1)
            if hashes[id] == hash, self.words(of: id).elementsEqual(words) { return (id, false) }
            slot = (slot + 1) & (slots.count - 1)
        }
        let id = offsets.count
        guard arena.count + words.count + 1 < Int(UInt32.max), id < Int(UInt32.max) - 1,
              slots.count < Int(UInt32.max) / 2 else { return nil }
        offsets.append(UInt32(arena.count))
        hashes.append(hash)
        arena.append(UInt64(words.count))
        arena.append(contentsOf: words)
        slots[slot] = UInt32(id + 1)
        if offsets.count * 10 > slots.count * 7 { grow() }
        return (id, true)
    }

    /// Lends a reader of the table to `body`. The search's workers read through it side by side while no key is
    /// added; it reads the arrays' memory directly, so two threads reading do not fight over the arrays'
    /// reference counts (which cost more than the reading).
    func withReader<Result>(_ body: (Reader) -> Result) -> Result {
        arena.withUnsafeBufferPointer { arena in
            offsets.withUnsafeBufferPointer { offsets in
                hashes.withUnsafeBufferPointer { hashes in
                    slots.withUnsafeBufferPointer { slots in
                        body(Reader(arena: arena, offsets: offsets, hashes: hashes, slots: slots))
                    }
                }
            }
        }
    }

    struct Reader: @unchecked Sendable {
        let arena: UnsafeBufferPointer<UInt64>
        let offsets: UnsafeBufferPointer<UInt32>
        let hashes: UnsafeBufferPointer<UInt32>
        let slots: UnsafeBufferPointer<UInt32>

        /// Whether the key is there.
        func contains(_ key: StateKey) -> Bool {
            let words = key.words
            let hash = StateTable.hash(words)
            var slot = Int(hash) & (slots.count - 1)
            while slots[slot] != 0 {
                let id = Int(slots[slot] - 1)
                if hashes[id] == hash, self.words(of: id).elementsEqual(words) { return true }
                slot = (slot + 1) & (slots.count - 1)
            }
            return false
        }

        /// The key of state `id`.
        func words(of id: Int) -> Slice<UnsafeBufferPointer<UInt64>> {
            let start = Int(offsets[id])
            return arena[(start + 1)..<(start + 1 + Int(arena[start]))]
        }
    }

    /// The key of state `id`.
    func words(of id: Int) -> ArraySlice<UInt64> {
        let start = Int(offsets[id])
        return arena[(start + 1)..<(start + 1 + Int(arena[start]))]
    }

    private func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for id in 0..<offsets.count {
            var slot = Int(hashes[id]) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = UInt32(id + 1)
        }
    }

    /// A fixed mix of the words: the table's layout, and so its speed, does not change from run to run.
    fileprivate static func hash(_ words: [UInt64]) -> UInt32 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for word in words {
            h = (h ^ word) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
        }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}
