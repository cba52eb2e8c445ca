import ArgumentParser
import GameCore
import Session

/// `beatpaxos`: the game in a window, or its headless tools.
struct BeatPaxosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beatpaxos",
        abstract: "Try to break Paxos: crash and slow down nodes until two of them decide different values.",
        subcommands: [PlayCommand.self, SimulateCommand.self, ScreenshotCommand.self, DiagramCommand.self, BenchCommand.self,
                      VerifyCommand.self],
        defaultSubcommand: PlayCommand.self
    )
}

extension Variant: ExpressibleByArgument {}

/// Options every game-running command shares.
struct GameOptions: ParsableArguments {
    // `.unconditional` takes "-1" as the value, so the error names it instead of calling it missing.
    @Option(parsing: .unconditional, help: "The seed, a whole number from 0: the same seed and the same actions give the same game.")
    var seed: UInt64?

    @OptionGroup var level: LevelOptions

    /// The game's configuration, with a recording's header filling in what the command line leaves out.
    func config(from recording: Recording? = nil) throws -> GameConfig {
        (recording ?? Recording()).config(seed: seed, nodeCount: level.nodes, variant: try level.paxosVariant())
    }

    /// The Raft game to play without a recording: `--variant` names one of Raft's levels.
    func raftConfig() throws -> GameSetup<Raft> {
        GameSetup<Raft>(seed: seed ?? 1, nodeCount: level.nodes ?? 3, variant: try level.raftVariant() ?? .raft)
    }
}

/// Which cluster and which Paxos: shared by the game-running commands and `verify`.
struct LevelOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "How many nodes: 3 or 5.")
    var nodes: Int?

    @Option(help: "Which level: \(LevelName.paxosLevels) for Paxos; \(LevelName.raftLevels) with --protocol raft.")
    var variant: String?

    mutating func validate() throws {
        if let nodes, nodes != 3 && nodes != 5 {
            throw ValidationError("--nodes must be 3 or 5, not \(nodes)")
        }
        if let variant, Variant(rawValue: variant) == nil, RaftVariant(rawValue: variant) == nil {
            throw ValidationError(LevelName.mismatch(variant, for: .paxos))
        }
    }

    /// The Paxos level `--variant` names, if any; a Raft level's name is an error that says so.
    func paxosVariant() throws -> Variant? {
        try variant.map(LevelName.paxos)
    }

    /// The Raft level `--variant` names, if any; a Paxos-only name is an error that says so.
    func raftVariant() throws -> RaftVariant? {
        try variant.map(LevelName.raft)
    }
}
