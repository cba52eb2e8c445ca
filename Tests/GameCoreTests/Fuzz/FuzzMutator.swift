import Foundation
import GameCore

/// Damages a valid file the ways files get damaged: cut short, bytes flipped, numbers made huge or negative,
/// values of the wrong type, line ends changed to CRLF, lines deleted or repeated, nesting without end.
/// Every mutation follows from the generator, so a case is reproduced from its seed alone.
struct FuzzMutator {
    var random: SeededGenerator

    /// Numbers and values a hostile or broken writer might put where a number belongs.
    static let hostileValues = [
        "1e300", "-1e300", "-1", "0", "-0", "1.5", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "18446744073709551616", "1e-300", "NaN", "Infinity", "\"3\"", "\"\"", "true",
        "false", "null", "[]", "{}", "[1,2]", "{\"a\":1}", "4", "5", "2", "99999999999999999999999",
    ]

    /// One to four mutations of `bytes`.
    mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for _ in 0..<random.int(in: 1...4) { out = mutateOnce(out) }
        return out
    }

    private mutating func mutateOnce(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        switch random.int(in: 0...10) {
        case 0:  // truncate
            out = Array(out.prefix(random.int(in: 0...max(0, out.count))))
        case 1:  // flip bytes
            for _ in 0..<random.int(in: 1...8) where !out.isEmpty {
                out[random.int(in: 0...out.count - 1)] ^= UInt8(random.int(in: 1...255))
            }
        case 2, 3:  // a number or value replaced by a hostile one
            out = replaceValue(out)
        case 4:  // CRLF line ends
            var crlf: [UInt8] = []
            crlf.reserveCapacity(out.count + out.count / 16)
            for byte in out {
                if byte == 0x0A { crlf.append(0x0D) }
                crlf.append(byte)
            }
            out = crlf
        case 5:  // delete a line
            var lines = out.split(separator: 0x0A, omittingEmptySubsequences: false)
            if !lines.isEmpty { lines.remove(at: random.int(in: 0...lines.count - 1)) }
            out = Array(lines.joined(separator: [0x0A]))
        case 6:  // repeat or swap lines
            var lines = out.split(separator: 0x0A, omittingEmptySubsequences: false)
            if lines.count > 1 {
                let a = random.int(in: 0...lines.count - 1), b = random.int(in: 0...lines.count - 1)
                if random.int(in: 0...1) == 0 { lines.swapAt(a, b) } else { lines.insert(lines[a], at: b) }
            }
            out = Array(lines.joined(separator: [0x0A]))
        case 7:  // random bytes inserted
            let at = random.int(in: 0...out.count)
            out.insert(contentsOf: (0..<random.int(in: 1...16)).map { _ in UInt8(random.int(in: 0...255)) }, at: at)
        case 8:  // deep nesting, which a recursive parser could overflow its stack on
            let depth = random.int(in: 100...20_000)
            let nest = Array(repeating: UInt8(ascii: random.int(in: 0...1) == 0 ? "[" : "{"), count: depth)
            out.insert(contentsOf: nest, at: random.int(in: 0...out.count))
        case 9:  // a key renamed or its quotes broken
            if let quote = positions(of: UInt8(ascii: "\""), in: out).randomElement(using: &random) {
                out.remove(at: quote)
            }
        default:  // an event kind misspelt
            out = replace("\"kill\"", with: ["\"kil\"", "\"Kill\"", "\"KILL\"", "\"kills\""].randomElement(using: &random)!, in: out)
        }
        return out
    }

    /// Replaces the value after a random `":` with a hostile value.
    private mutating func replaceValue(_ bytes: [UInt8]) -> [UInt8] {
        let colons = positions(of: UInt8(ascii: ":"), in: bytes)
        guard let colon = colons.randomElement(using: &random) else { return bytes }
        var end = colon + 1
        while end < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), 0x0A].contains(bytes[end]) { end += 1 }
        let value = Self.hostileValues.randomElement(using: &random)!
        return Array(bytes[...colon]) + Array(value.utf8) + Array(bytes[end...])
    }

    private func positions(of byte: UInt8, in bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { buffer in
            var found: [Int] = []
            for index in 0..<buffer.count where buffer[index] == byte { found.append(index) }
            return found
        }
    }

    private func replace(_ old: String, with new: String, in bytes: [UInt8]) -> [UInt8] {
        guard let text = String(validating: bytes, as: UTF8.self), let range = text.range(of: old) else { return bytes }
        return Array(text.replacingCharacters(in: range, with: new).utf8)
    }
}

/// How many cases each fuzz test runs: a few thousand in `swift test`, more with BEATPAXOS_FUZZ_CASES
/// (`make bench` sets it), and the root seed from BEATPAXOS_FUZZ_SEED to reproduce a run.
enum FuzzSize {
    static var cases: Int { environmentInt("BEATPAXOS_FUZZ_CASES") ?? 3_000 }
    static var rootSeed: UInt64 { environmentInt("BEATPAXOS_FUZZ_SEED").map { UInt64($0) } ?? 0xB0A7_5EED }

    private static func environmentInt(_ name: String) -> Int? {
        guard let raw = getenv(name) else { return nil }
        return Int(String(cString: raw)).flatMap { $0 >= 0 ? $0 : nil }
    }
}
