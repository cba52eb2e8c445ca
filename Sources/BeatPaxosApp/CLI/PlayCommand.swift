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
            let actions = recording?.actions ?? []
            switch chosen {
            case .paxos(let config): try play(config, actions: actions, window: window, canvas: canvas, launched: launched)
            case .raft(let config): try play(config, actions: actions, window: window, canvas: canvas, launched: launched)
            }
        }
    }

    /// Plays one game of either protocol in the open window until it quits.
    private func play<P: Playable>(_ config: GameSetup<P>, actions: [TimedAction], window: AppWindow, canvas: Canvas,
                                   launched: UInt64) throws {
        let session = try PlaySession<P>(config: config, speed: speed, skipIntro: skipIntro || !actions.isEmpty || replay != nil,
                                         recordPath: record, replay: actions)
        session.reportsStatus = true
        drawing.apply(to: session)
        session.levelStarted()
        PlayLoop(window: window, canvas: canvas, session: session, launchedNs: launched).run()
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
