/// Reads a recording a line at a time, so a file of any length needs memory only for its actions.
public struct RecordingParser {
    private var recording = Recording()
    private var lastTime: Tick = 0
    private var lineNumber = 0
    private var sawContent = false

    public init() {}

    /// Takes the next line's bytes (without its newline); nil stands for a line too long to be a recording's.
    public mutating func take(_ bytes: [UInt8]?) throws {
        lineNumber += 1
        guard let bytes else {
            throw RecordingError(line: lineNumber, reason: "the line is longer than \(LineSplitter.maxLineBytes) bytes")
        }
        // Spaces and tabs around a line are trimmed as bytes: cheaper than trimming the string.
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
              let last = bytes.lastIndex(where: { !isSpace($0) }) else { return }
        guard let trimmed = String(validating: bytes[first...last], as: UTF8.self) else {
            throw RecordingError(line: lineNumber, reason: "not UTF-8 text")
        }
        sawContent = true
        try RecordingReader.read(trimmed, line: lineNumber, into: &recording, lastTime: &lastTime)
    }

    /// The recording read so far; an empty one is an error.
    public func finish() throws -> Recording {
        guard sawContent else { throw RecordingError(line: 1, reason: "the recording is empty") }
        return recording
    }
}
