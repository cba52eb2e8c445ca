import Glibc

/// A text in a cache key, hashed and compared by its UTF-8 bytes. String's own hashing and equality work on the
/// canonical form, so any text outside ASCII (every pill's "·" and "→") was normalised again on each lookup:
/// about a fifth of placing thirty pills. The game spells each text one way, so equal bytes are equal texts.
struct KeyText: Hashable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (a: KeyText, b: KeyText) -> Bool {
        var mine = a.string, theirs = b.string
        return mine.withUTF8 { x in
            theirs.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }

    func hash(into hasher: inout Hasher) {
        var contiguous = string
        contiguous.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
