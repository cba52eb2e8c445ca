import CSDL2

/// The game's window and its renderer, vsynced where the display allows.
final class AppWindow: RendererOwner {
    let window: OpaquePointer
    let renderer: OpaquePointer
    private(set) var isFullscreen = false

    init(title: String, width: Int, height: Int, fullscreen: Bool, renderer: RendererChoice = .auto) throws {
        let flags = SDL_WINDOW_RESIZABLE.rawValue | SDL_WINDOW_ALLOW_HIGHDPI.rawValue
        let centred = Int32(bp_window_pos_centered())
        guard let window = SDL_CreateWindow(title, centred, centred, Int32(width), Int32(height), flags) else {
            throw SDLError.last("cannot open a window")
        }
        // Below this the text no longer fits; a window manager keeps the window from shrinking further
        // (without one the drawing still copes with any size, it only leaves things out).
        SDL_SetWindowMinimumSize(window, 640, 400)
        guard let renderer = Self.makeRenderer(window, choice: renderer) else {
            SDL_DestroyWindow(window)
            throw SDLError.last("cannot make a renderer")
        }
        self.window = window
        self.renderer = renderer
        keepsPixels = rendererName == "software"
        if fullscreen { toggleFullscreen() }
    }

    /// The renderer for `choice`; see `RendererChoice` for why `auto` avoids OpenGL on a CPU rasterizer.
    private static func makeRenderer(_ window: OpaquePointer, choice: RendererChoice) -> OpaquePointer? {
        let software = SDL_RENDERER_SOFTWARE.rawValue
        if choice == .software || (choice == .auto && RendererChoice.noGPUVisible) {
            RendererChoice.preferPlainFramebuffer()
            return SDL_CreateRenderer(window, -1, software)
        }
        let accelerated = SDL_RENDERER_ACCELERATED.rawValue | SDL_RENDERER_PRESENTVSYNC.rawValue
        if let renderer = SDL_CreateRenderer(window, -1, accelerated) {
            guard choice == .auto, RendererChoice.isSoftwareGL(renderer) else { return renderer }
            SDL_DestroyRenderer(renderer)
        }
        RendererChoice.preferPlainFramebuffer()
        return SDL_CreateRenderer(window, -1, software)
    }

    /// The software renderer draws into the window's surface, in the window's format (usually 32-bit without
    /// alpha on X11); a GPU renderer takes the textures as they come.
    var pixelFormat: UInt32 { keepsPixels ? SDL_GetWindowPixelFormat(window) : SDL_PIXELFORMAT_ARGB8888.rawValue }

    /// Whether what was drawn stays in the window between frames, so a frame may redraw only what changed.
    /// The software renderer draws into the window's own surface; GPU back buffers are undefined after a present.
    private(set) var keepsPixels = false

    /// Switches between a window and a borderless window covering the whole display.
    ///
    /// Not SDL_WINDOW_FULLSCREEN_DESKTOP: without a window manager (a kiosk, Xvfb) that leaves the X window at
    /// its old size while SDL reports the display's, so the game drew a display-sized layout into a smaller
    /// window. A borderless window of the display's size is really that size, with or without a window manager.
    func toggleFullscreen() {
        if isFullscreen {
            let saved = savedFrame ?? SDL_Rect(x: 0, y: 0, w: 1280, h: 800)
            SDL_SetWindowBordered(window, SDL_TRUE)
            SDL_SetWindowSize(window, saved.w, saved.h)
            SDL_SetWindowPosition(window, saved.x, saved.y)
            savedFrame = nil
            isFullscreen = false
            return
        }
        var frame = SDL_Rect()
        SDL_GetWindowPosition(window, &frame.x, &frame.y)
        SDL_GetWindowSize(window, &frame.w, &frame.h)
        var display = SDL_Rect()
        guard SDL_GetDisplayBounds(max(0, SDL_GetWindowDisplayIndex(window)), &display) == 0 else { return }
        savedFrame = frame
        SDL_SetWindowBordered(window, SDL_FALSE)
        SDL_SetWindowPosition(window, display.x, display.y)
        SDL_SetWindowSize(window, display.w, display.h)
        SDL_RaiseWindow(window)
        isFullscreen = true
    }

    /// The window's place and size before a borderless fullscreen, to go back to.
    private var savedFrame: SDL_Rect?

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
