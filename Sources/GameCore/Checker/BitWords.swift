/// A set of small numbers kept as bits in 64-bit words, trailing zero words trimmed: how both checkers keep
/// the set of sent messages (by registry index), so equal sets are equal arrays and hash alike.
extension Array where Element == UInt64 {
    mutating func insertBit(_ index: Int) {
        let word = index / 64
        if word >= count { append(contentsOf: repeatElement(0, count: word - count + 1)) }
        self[word] |= 1 << UInt64(index % 64)
    }

    /// The numbers in the set, ascending.
    var bitIndices: [Int] {
        var indices: [Int] = []
        for (word, bits) in enumerated() where bits != 0 {
            for bit in 0..<64 where bits & (1 << UInt64(bit)) != 0 { indices.append(word * 64 + bit) }
        }
        return indices
    }
}
