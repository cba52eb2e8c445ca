import CSDL2
import Foundation

/// Ctrl+\ (SIGQUIT) quits like Ctrl+C instead of printing the Swift runtime's crash report.
enum QuitSignals {
    /// For every command: SIGQUIT ends the process at once, as SIGINT does, with the shell's usual status.
    static func endProcessOnQuit() {
        signal(SIGQUIT) { _ in _exit(128 + SIGQUIT) }
    }

    /// For the window: SIGQUIT becomes SDL's quit event, as SDL already makes SIGINT and SIGTERM, so the
    /// game closes its window and fonts cleanly. Keep the returned source alive while the window is open.
    static func quitWindowOnQuit() -> DispatchSourceSignal {
        signal(SIGQUIT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGQUIT, queue: .global())
        source.setEventHandler {
            // SDL_PushEvent is safe from any thread.
            var event = SDL_Event()
            event.type = SDL_QUIT.rawValue
            _ = SDL_PushEvent(&event)
        }
        source.resume()
        return source
    }
}
