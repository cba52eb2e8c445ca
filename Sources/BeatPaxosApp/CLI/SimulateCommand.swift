import ArgumentParser
import Foundation
import GameCore
import Session

/// `beatpaxos simulate`: play rounds with no window and print one JSON line per round.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Run the game headless and print one JSON line per round, then a summary line.")

    @OptionGroup var game: GameOptions

    @Option(name: .customLong("protocol"), help: "Which protocol the nodes run: paxos or raft (default: paxos, or the recording's).")
    var consensus: ProtocolKind?

    @Option(parsing: .unconditional, help: "How many rounds to play.")
    var rounds: Int = 1

    @Option(help: "Who attacks: idle, random, or a recording FILE whose player actions are replayed.")
    var player: PlayerChoice = .idle

    @Option(help: "Replay the recording FILE (the same as --player FILE): a checker's counterexample is followed step by step.")
    var replay: String?

    @Option(help: "Write every event to FILE as JSON Lines.")
    var record: String?

    @Flag(help: "Print only the summary line.")
    var quiet = false

    mutating func validate() throws {
        guard rounds >= 1 else { throw ValidationError("--rounds must be 1 or more, not \(rounds)") }
        guard rounds <= 10_000_000 else { throw ValidationError("--rounds must be at most 10000000") }
        if replay != nil, player != .idle { throw ValidationError("--replay and --player both name who plays: give one") }
    }

    /// Who plays: `--replay FILE` is `--player FILE` under the name `play` uses.
    private var chosenPlayer: PlayerChoice { replay.map { .recording(path: $0) } ?? player }

    func run() throws {
        var recording: (file: Recording, path: String)?
        if case .recording(let path) = chosenPlayer { recording = (try RecordingFile.load(path), path) }
        let recorded = recording.map { $0.file.protocolKind ?? .paxos }
        if let consensus, let recorded, let path = recording?.path, consensus != recorded {
            throw UserError("\(path) is a \(recorded.rawValue) game, not \(consensus.rawValue) (leave out --protocol)")
        }
        switch consensus ?? recorded ?? .paxos {
        case .paxos: try runPaxos(recording)
        case .raft: try runRaft(recording)
        }
    }

    private func runPaxos(_ recording: (file: Recording, path: String)?) throws {
        if let recording {
            let (file, path) = recording
            let config = try RecordingFile.config(for: file, path: path, options: game)
            var script = ScriptedPlayer(actions: file.actions)
            return try play(config: config, player: &script)
        }
        try playWithoutRecording(config: try game.config())
    }

    private func runRaft(_ recording: (file: Recording, path: String)?) throws {
        if let recording {
            let (file, path) = recording
            let config = file.raftConfig(seed: game.seed, nodeCount: game.level.nodes, variant: try game.level.raftVariant())
            if let problem = file.problem(playing: config) { throw UserError("\(path) \(problem.description)") }
            var script = ScriptedPlayer(actions: file.actions)
            return try play(config: config, player: &script)
        }
        try playWithoutRecording(config: try game.raftConfig())
    }

    /// The idle or the random player (a recording is played by its own actions).
    private func playWithoutRecording<P: Consensus>(config: GameSetup<P>) throws {
        if chosenPlayer == .random {
            var adversary = RandomAdversary(seed: config.seed)
            try play(config: config, player: &adversary)
        } else {
            var idle = IdlePlayer()
            try play(config: config, player: &idle)
        }
    }

    private func play<P: Consensus, Someone: Player>(config: GameSetup<P>, player attacker: inout Someone) throws {
        let writer = try record.map { try RecordingWriter(path: $0, config: config) }
        let onEvents = writer.map { writer in { (events: [TimedEvent<P.Event>]) in writer.write(events) } }
        let output = LineOutput()
        let started = DispatchTime.now().uptimeNanoseconds
        let outcome = HeadlessRun.play(
            config: config, player: &attacker, rounds: rounds, keepsRounds: false, onEvents: onEvents,
            onRound: quiet ? nil : { output.write(RoundReport.line($0)) })
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        output.write(RoundReport.summary(outcome, config: config, player: chosenPlayer.summaryName, wallSeconds: seconds))
        output.flush()
        if outcome.stalled {
            let reason = outcome.stallReason ?? "the game could not go on"
            throw UserError("the game stalled after \(outcome.tally.count) round(s): \(reason)", exitCode: 1)
        }
    }
}

/// Buffered standard output: a line per round adds up over a million rounds.
final class LineOutput {
    private var buffer = ""

    func write(_ line: String) {
        buffer += line
        buffer += "\n"
        if buffer.utf8.count > 64 * 1024 { flush() }
    }

    func flush() {
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }
}
