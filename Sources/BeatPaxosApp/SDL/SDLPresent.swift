import CSDL2

/// Finishing a frame on any renderer.
enum SDLPresent {
    static func present(_ renderer: OpaquePointer) { SDL_RenderPresent(renderer) }
}
