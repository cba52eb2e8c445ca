import Foundation
import GameCore

/// Writes a recording line by line, so what happened so far is on disk even if the game stops.
public final class RecordingWriter {
    private let handle: FileHandle
    private let path: String

    public init<P: Consensus>(path: String, config: GameSetup<P>) throws {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw UserError("cannot write the recording \(path)")
        }
        self.handle = handle
        write(P.recordingHeader(config))
    }

    public func write<Kind: RecordedEventKind>(_ events: [TimedEvent<Kind>]) {
        guard !events.isEmpty else { return }
        var chunk = ""
        for event in events { chunk += event.kind.recordingLine(at: event.time) + "\n" }
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

/// Loads a recording given on the command line, a line at a time.
public enum RecordingFile {
    public static func load(_ path: String) throws -> Recording {
        switch RegularFile.problem(path) {
        case .missing: throw UserError("no such file: \(path)")
        case .notRegular: throw UserError("\(path) is not a regular file")
        case .unreadable: throw UserError("cannot read \(path)")
        case nil: break
        }
        let recording: Recording
        do {
            recording = try RecordingFileReader.read(path: path)
        } catch let error as RecordingError {
            throw UserError("\(path) \(error.description)")
        }
        // Ignored lines that look like a misspelt action are worth a word: the action will not happen.
        for warning in recording.warnings {
            FileHandle.standardError.write(Data("beatpaxos: warning: \(path) \(warning)\n".utf8))
        }
        if recording.warningsLeftOut > 0 {
            FileHandle.standardError.write(Data("beatpaxos: warning: \(path): \(recording.warningsLeftOut) more such lines\n".utf8))
        }
        return recording
    }
}
