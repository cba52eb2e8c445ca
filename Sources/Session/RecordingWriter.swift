import Foundation
import GameCore

/// Writes a recording line by line, so what happened so far is on disk even if the game stops.
public final class RecordingWriter {
    private let handle: FileHandle
    private let path: String

    public init(path: String, config: GameConfig) throws {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw UserError("cannot write the recording \(path)")
        }
        self.handle = handle
        write(RecordingFormat.header(config))
    }

    public func write(_ events: [GameEvent]) {
        guard !events.isEmpty else { return }
        var chunk = ""
        for event in events { chunk += RecordingFormat.line(event) + "\n" }
        handle.write(Data(chunk.utf8))
    }

    /// Replaces everything written so far (a new branch: the old future must not replay).
    public func rewrite(_ text: String) {
        do {
            try handle.truncate(atOffset: 0)
            handle.write(Data(text.utf8))
        } catch {
            // The file went away or is read-only now: the game goes on without it.
        }
    }

    private func write(_ line: String) {
        handle.write(Data((line + "\n").utf8))
    }

    deinit { try? handle.close() }
}

/// Loads a recording given on the command line.
public enum RecordingFile {
    public static func load(_ path: String) throws -> Recording {
        guard FileManager.default.fileExists(atPath: path) else {
            throw UserError("no such file: \(path)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UserError("cannot read \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw UserError("\(path) is not a text file")
        }
        do {
            return try RecordingReader.parse(text)
        } catch let error as RecordingError {
            throw UserError("\(path) \(error.description)")
        }
    }
}
