import CSDL2
import Session

/// SDL's key codes as the controls name them; the keypad's +, -, . and Enter count as the main keys.
enum SDLKeys {
    static func press(_ keysym: SDL_Keysym) -> KeyPress? {
        let mod = UInt32(keysym.mod)
        let ctrl = mod & KMOD_CTRL.rawValue != 0, shift = mod & KMOD_SHIFT.rawValue != 0
        return key(keysym.sym).map { KeyPress($0, ctrl: ctrl, shift: shift) }
    }

    private static func key(_ sym: SDL_Keycode) -> Key? {
        func code(_ key: SDL_KeyCode) -> SDL_Keycode { SDL_Keycode(truncatingIfNeeded: key.rawValue) }
        if (code(SDLK_a)...code(SDLK_z)).contains(sym), let scalar = Unicode.Scalar(UInt32(sym)) {
            return .letter(Character(scalar))
        }
        if (code(SDLK_0)...code(SDLK_9)).contains(sym) { return .digit(Int(sym - code(SDLK_0))) }
        let named: [(SDL_KeyCode, Key)] = [
            (SDLK_SPACE, .space), (SDLK_RETURN, .enter), (SDLK_KP_ENTER, .enter), (SDLK_ESCAPE, .escape),
            (SDLK_F11, .f11), (SDLK_PAGEUP, .pageUp), (SDLK_PAGEDOWN, .pageDown),
            (SDLK_PLUS, .plus), (SDLK_KP_PLUS, .plus), (SDLK_MINUS, .minus), (SDLK_KP_MINUS, .minus),
            (SDLK_EQUALS, .equals), (SDLK_UNDERSCORE, .underscore), (SDLK_PERIOD, .period), (SDLK_KP_PERIOD, .period),
            (SDLK_SLASH, .slash), (SDLK_QUESTION, .question), (SDLK_TAB, .tab), (SDLK_UP, .up), (SDLK_DOWN, .down),
            (SDLK_LEFT, .left), (SDLK_RIGHT, .right), (SDLK_HOME, .home),
        ]
        return named.first { code($0.0) == sym }?.1
    }
}
