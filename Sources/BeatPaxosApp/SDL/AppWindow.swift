import CSDL2

/// The game's window and its renderer, vsynced where the display allows.
final class AppWindow {
    let window: OpaquePointer
    let renderer: OpaquePointer
    private(set) var isFullscreen = false

    init(title: String, width: Int, height: Int, fullscreen: Bool) throws {
        let flags = SDL_WINDOW_RESIZABLE.rawValue | SDL_WINDOW_ALLOW_HIGHDPI.rawValue
        let centred = Int32(bp_window_pos_centered())
        guard let window = SDL_CreateWindow(title, centred, centred, Int32(width), Int32(height), flags) else {
            throw SDLError.last("cannot open a window")
        }
        let accelerated = SDL_RENDERER_ACCELERATED.rawValue | SDL_RENDERER_PRESENTVSYNC.rawValue
        guard let renderer = SDL_CreateRenderer(window, -1, accelerated)
                ?? SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE.rawValue) else {
            SDL_DestroyWindow(window)
            throw SDLError.last("cannot make a renderer")
        }
        self.window = window
        self.renderer = renderer
        SDL_SetWindowMinimumSize(window, 200, 150)
        if fullscreen { toggleFullscreen() }
    }

    /// Switches between a window and desktop-sized fullscreen.
    func toggleFullscreen() {
        let flag = isFullscreen ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP.rawValue
        if SDL_SetWindowFullscreen(window, flag) == 0 { isFullscreen.toggle() }
    }

    /// The renderer's name, for the timing line.
    var rendererName: String {
        var info = SDL_RendererInfo()
        guard SDL_GetRendererInfo(renderer, &info) == 0, let name = info.name else { return "?" }
        return String(cString: name)
    }

    deinit {
        SDL_DestroyRenderer(renderer)
        SDL_DestroyWindow(window)
    }
}
