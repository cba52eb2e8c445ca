import CSDL2
import GameCore

extension Canvas {
    /// Draws a sprite made once by `paint` (which draws in a `w` x `h` box at the origin) and kept under `key`.
    /// Thirty message pills a frame cost one copy each instead of two rounded boxes and a text.
    func sprite(_ key: TextCache.Key, w: Double, h: Double, at x: Double, _ y: Double, alpha: Double = 1,
                paint: () -> Void) {
        let width = Int32(w.rounded(.up)), height = Int32(h.rounded(.up))
        guard width > 0, height > 0 else { return }
        let entry = spriteCache.texture(key) {
            guard let texture = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ARGB8888.rawValue,
                                                  Int32(SDL_TEXTUREACCESS_TARGET.rawValue), width, height) else { return nil }
            let previous = SDL_GetRenderTarget(renderer)
            SDL_SetRenderTarget(renderer, texture)
            SDL_SetRenderDrawColor(renderer, 0, 0, 0, 0)
            SDL_RenderClear(renderer)
            paint()
            SDL_SetRenderTarget(renderer, previous)
            SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND)
            return TextCache.Entry(texture: Texture(texture, owner: owner), lastUsed: 0)
        }
        guard let entry else {
            paint()
            return
        }
        SDL_SetTextureAlphaMod(entry.texture.pointer, UInt8(max(0, min(255, alpha * 255)).rounded()))
        var target = SDL_Rect(x: Int32(x.rounded()), y: Int32(y.rounded()), w: entry.width, h: entry.height)
        SDL_RenderCopy(renderer, entry.texture.pointer, nil, &target)
    }
}
