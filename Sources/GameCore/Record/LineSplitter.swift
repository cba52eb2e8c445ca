/// Cuts bytes into lines as they arrive, so a recording of any size is read a line at a time.
///
/// A line ends at LF; a CR before it is dropped (recordings edited on Windows end lines with CRLF).
/// A line longer than `maxLineBytes` is reported rather than held, so one endless line cannot fill memory.
struct LineSplitter {
    static let maxLineBytes = 1 << 20

    private var pending: [UInt8] = []
    private var overlong = false

    /// Feeds more bytes; calls `line` with each complete line (nil for one that was too long).
    mutating func feed<Bytes: Collection>(_ bytes: Bytes, _ line: ([UInt8]?) throws -> Void) rethrows
    where Bytes.Element == UInt8 {
        var start = bytes.startIndex
        while let newline = bytes[start...].firstIndex(of: 0x0A) {
            append(bytes[start..<newline])
            try line(take())
            start = bytes.index(after: newline)
        }
        append(bytes[start...])
    }

    /// The last line, if the bytes did not end with a newline.
    mutating func finish(_ line: ([UInt8]?) throws -> Void) rethrows {
        if !pending.isEmpty || overlong { try line(take()) }
    }

    private mutating func append(_ bytes: some Collection<UInt8>) {
        guard !overlong else { return }
        if pending.count + bytes.count > Self.maxLineBytes {
            overlong = true
            pending = []
        } else {
            pending.append(contentsOf: bytes)
        }
    }

    private mutating func take() -> [UInt8]? {
        defer { pending = []; overlong = false }
        if overlong { return nil }
        if pending.last == 0x0D { pending.removeLast() }
        return pending
    }
}
