import CSDL2

/// Something that owns an SDL renderer and destroys it when it goes: the window or an offscreen surface.
protocol RendererOwner: AnyObject {
    var renderer: OpaquePointer { get }
    /// The pixel format the renderer draws into: an opaque texture in it is copied without converting a pixel.
    var pixelFormat: UInt32 { get }
}

/// An SDL texture, destroyed when the last reference to it goes. It keeps its renderer's owner alive until then:
/// a texture must never outlive the renderer it was made on.
final class Texture {
    let pointer: OpaquePointer
    let width: Int32
    let height: Int32
    private let owner: RendererOwner

    init(_ pointer: OpaquePointer, owner: RendererOwner) {
        self.pointer = pointer
        self.owner = owner
        var w: Int32 = 0, h: Int32 = 0
        SDL_QueryTexture(pointer, nil, nil, &w, &h)
        width = w
        height = h
    }

    deinit { SDL_DestroyTexture(pointer) }
}

/// A texture the renderer can draw into, such as the window's cache of board regions.
final class RenderTarget {
    let texture: Texture
    private let renderer: OpaquePointer

    /// An opaque target (copying it is a plain copy, far cheaper on a CPU rasterizer); nil if SDL cannot make one.
    init?(owner: RendererOwner, width: Int32, height: Int32) {
        guard let pointer = SDL_CreateTexture(owner.renderer, SDL_PIXELFORMAT_ARGB8888.rawValue,
                                              Int32(SDL_TEXTUREACCESS_TARGET.rawValue), width, height) else { return nil }
        SDL_SetTextureBlendMode(pointer, SDL_BLENDMODE_NONE)
        texture = Texture(pointer, owner: owner)
        renderer = owner.renderer
    }

    /// Drawing goes into this texture until `endDrawing`. Switching targets flushes a GPU renderer.
    func beginDrawing() { SDL_SetRenderTarget(renderer, texture.pointer) }

    /// Drawing goes to the screen again.
    func endDrawing() { SDL_SetRenderTarget(renderer, nil) }

    /// Copies the texture's top-left `width` x `height` onto the same place on the screen (the texture may be
    /// larger than the window: it grows by steps and never shrinks).
    func copyToScreen(width: Int32, height: Int32) {
        var view = SDL_Rect(x: 0, y: 0, w: width, h: height)
        SDL_RenderCopy(renderer, texture.pointer, &view, &view)
    }
}
