import CSDL2

/// SDL's video subsystem and SDL_ttf, alive as long as this object: the first thing made, the last freed.
final class SDLSystem {
    /// Starts SDL. `headless` picks the dummy video driver so nothing needs a display.
    init(headless: Bool) throws {
        if headless {
            SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy")
            setenv("SDL_VIDEODRIVER", "dummy", 1)
        }
        // Linear filtering makes the scaled corner texture of rounded boxes smooth.
        SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "1")
        SDL_SetHint("SDL_MOUSE_FOCUS_CLICKTHROUGH", "1")
        guard SDL_Init(SDL_INIT_VIDEO) == 0 else { throw SDLError.last("cannot start SDL video") }
        guard TTF_Init() == 0 else {
            SDL_Quit()
            throw SDLError.last("cannot start SDL_ttf")
        }
    }

    deinit {
        TTF_Quit()
        SDL_Quit()
    }
}
