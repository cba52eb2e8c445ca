import GameCore
import Session

extension RecordingFile {
    /// The game a recording is replayed in, after checking that the recording fits it.
    static func config(for recording: Recording, path: String, options: GameOptions) throws -> GameConfig {
        try refuseRaft(recording, path: path)
        let config = options.config(from: recording)
        if let problem = recording.problem(playing: config) { throw UserError("\(path) \(problem.description)") }
        return config
    }

    /// Only `simulate` replays Raft so far: anything else would play the Raft game's actions on Paxos.
    static func refuseRaft(_ recording: Recording, path: String) throws {
        if recording.protocolKind == .raft { throw UserError("\(path) is a Raft game: only simulate replays it, for now") }
    }
}
