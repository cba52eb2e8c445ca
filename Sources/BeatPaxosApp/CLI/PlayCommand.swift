import CSDL2
import ArgumentParser
import Foundation
import GameCore
import Session

/// `beatpaxos play` (the default): the game in a window.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play in a window: crash and slow down nodes until two of them decide different values.")

    @OptionGroup var game: GameOptions
    @OptionGroup var drawing: DrawingOptions

    @Option(name: .customLong("protocol"), help: "Which protocol the nodes run: paxos or raft (default: paxos, or the recording's).")
    var consensus: ProtocolKind?

    @Option(parsing: .unconditional, help: "Game speed, 0.5 to 5.")
    var speed: Double = 1

    @Flag(help: "Start in fullscreen (desktop size).")
    var fullscreen = false

    @Flag(help: "Start playing at once, without the welcome card.")
    var skipIntro = false

    @Option(help: "Write every event to FILE as JSON Lines while playing.")
    var record: String?

    @Option(help: "Play back a recording's actions (its seed, nodes and level unless given).")
    var replay: String?

    @Option(help: "Renderer: auto (software when OpenGL would run on the CPU), software, or accelerated.")
    var renderer: RendererChoice = .auto

    mutating func validate() throws {
        guard speed.isFinite, (0.5...5).contains(speed) else { throw ValidationError("--speed must be between 0.5 and 5") }
    }

    func run() throws {
        let launched = DispatchTime.now().uptimeNanoseconds
        let recording = try replay.map(RecordingFile.load)
        let chosen = try ChosenGame.choose(consensus, recording: recording, path: replay, options: game)
        let fonts = try FontBook.checkedPaths(override: drawing.font)
        try Self.requireDisplay()
        Self.preferX11()
        let system: SDLSystem
        do { system = try SDLSystem(headless: false) } catch { throw Self.noWindow(error) }
        try Self.requireVisibleDriver()
        let quitSignal = QuitSignals.quitWindowOnQuit()
        defer { quitSignal.cancel() }
        try withExtendedLifetime(system) {
            let book = try FontBook(paths: fonts)
            defer { book.close() }
            let window: AppWindow
            do { window = try AppWindow(title: "BeatPaxos", width: drawing.size.width, height: drawing.size.height, fullscreen: fullscreen, renderer: renderer) }
            catch { throw Self.noWindow(error) }
            let canvas = try Canvas(owner: window, fonts: book)
            var game = chosen
            var switched: ProtocolSwitch?
            let paxosChecks = LevelChecks<Paxos>(), raftChecks = LevelChecks<Raft>()
            // P on the level chooser ends one protocol's game and opens the other's chooser, in the same window.
            while true {
                switch game {
                case .paxos(let config):
                    switched = try play(config, actions: switched == nil ? recording?.actions ?? [] : [], after: switched,
                                        checks: paxosChecks, window: window, canvas: canvas, launched: launched)
                case .raft(let config):
                    switched = try play(config, actions: switched == nil ? recording?.actions ?? [] : [], after: switched,
                                        checks: raftChecks, window: window, canvas: canvas, launched: launched)
                }
                guard let next = switched else { break }
                game = next.game
            }
        }
    }

    /// Plays one game of either protocol in the open window until it quits (nil) or the player asks for the
    /// other protocol (what the next game keeps of this one).
    private func play<P: Playable>(_ config: GameSetup<P>, actions: [TimedAction], after previous: ProtocolSwitch?,
                                   checks: LevelChecks<P>, window: AppWindow, canvas: Canvas, launched: UInt64) throws -> ProtocolSwitch? {
        let skipsIntro = previous == nil && (skipIntro || !actions.isEmpty || replay != nil)
        let session = try PlaySession<P>(config: config, speed: previous?.speed ?? speed, skipIntro: skipsIntro,
                                         recordPath: record, recordedGame: previous.map { $0.recordedGame + 1 } ?? 1, replay: actions,
                                         checks: checks)
        session.reportsStatus = true
        drawing.apply(to: session)
        if let previous { session.setView(zoom: previous.zoom, lecture: previous.lecture, palette: previous.palette) }
        session.levelStarted()
        PlayLoop(window: window, canvas: canvas, session: session, launchedNs: launched).run()
        guard session.protocolSwitchRequested else { return nil }
        let seed = session.config.seed, nodes = session.config.rules.nodeCount
        return ProtocolSwitch(game: P.self == Paxos.self ? .raft(GameSetup<Raft>(seed: seed, nodeCount: nodes))
                                                          : .paxos(GameConfig(seed: seed, nodeCount: nodes)),
                              speed: session.speed, zoom: session.zoom, lecture: session.lecture, palette: session.palette,
                              recordedGame: session.recordedGame)
    }

    /// With no display at all, say so in one line and point at what works without one.
    static func requireDisplay() throws {
        let environment = ProcessInfo.processInfo.environment
        let display = ["DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER"].contains { !(environment[$0] ?? "").isEmpty }
        guard display else {
            throw UserError("no display to open a window on: run 'beatpaxos simulate' or 'beatpaxos screenshot' instead, or use xvfb-run")
        }
    }

    /// With an X display and no Wayland one, only X11 is tried: SDL's fallbacks after a failed X connection
    /// either print their own complaints (Wayland) or draw nowhere (offscreen).
    static func preferX11() {
        let environment = ProcessInfo.processInfo.environment
        guard (environment["SDL_VIDEODRIVER"] ?? "").isEmpty, (environment["WAYLAND_DISPLAY"] ?? "").isEmpty,
              !(environment["DISPLAY"] ?? "").isEmpty else { return }
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "x11")
    }

    /// With DISPLAY naming no X server, SDL falls back to a driver that draws nowhere and the game would run
    /// invisibly forever: only a driver that shows a window will do.
    static func requireVisibleDriver() throws {
        let driver = SDL_GetCurrentVideoDriver().map { String(cString: $0) } ?? "none"
        guard !["offscreen", "dummy", "evdev", "none"].contains(driver) else {
            let display = ProcessInfo.processInfo.environment["DISPLAY"].map { " (DISPLAY=\($0))" } ?? ""
            throw UserError("no display to open a window on\(display): SDL found only its \(driver) driver; "
                            + "run 'beatpaxos simulate' or 'beatpaxos screenshot' instead, or use xvfb-run")
        }
    }

    static func noWindow(_ error: Error) -> UserError {
        UserError("cannot open a window (\(error)); without a display use 'beatpaxos simulate' or 'beatpaxos screenshot'")
    }
}

/// What a game keeps of the one before when the player switches protocol in the window: the look, the speed,
/// and the recording's numbering (so no file of the run is overwritten).
struct ProtocolSwitch {
    let game: ChosenGame
    let speed: Double
    let zoom: Double
    let lecture: Bool
    let palette: PaletteScheme.Name
    let recordedGame: Int
}
