import CSDL2
import GameCore

extension Canvas {
    /// Draws a sprite made once by `paint` (which draws in a `w` x `h` box at the origin) and kept under `key`.
    /// Thirty message pills a frame cost one copy each instead of two rounded boxes and a text.
    ///
    /// Below full `alpha` the sprite is a texture of its own with the opacity, rounded up to a sixteenth, in its
    /// pixels: the software renderer copies a texture whose opacity it must scale about five times slower (48 µs
    /// for a 180x40 pill), and a fading message or a waiting one is drawn on every frame.
    ///
    /// `opaqueFrom` marks the sprite's middle, from that many pixels in from either end, as opaque down to `h`
    /// rounded (so `key` must tell rounded heights apart): at full alpha it is copied without blending, which
    /// the software renderer does many times faster (large pills in lecture mode and under zoom would otherwise
    /// cost milliseconds a frame).
    func sprite(_ key: TextCache.Key, w: Double, h: Double, at x: Double, _ y: Double, alpha: Double = 1,
                opaqueFrom ends: Double = 0, paint: () -> Void) {
        let width = Int32(w.rounded(.up)), height = Int32(h.rounded(.up))
        let fade = UInt8(max(0, min(16, (alpha * 16).rounded(.up))))
        guard width > 0, height > 0, fade > 0 else { return }
        var faded = key
        faded.fade = fade
        let entry = spriteCache.texture(faded) {
            guard let painted = makeSprite(width, height, paint: paint) else { return nil }
            guard fade < 16 else { return TextCache.Entry(texture: painted, lastUsed: 0) }
            return makeFaded(painted, alpha: UInt8(Int(fade) * 255 / 16)).map { TextCache.Entry(texture: $0, lastUsed: 0) }
        }
        guard let entry else {
            paint()
            return
        }
        let texture = entry.texture.pointer
        let left = Int32(x.rounded()), top = Int32(y.rounded())
        let cap = Int32(ends.rounded(.up))
        guard fade == 16, cap > 0, entry.width > 2 * cap else {
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

    /// A transparent texture with `paint`'s drawing, set to blend.
    private func makeSprite(_ width: Int32, _ height: Int32, paint: () -> Void) -> Texture? {
        guard let texture = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ARGB8888.rawValue,
                                              Int32(SDL_TEXTUREACCESS_TARGET.rawValue), width, height) else { return nil }
        let previous = SDL_GetRenderTarget(renderer)
        SDL_SetRenderTarget(renderer, texture)
        SDL_SetRenderDrawColor(renderer, 0, 0, 0, 0)
        SDL_RenderClear(renderer)
        paint()
        SDL_SetRenderTarget(renderer, previous)
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND)
        return Texture(texture, owner: owner)
    }

    /// A copy of `sprite` with every pixel's opacity scaled by `alpha` (of 255), set to blend.
    private func makeFaded(_ sprite: Texture, alpha: UInt8) -> Texture? {
        guard let texture = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ARGB8888.rawValue,
                                              Int32(SDL_TEXTUREACCESS_TARGET.rawValue), sprite.width, sprite.height) else { return nil }
        let previous = SDL_GetRenderTarget(renderer)
        SDL_SetRenderTarget(renderer, texture)
        // Copied, not blended, with the opacity scaled: the copy's pixels carry it.
        SDL_SetTextureBlendMode(sprite.pointer, SDL_BLENDMODE_NONE)
        SDL_SetTextureAlphaMod(sprite.pointer, alpha)
        SDL_RenderCopy(renderer, sprite.pointer, nil, nil)
        SDL_SetRenderTarget(renderer, previous)
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND)
        return Texture(texture, owner: owner)
    }

    /// Copies `part` of a texture to the same place in a sprite drawn at (left, top).
    private func copy(_ texture: OpaquePointer, _ part: SDL_Rect, _ left: Int32, _ top: Int32) {
        guard part.w > 0, part.h > 0 else { return }
        var source = part
        var target = SDL_Rect(x: left + part.x, y: top + part.y, w: part.w, h: part.h)
        SDL_RenderCopy(renderer, texture, &source, &target)
    }
}
