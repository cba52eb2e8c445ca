import CSDL2
import GameCore

/// Drawing on one SDL renderer: filled shapes, rounded boxes, triangles and cached text.
///
/// Its textures (text, sprites, the corner discs) free themselves when dropped, and keep the renderer's owner
/// alive until they do.
final class Canvas {
    let renderer: OpaquePointer
    let owner: RendererOwner
    /// What the renderer draws into (see `RendererOwner.pixelFormat`), read once: it never changes.
    let pixelFormat: UInt32
    let fonts: FontBook
    let textCache = TextCache()
    /// Pre-drawn message pills.
    let spriteCache = TextCache()
    var wrapCache: [WrapKey: [String]] = [:]
    /// The solid colour under the text being drawn, if known: such text is rendered onto it and copied without
    /// blending, several times cheaper on the software renderer. Only for text whose whole box lies on it.
    var textBackground: Color?
    var measureCache: [WrapKey: (w: Double, h: Double)] = [:]
    /// Type scales found to fit a part of the window (see `PaneFit`), by what they depend on: searching for one
    /// measures text at many sizes, too slow to repeat on every repaint.
    var fitCache: [AnyHashable: Double] = [:]
    /// Discs at exact pixel radii in each colour they are drawn in, so corners are copied unscaled and untinted
    /// (scaled copies are slow in software, and a new colour mod on every copy made SDL choose its blitter again).
    var discs: [DiscKey: Texture] = [:]
    struct DiscKey: Hashable {
        let radius: Int32
        let color: UInt32
    }
    /// A white anti-aliased disc; rounded corners are its quarters, tinted and scaled.
    private(set) var disc: Texture?
    static let discRadius = 64

    struct WrapKey: Hashable {
        let text: KeyText
        let size: Int
        let bold: Bool
        let width: Int
        var indent = 0
    }

    init(owner: RendererOwner, fonts: FontBook) throws {
        self.owner = owner
        renderer = owner.renderer
        pixelFormat = owner.pixelFormat
        self.fonts = fonts
        SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND)
        disc = try Self.makeDisc(owner)
    }

    /// The size of what the renderer draws on, in pixels.
    var outputSize: (width: Int, height: Int) {
        var w: Int32 = 0, h: Int32 = 0
        SDL_GetRendererOutputSize(renderer, &w, &h)
        return (Int(w), Int(h))
    }

    func clear(_ color: Color) {
        SDL_SetRenderDrawColor(renderer, color.r, color.g, color.b, color.a)
        SDL_RenderClear(renderer)
    }

    func endFrame() {
        textCache.endFrame()
        spriteCache.endFrame()
        if wrapCache.count > 400 { wrapCache.removeAll(keepingCapacity: true) }
        if measureCache.count > 800 { measureCache.removeAll(keepingCapacity: true) }
    }

    func setClip(_ rect: Rect?) {
        guard let rect else {
            SDL_RenderSetClipRect(renderer, nil)
            return
        }
        var clip = Self.pixels(rect)
        SDL_RenderSetClipRect(renderer, &clip)
    }

    /// Shows what was drawn since the last frame.
    func present() { SDL_RenderPresent(renderer) }

    /// A texture to draw into at this size, for caching what a frame leaves unchanged.
    func makeTarget(width: Int32, height: Int32) -> RenderTarget? {
        RenderTarget(owner: owner, width: width, height: height)
    }

    static func pixels(_ rect: Rect) -> SDL_Rect {
        let x = Int32(rect.x.rounded()), y = Int32(rect.y.rounded())
        return SDL_Rect(x: x, y: y, w: Int32(rect.maxX.rounded()) - x, h: Int32(rect.maxY.rounded()) - y)
    }

    /// The disc of radius `r` pixels in `color`, made on first use; nil under a pixel, past 200 or if SDL cannot
    /// make it.
    func disc(radius r: Int32, _ color: Color) -> Texture? {
        guard r > 0, r <= 200 else { return nil }
        let key = DiscKey(radius: r, color: color.packed)
        if let texture = discs[key] { return texture }
        if discs.count > 128 { discs.removeAll() }
        let texture = try? Self.makeDisc(owner, radius: Int(r), color)
        discs[key] = texture
        return texture
    }

    static func makeDisc(_ owner: RendererOwner, radius discRadius: Int = Canvas.discRadius, _ color: Color = Color(r: 255, g: 255, b: 255)) throws -> Texture {
        guard discRadius > 0 else { throw SDLError(description: "a disc needs a radius of a pixel or more") }
        let size = Int32(discRadius * 2)
        guard let surface = SDL_CreateRGBSurfaceWithFormat(0, size, size, 32, SDL_PIXELFORMAT_ARGB8888.rawValue) else {
            throw SDLError.last("cannot make a surface")
        }
        defer { SDL_FreeSurface(surface) }
        SDL_LockSurface(surface)
        let pitch = Int(surface.pointee.pitch) / 4
        let pixels = surface.pointee.pixels.assumingMemoryBound(to: UInt32.self)
        let radius = Double(discRadius)
        let tint = UInt32(color.r) << 16 | UInt32(color.g) << 8 | UInt32(color.b)
        for y in 0..<Int(size) {
            for x in 0..<Int(size) {
                let dx = Double(x) + 0.5 - radius, dy = Double(y) + 0.5 - radius
                let coverage = min(1, max(0, radius - (dx * dx + dy * dy).squareRoot() + 0.5))
                pixels[y * pitch + x] = UInt32((coverage * Double(color.a)).rounded()) << 24 | tint
            }
        }
        SDL_UnlockSurface(surface)
        guard let texture = SDL_CreateTextureFromSurface(owner.renderer, surface) else {
            throw SDLError.last("cannot make a texture")
        }
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND)
        return Texture(texture, owner: owner)
    }
}
