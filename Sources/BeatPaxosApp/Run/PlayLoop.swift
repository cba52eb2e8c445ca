import CSDL2
import Foundation
import GameCore
import Session

/// The frame loop: input, a game clock step, a frame that repaints only what changed, and pacing.
///
/// While messages fly it runs at about 60 frames a second; otherwise it sleeps in SDL_WaitEventTimeout until
/// input arrives, the game has something due, or the timer labels move on (ten times a second).
final class PlayLoop<P: Playable> {
    static var frameMs: Double { 1000.0 / 60 }
    /// The longest the loop sleeps when nothing moves: the timer labels' step.
    static var idleWaitMs: Double { FrameComposer.clockStepMs }

    private let window: AppWindow
    private let canvas: Canvas
    private let session: PlaySession<P>
    private let input: InputHandler<P>
    private let composer: FrameComposer
    private let launchedNs: UInt64
    private let frequency = Double(SDL_GetPerformanceFrequency())

    init(window: AppWindow, canvas: Canvas, session: PlaySession<P>, launchedNs: UInt64) {
        self.window = window
        self.canvas = canvas
        self.session = session
        self.launchedNs = launchedNs
        input = InputHandler(window: window, session: session)
        composer = FrameComposer(canvas: canvas, keepsPixels: window.keepsPixels)
    }

    func run() {
        var last = SDL_GetPerformanceCounter()
        var firstFrame = true
        while !session.quitRequested, !session.protocolSwitchRequested {
            let frameStart = SDL_GetPerformanceCounter()
            pollInput(waitMs: firstFrame ? 0 : idleWaitMs())
            session.pointer(.tick(time: Int(SDL_GetTicks())))
            let now = SDL_GetPerformanceCounter()
            session.update(wallDeltaMs: Double(now - last) / frequency * 1000)
            last = now
            if let path = session.pendingFrameCapture {
                // The frame is drawn whole so the image holds all of it, then saved before it is shown.
                composer.invalidate()
                _ = composer.draw(session)
                session.frameCaptured(error: canvas.saveFrame(bmp: path) ? nil : "Cannot write \(path).")
                canvas.present()
            } else if composer.draw(session) {
                canvas.present()
            }
            if firstFrame {
                firstFrame = false
                reportLaunch()
                session.enableChecker()
            }
            guard isMoving else { continue }
            let spentMs = Double(SDL_GetPerformanceCounter() - frameStart) / frequency * 1000
            // Vsync paces real displays; the software renderer and Xvfb have none, and an unpaced loop burns a core.
            if spentMs < Self.frameMs - 1 { SDL_Delay(UInt32(Self.frameMs - spentMs)) }
        }
    }

    /// Whether something on screen moves every frame: messages flying or breaking.
    private var isMoving: Bool {
        session.isTweening || (session.isRunning && (!session.flights.isEmpty || !session.drops.isEmpty))
    }

    /// How long to sleep waiting for input: nothing while things move, else until the next thing is due.
    private func idleWaitMs() -> Int32 {
        if isMoving { return 0 }
        var wait = Self.idleWaitMs
        if let due = session.msUntilNextGameEvent { wait = min(wait, due) }
        if let hold = session.holdDueAt { wait = min(wait, Double(max(0, hold - Int(SDL_GetTicks())))) }
        if session.pendingWork { wait = min(wait, Self.frameMs) }
        return Int32(max(0, wait.rounded(.up)))
    }

    private func pollInput(waitMs: Int32) {
        var event = SDL_Event()
        var handled = false
        if waitMs > 0, SDL_WaitEventTimeout(&event, waitMs) != 0 {
            take(event)
            handled = true
        }
        while SDL_PollEvent(&event) != 0 {
            take(event)
            handled = true
        }
        // A card is drawn whole: any input may have changed it (a level picked, a key pressed).
        if handled, session.overlay != nil { composer.invalidate() }
    }

    private func take(_ event: SDL_Event) {
        if event.type == SDL_WINDOWEVENT.rawValue { composer.invalidate() }
        input.handle(event)
    }

    /// With BEATPAXOS_TIMING set, prints how long the first frame took from launch.
    private func reportLaunch() {
        guard ProcessInfo.processInfo.environment["BEATPAXOS_TIMING"] != nil else { return }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - launchedNs) / 1e6
        FileHandle.standardError.write(Data("beatpaxos: first frame \(String(format: "%.1f", ms)) ms after launch (renderer \(window.rendererName))\n".utf8))
    }
}
