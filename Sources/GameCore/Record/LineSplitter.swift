import Foundation

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
        // Contiguous bytes (arrays, Data) are scanned as a buffer: fast even in a debug build.
        let done: Void?? = try bytes.withContiguousStorageIfAvailable { try feed(buffer: $0, line) }
        if done == nil { try feed(buffer: Array(bytes), line) }
    }

    private mutating func feed(buffer: UnsafeBufferPointer<UInt8>, _ line: ([UInt8]?) throws -> Void) rethrows {
        guard let base = buffer.baseAddress else { return }
        var start = 0
        // memchr: the scan is the reader's inner loop, and it must not crawl in a debug build either.
        while start < buffer.count, let found = memchr(base + start, 0x0A, buffer.count - start) {
            let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            append(UnsafeBufferPointer(rebasing: buffer[start..<newline]))
            try line(take())
            start = newline + 1
        }
        append(UnsafeBufferPointer(rebasing: buffer[start...]))
    }

    private mutating func feed(buffer: [UInt8], _ line: ([UInt8]?) throws -> Void) rethrows {
        try buffer.withUnsafeBufferPointer { try feed(buffer: $0, line) }
    }

    /// The last line, if the bytes did not end with a newline.
    mutating func finish(_ line: ([UInt8]?) throws -> Void) rethrows {
        if !pending.isEmpty || overlong { try line(take()) }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
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
