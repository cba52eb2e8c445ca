import ArgumentParser
import Foundation
import GameCore
import Session

/// `beatpaxos screenshot`: one frame of a game at a given time, drawn offscreen to a BMP, no display needed.
struct ScreenshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screenshot",
        abstract: "Simulate a game up to a time and save that frame as a BMP image, with no display.")

    @OptionGroup var game: GameOptions

    @Option(name: .customLong("protocol"), help: "Which protocol the nodes run: paxos or raft (default: paxos, or the recording's).")
    var consensus: ProtocolKind?

    @Option(parsing: .unconditional, help: "Game time in seconds to draw.")
    var at: Double = 10

    @Option(help: "The BMP file to write.")
    var out: String

    @Option(help: "A recording whose player actions are applied.")
    var player: String?

    @OptionGroup var drawing: DrawingOptions

    @OptionGroup var overlays: OverlayOptions

    @Flag(help: "Draw the space-time diagram in place of the lanes (key D in the window).")
    var diagram = false

    @Flag(help: "Draw the space-time diagram over the whole board (Shift+D in the window).")
    var largeDiagram = false

    @Option(parsing: .unconditional, help: "Add moving messages so at least this many are in flight (a crowded board, 0 to 200).")
    var messages: Int = 0

    mutating func validate() throws {
        guard at.isFinite, at >= 0, at <= 86_400 else { throw ValidationError("--at must be between 0 and 86400 seconds") }
        guard !(diagram && largeDiagram) else { throw ValidationError("give --diagram or --large-diagram, not both") }
        guard (0...200).contains(messages) else { throw ValidationError("--messages must be between 0 and 200") }
        if consensus == .raft, messages > 0 {
            throw ValidationError("--messages adds Paxos messages: leave it out with --protocol raft")
        }
        guard out.lowercased().hasSuffix(".bmp") else {
            throw ValidationError("--out must name a .bmp file (convert it with ImageMagick for PNG)")
        }
    }

    func run() throws {
        let recording = try player.map(RecordingFile.load)
        let chosen = try ChosenGame.choose(consensus, recording: recording, path: player, options: game)
        try OffscreenTarget.drawing(width: drawing.size.width, height: drawing.size.height, font: drawing.font) { target, canvas in
            switch chosen {
            case .paxos(let config):
                let session = try GameSession(config: config, skipIntro: true, savesScores: false, replay: recording?.actions ?? [])
                drawing.apply(to: session)
                session.jump(toMs: Int(at * 1000))
                if diagram { session.handle(.toggleDiagram(.lanes)) }
                if largeDiagram { session.handle(.toggleDiagram(.board)) }
                if messages > 0 { BusyScene.keepBusy(session, messages: messages) }
                try overlays.apply(to: session)
                SceneRenderer(canvas: canvas).draw(session)
            case .raft(let config):
                guard messages == 0 else { throw UserError("--messages adds Paxos messages: leave it out with a Raft game") }
                let session = try RaftSession(config: config, skipIntro: true, savesScores: false, replay: recording?.actions ?? [])
                drawing.apply(to: session)
                session.jump(toMs: Int(at * 1000))
                if diagram { session.handle(.toggleDiagram(.lanes)) }
                if largeDiagram { session.handle(.toggleDiagram(.board)) }
                try overlays.apply(to: session)
                SceneRenderer(canvas: canvas).draw(session)
            }
            do { try target.save(bmp: out) } catch { throw UserError("cannot write \(out)") }
        }
    }
}
