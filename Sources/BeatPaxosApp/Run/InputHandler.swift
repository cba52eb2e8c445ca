import CSDL2
import GameCore
import Session

/// Turns SDL events into the session's inputs: pointer values for the gesture recognizer, and commands from
/// the key table. Fullscreen is the window's own business.
final class InputHandler<P: Playable> {
    private let window: AppWindow
    private let session: PlaySession<P>

    init(window: AppWindow, session: PlaySession<P>) {
        self.window = window
        self.session = session
    }

    func handle(_ event: SDL_Event) {
        switch event.type {
        case SDL_QUIT.rawValue:
            session.handle(.quit)
        case SDL_KEYDOWN.rawValue:
            guard let press = SDLKeys.press(event.key.keysym),
                  let command = Controls.command(for: press, onWelcome: session.overlay == .welcome) else { return }
            // A key held down repeats: a hold starts once, and a repeated Enter must not crash and recover in turn.
            if event.key.repeat != 0, command == .holdFocused || command == .crashOrRecover || command == .restart { return }
            if command == .toggleFullscreen { window.toggleFullscreen() } else { session.handle(command) }
        case SDL_KEYUP.rawValue:
            if SDLKeys.press(event.key.keysym)?.key == Controls.holdKey { session.releaseKeyHold() }
        case SDL_MOUSEBUTTONDOWN.rawValue where event.button.button == UInt8(SDL_BUTTON_LEFT):
            let point = pixels(event.button.x, event.button.y)
            session.pointer(.down(x: point.x, y: point.y, time: Int(event.button.timestamp), clicks: Int(event.button.clicks)))
        case SDL_MOUSEBUTTONUP.rawValue where event.button.button == UInt8(SDL_BUTTON_LEFT):
            let point = pixels(event.button.x, event.button.y)
            session.pointer(.up(x: point.x, y: point.y, time: Int(event.button.timestamp)))
        case SDL_MOUSEMOTION.rawValue:
            let point = pixels(event.motion.x, event.motion.y)
            session.pointer(.move(x: point.x, y: point.y, time: Int(event.motion.timestamp)))
        case SDL_WINDOWEVENT.rawValue:
            let kind = UInt32(event.window.event)
            if kind == SDL_WINDOWEVENT_LEAVE.rawValue || kind == SDL_WINDOWEVENT_FOCUS_LOST.rawValue {
                session.pointer(.leave(time: Int(event.window.timestamp)))
                if kind == SDL_WINDOWEVENT_FOCUS_LOST.rawValue { session.releaseKeyHold() }
            }
        default:
            break
        }
    }

    /// Window coordinates to renderer pixels (they differ on high-DPI screens).
    private func pixels(_ x: Int32, _ y: Int32) -> (x: Double, y: Double) {
        var ww: Int32 = 0, wh: Int32 = 0, rw: Int32 = 0, rh: Int32 = 0
        SDL_GetWindowSize(window.window, &ww, &wh)
        SDL_GetRendererOutputSize(window.renderer, &rw, &rh)
        let sx = ww > 0 ? Double(rw) / Double(ww) : 1, sy = wh > 0 ? Double(rh) / Double(wh) : 1
        return (Double(x) * sx, Double(y) * sy)
    }
}
