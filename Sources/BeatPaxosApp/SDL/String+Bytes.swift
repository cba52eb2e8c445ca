import Glibc

/// Cache keys hash and compare their texts by UTF-8 bytes. String's own hashing and equality work on the
/// canonical form, so any text outside ASCII (every pill's "·" and "→") was normalised again on each lookup:
/// about a fifth of placing thirty pills. The game spells each text one way, so equal bytes are equal texts.
extension String {
    func hashBytes(into hasher: inout Hasher) {
        var contiguous = self
        contiguous.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    func hasSameBytes(as other: String) -> Bool {
        var mine = self, theirs = other
        return mine.withUTF8 { a in
            theirs.withUTF8 { b in a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) }
        }
    }
}
