import ArgumentParser
import Foundation
import GameCore
import Session

/// `beatpaxos diagram`: a round (or a stretch of time) drawn as a space-time diagram in SVG, for slides.
struct DiagramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagram",
        abstract: "Draw a round, or a stretch of game time, as a space-time diagram in SVG, with no display.")

    @OptionGroup var game: GameOptions

    @Option(name: .customLong("protocol"), help: "Which protocol the nodes run: paxos or raft (default: paxos, or the recording's).")
    var consensus: ProtocolKind?

    @Option(help: "Who attacks: idle, random, or a recording FILE whose player actions are replayed.")
    var player: String = "idle"

    @Option(help: "The round to draw (the first is 1). Without --from/--to, round 1.")
    var round: Int?

    @Option(parsing: .unconditional, help: "Draw from this game time, in seconds (with --to).")
    var from: Double?

    @Option(parsing: .unconditional, help: "Draw up to this game time, in seconds (with --from).")
    var to: Double?

    @Option(help: "The SVG file to write.")
    var out: String

    @Option(help: "Colours: standard or colorblind, as in the window (C).")
    var palette: PaletteScheme.Name = .standard

    static let maxRound = 1_000
    static let maxSeconds = 86_400.0
    static let maxSpanSeconds = 600.0

    mutating func validate() throws {
        guard out.lowercased().hasSuffix(".svg") else { throw ValidationError("--out must name a .svg file, not \(out)") }
        if let round, !(1...Self.maxRound).contains(round) {
            throw ValidationError("--round must be between 1 and \(Self.maxRound), not \(round)")
        }
        switch (from, to) {
        case (nil, nil):
            return
        case (.some, nil), (nil, .some):
            throw ValidationError("--from and --to go together")
        case let (from?, to?):
            guard round == nil else { throw ValidationError("give --round or --from/--to, not both") }
            for (name, value) in [("--from", from), ("--to", to)] where !(value.isFinite && (0...Self.maxSeconds).contains(value)) {
                throw ValidationError("\(name) must be between 0 and \(Int(Self.maxSeconds)) seconds")
            }
            guard from < to else { throw ValidationError("--from (\(from) s) must come before --to (\(to) s)") }
            guard to - from <= Self.maxSpanSeconds else {
                throw ValidationError("--to minus --from must be at most \(Int(Self.maxSpanSeconds)) seconds")
            }
        }
    }

    var span: DiagramSpan {
        if let from, let to { return .times(from: Int((from * 1000).rounded()), to: Int((to * 1000).rounded())) }
        return .round(round ?? 1)
    }

    func run() throws {
        let started = DispatchTime.now().uptimeNanoseconds
        let recording = try recordingPlayer.map(RecordingFile.load)
        let drawn: (diagram: SpaceTimeDiagram, title: String)
        switch try ChosenGame.choose(consensus, recording: recording, path: recordingPlayer, options: game) {
        case .paxos(let config): drawn = try draw(config, actions: recording?.actions ?? [])
        case .raft(let setup): drawn = try draw(setup, actions: recording?.actions ?? [])
        }
        let svg = SpaceTimeSVG.render(drawn.diagram, title: drawn.title, palette: palette)
        guard FileManager.default.createFile(atPath: out, contents: Data(svg.utf8)) else {
            throw UserError("cannot write \(out)")
        }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        print("diagram: \(drawn.diagram.messages.count) messages from \(Seconds.text(drawn.diagram.start)) s to "
              + "\(Seconds.text(drawn.diagram.end)) s written to \(out) in \(String(format: "%.1f", ms)) ms")
    }

    /// The recording file `--player` names, if it names one.
    private var recordingPlayer: String? {
        ["idle", "random"].contains(player) ? nil : player
    }

    /// Plays the game until the stretch is known and draws it.
    private func draw<P: Playable>(_ config: GameSetup<P>, actions: [TimedAction]) throws -> (SpaceTimeDiagram, String) {
        var history = TimedHistory<P>(config: config, actions: actions)
        let stretch: (start: Tick, end: Tick)
        do {
            if player == "random" {
                var adversary = RandomAdversary(seed: config.seed)
                stretch = try history.playThrough(span, player: &adversary)
            } else {
                var idle = IdlePlayer()
                stretch = try history.playThrough(span, player: &idle)
            }
        } catch let error as DiagramSpanError {
            throw UserError(error.description)
        }
        return (history.diagram(from: stretch.start, to: stretch.end), title(config, stretch: stretch))
    }

    private func title<P: Playable>(_ config: GameSetup<P>, stretch: (start: Tick, end: Tick)) -> String {
        let what: String
        if case .round(let number) = span { what = "Round \(number)" } else { what = P.self == Raft.self ? "BeatRaft" : "BeatPaxos" }
        // The level's scores-file name says the protocol too: "paxos", "stubborn", "raft", "raft-amnesia".
        return "\(what): \(Seconds.text(stretch.start)) s to \(Seconds.text(stretch.end)) s · seed \(config.seed) · "
            + "\(config.rules.variant.scoreKey) · \(config.rules.nodeCount) nodes"
    }
}
