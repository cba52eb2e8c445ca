import Foundation

/// Streams a recording from a file in fixed-size chunks: a 200 MB recording is read in a few MB of memory.
public enum RecordingFileReader {
    static let chunkBytes = 1 << 16

    /// Reads the file at `path`; an I/O failure is reported as `RecordingError` at the line reached.
    public static func read(path: String) throws -> Recording {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RecordingError(line: 1, reason: "cannot be read")
        }
        defer { try? handle.close() }
        var parser = RecordingParser()
        var splitter = LineSplitter()
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: chunkBytes) } catch {
                throw RecordingError(line: 1, reason: "cannot be read (\(error.localizedDescription))")
            }
            guard let chunk, !chunk.isEmpty else { break }
            try splitter.feed(chunk) { try parser.take($0) }
        }
        try splitter.finish { try parser.take($0) }
        return try parser.finish()
    }
}
