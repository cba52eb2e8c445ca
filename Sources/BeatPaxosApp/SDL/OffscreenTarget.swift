import CSDL2

/// A software renderer drawing into a memory surface: screenshots and the benchmark need no display.
final class OffscreenTarget: RendererOwner {
    let surface: UnsafeMutablePointer<SDL_Surface>
    let renderer: OpaquePointer

    init(width: Int, height: Int) throws {
        guard let surface = SDL_CreateRGBSurfaceWithFormat(0, Int32(width), Int32(height), 32, SDL_PIXELFORMAT_ARGB8888.rawValue) else {
            throw SDLError.last("cannot make a \(width)x\(height) surface")
        }
        guard let renderer = SDL_CreateSoftwareRenderer(surface) else {
            SDL_FreeSurface(surface)
            throw SDLError.last("cannot make a software renderer")
        }
        self.surface = surface
        self.renderer = renderer
    }

    var pixelFormat: UInt32 { surface.pointee.format.pointee.format }

    /// Writes what was drawn to a BMP file.
    func save(bmp path: String) throws {
        guard bp_save_bmp(surface, path) == 0 else { throw SDLError.last("cannot write \(path)") }
    }

    deinit {
        SDL_DestroyRenderer(renderer)
        SDL_FreeSurface(surface)
    }
}

extension OffscreenTarget {
    /// Runs `draw` with a canvas on an offscreen surface, with no display at all (screenshots, the benchmark),
    /// closing the canvas, the fonts and SDL in the order they need.
    static func drawing(width: Int, height: Int, font: String?,
                        _ draw: (OffscreenTarget, Canvas) throws -> Void) throws {
        let fonts = try FontBook.checkedPaths(override: font)
        let system = try SDLSystem(headless: true)
        try withExtendedLifetime(system) {
            let book = try FontBook(paths: fonts)
            defer { book.close() }
            let target = try OffscreenTarget(width: width, height: height)
            let canvas = try Canvas(owner: target, fonts: book)
            try draw(target, canvas)
        }
    }
}
