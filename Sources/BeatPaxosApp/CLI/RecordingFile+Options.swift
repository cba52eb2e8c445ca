import GameCore
import Session

extension RecordingFile {
    /// The game a recording is replayed in, after checking that the recording fits it.
    static func config(for recording: Recording, path: String, options: GameOptions) throws -> GameConfig {
        try refuseRaft(recording, path: path)
        let config = try options.config(from: recording)
        if let problem = recording.problem(playing: config) { throw UserError("\(path) \(problem.description)") }
        return config
    }

    /// A Raft recording asked to play as Paxos: it would play the Raft game's actions on Paxos.
    static func refuseRaft(_ recording: Recording, path: String) throws {
        if recording.protocolKind == .raft { throw UserError("\(path) is a raft game, not paxos (leave out --protocol)") }
    }
}

/// The game a window command plays: Paxos or Raft, with its setup.
enum ChosenGame {
    case paxos(GameConfig)
    case raft(GameSetup<Raft>)

    /// From `--protocol`, else the recording's own protocol, else Paxos; the recording must be of that protocol
    /// and fit the game (seed, nodes).
    static func choose(_ asked: ProtocolKind?, recording: Recording?, path: String?, options: GameOptions) throws -> ChosenGame {
        let recorded = recording.map { $0.protocolKind ?? .paxos }
        if let asked, let recorded, let path, asked != recorded {
            throw UserError("\(path) is a \(recorded.rawValue) game, not \(asked.rawValue) (leave out --protocol)")
        }
        switch asked ?? recorded ?? .paxos {
        case .paxos:
            guard let recording, let path else { return .paxos(try options.config()) }
            return .paxos(try RecordingFile.config(for: recording, path: path, options: options))
        case .raft:
            guard let recording, let path else { return .raft(try options.raftConfig()) }
            let config = recording.raftConfig(seed: options.seed, nodeCount: options.level.nodes, variant: try options.level.raftVariant())
            if let problem = recording.problem(playing: config) { throw UserError("\(path) \(problem.description)") }
            return .raft(config)
        }
    }
}
