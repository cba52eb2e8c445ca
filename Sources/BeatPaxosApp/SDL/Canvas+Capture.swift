import CSDL2

extension Canvas {
    /// Saves what was drawn this frame (before it is presented) as a BMP; false if it could not.
    func saveFrame(bmp path: String) -> Bool {
        let size = outputSize
        guard size.width > 0, size.height > 0,
              let surface = SDL_CreateRGBSurfaceWithFormat(0, Int32(size.width), Int32(size.height), 32,
                                                           SDL_PIXELFORMAT_ARGB8888.rawValue) else { return false }
        defer { SDL_FreeSurface(surface) }
        guard SDL_RenderReadPixels(renderer, nil, SDL_PIXELFORMAT_ARGB8888.rawValue, surface.pointee.pixels,
                                   surface.pointee.pitch) == 0 else { return false }
        return bp_save_bmp(surface, path) == 0
    }
}
