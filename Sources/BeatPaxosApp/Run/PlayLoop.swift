import CSDL2
import Foundation
import GameCore

/// The frame loop: input, a game clock step, a drawn frame, and pacing to about 60 frames a second.
final class PlayLoop {
    static let frameMs = 1000.0 / 60
    /// While nothing moves (paused, a card up) the loop waits for input up to this long per frame.
    static let idleWaitMs: Int32 = 100

    private let window: AppWindow
    private let canvas: Canvas
    private let session: GameSession
    private let input: InputHandler
    private let launchedNs: UInt64
    private let frequency = Double(SDL_GetPerformanceFrequency())

    init(window: AppWindow, canvas: Canvas, session: GameSession, launchedNs: UInt64) {
        self.window = window
        self.canvas = canvas
        self.session = session
        self.launchedNs = launchedNs
        input = InputHandler(window: window, session: session)
    }

    func run() {
        var last = SDL_GetPerformanceCounter()
        var firstFrame = true
        let renderer = SceneRenderer(canvas: canvas)
        while !session.quitRequested {
            let frameStart = SDL_GetPerformanceCounter()
            pollInput(idle: !firstFrame && !session.isAnimating && session.heldByPointer == nil)
            session.pointer(.tick(time: Int(SDL_GetTicks())))
            let now = SDL_GetPerformanceCounter()
            session.update(wallDeltaMs: Double(now - last) / frequency * 1000)
            last = now
            renderer.draw(session)
            SDL_RenderPresent(canvas.renderer)
            if firstFrame {
                firstFrame = false
                reportLaunch()
            }
            let spentMs = Double(SDL_GetPerformanceCounter() - frameStart) / frequency * 1000
            // Vsync paces real displays; under Xvfb there is none, and an unpaced loop burns a core.
            if spentMs < Self.frameMs - 1 { SDL_Delay(UInt32(Self.frameMs - spentMs)) }
        }
    }

    private func pollInput(idle: Bool) {
        var event = SDL_Event()
        if idle, SDL_WaitEventTimeout(&event, Self.idleWaitMs) != 0 { input.handle(event) }
        while SDL_PollEvent(&event) != 0 { input.handle(event) }
    }

    /// With BEATPAXOS_TIMING set, prints how long the first frame took from launch.
    private func reportLaunch() {
        guard ProcessInfo.processInfo.environment["BEATPAXOS_TIMING"] != nil else { return }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - launchedNs) / 1e6
        FileHandle.standardError.write(Data("beatpaxos: first frame \(String(format: "%.1f", ms)) ms after launch (renderer \(window.rendererName))\n".utf8))
    }
}
