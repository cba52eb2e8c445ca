import CSDL2
import GameCore

/// What each key does; presentation clickers send Page Up, Page Down and ".".
struct KeyCommands {
    let session: GameSession
    let window: AppWindow

    func press(_ keysym: SDL_Keysym) {
        let sym = keysym.sym
        let ctrl = UInt32(keysym.mod) & KMOD_CTRL.rawValue != 0
        let shift = UInt32(keysym.mod) & KMOD_SHIFT.rawValue != 0
        func key(_ codes: SDL_KeyCode...) -> Bool { codes.contains { Int32(truncatingIfNeeded: $0.rawValue) == sym } }

        if ctrl, key(SDLK_q) { session.quitRequested = true; return }
        if key(SDLK_ESCAPE) { escape(); return }
        if key(SDLK_F11, SDLK_f) { window.toggleFullscreen(); return }
        if session.overlay == .welcome {
            if key(SDLK_s) {
                session.start()
                session.showMe()
                return
            }
            welcome(key(SDLK_RETURN, SDLK_KP_ENTER, SDLK_SPACE), sym: sym, cycle: key(SDLK_l))
            return
        }
        if key(SDLK_h, SDLK_QUESTION) || (key(SDLK_SLASH) && shift) {
            session.overlay = session.overlay == .help ? nil : .help
        } else if key(SDLK_SPACE, SDLK_PERIOD, SDLK_KP_PERIOD) {
            session.paused.toggle()
        } else if key(SDLK_PLUS, SDLK_EQUALS, SDLK_KP_PLUS, SDLK_PAGEDOWN) {
            session.changeSpeed(by: 1)
        } else if key(SDLK_MINUS, SDLK_KP_MINUS, SDLK_UNDERSCORE, SDLK_PAGEUP) {
            session.changeSpeed(by: -1)
        } else if key(SDLK_s) {
            session.showMe()
        } else if key(SDLK_r) {
            session.overlay = nil
            session.restart()
            session.showToast("Restarted: seed \(session.config.seed), \(session.config.rules.variant.title)")
        } else if key(SDLK_l) {
            session.cycleSelection()
            session.overlay = nil
            session.restart(variant: session.selectedVariant)
            session.showToast("Level: \(session.config.rules.variant.title). \(session.config.rules.variant.missingRule)", seconds: 4)
        }
    }

    private func escape() {
        if session.overlay == .welcome {
            session.quitRequested = true
        } else {
            session.overlay = nil
        }
    }

    private func welcome(_ start: Bool, sym: SDL_Keycode, cycle: Bool) {
        if start {
            session.start()
        } else if cycle {
            session.cycleSelection()
        } else if let digit = Int(exactly: sym - Int32(truncatingIfNeeded: SDLK_1.rawValue)),
                  Variant.allCases.indices.contains(digit) {
            session.select(variant: Variant.allCases[digit])
        }
    }
}
