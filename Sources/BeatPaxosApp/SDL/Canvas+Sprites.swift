import CSDL2
import GameCore

extension Canvas {
    /// Draws a sprite made once by `paint` (which draws in a `w` x `h` box at the origin) and kept under `key`.
    /// Thirty message pills a frame cost one copy each instead of two rounded boxes and a text.
    ///
    /// `opaqueFrom` marks the sprite's middle, from that many pixels in from either end, as opaque down to `h`
    /// rounded (so `key` must tell rounded heights apart): at full
    /// alpha it is copied without blending, which the software renderer does many times faster (large pills in
    /// lecture mode and under zoom would otherwise cost milliseconds a frame).
    func sprite(_ key: TextCache.Key, w: Double, h: Double, at x: Double, _ y: Double, alpha: Double = 1,
                opaqueFrom ends: Double = 0, paint: () -> Void) {
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
        let texture = entry.texture.pointer
        SDL_SetTextureAlphaMod(texture, UInt8(max(0, min(255, alpha * 255)).rounded()))
        let left = Int32(x.rounded()), top = Int32(y.rounded())
        let cap = Int32(ends.rounded(.up))
        guard alpha >= 1, cap > 0, entry.width > 2 * cap else {
            SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND)
            var target = SDL_Rect(x: left, y: top, w: entry.width, h: entry.height)
            SDL_RenderCopy(renderer, texture, nil, &target)
            return
        }
        // Round ends blended, and the last row when the painting stops short of it (it fills `h` rounded, the
        // texture `h` rounded up); the rest copied as is.
        let filled = min(entry.height, max(0, Int32(h.rounded())))
        let middle = entry.width - 2 * cap
        let blended = [SDL_Rect(x: 0, y: 0, w: cap, h: entry.height), SDL_Rect(x: entry.width - cap, y: 0, w: cap, h: entry.height),
                       SDL_Rect(x: cap, y: filled, w: middle, h: entry.height - filled)]
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND)
        for part in blended { copy(texture, part, left, top) }
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_NONE)
        copy(texture, SDL_Rect(x: cap, y: 0, w: middle, h: filled), left, top)
    }

    /// Copies `part` of a texture to the same place in a sprite drawn at (left, top).
    private func copy(_ texture: OpaquePointer, _ part: SDL_Rect, _ left: Int32, _ top: Int32) {
        guard part.w > 0, part.h > 0 else { return }
        var source = part
        var target = SDL_Rect(x: left + part.x, y: top + part.y, w: part.w, h: part.h)
        SDL_RenderCopy(renderer, texture, &source, &target)
    }
}
