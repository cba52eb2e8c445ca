import CSDL2
import GameCore

/// Where a text's x coordinate is: its left edge, centre or right edge.
enum Align {
    case left, center, right
}

extension Canvas {
    /// Draws one line of text with its top at `y`; returns its size. Nothing is drawn below size 6.
    @discardableResult
    func text(_ string: String, x: Double, y: Double, size: Double, _ color: Color,
              bold: Bool = false, align: Align = .left) -> (w: Double, h: Double) {
        // On a known solid background, faded text is mixed into it so it too can be drawn opaque.
        let opaque = textBackground.map { Color(r: color.r, g: color.g, b: color.b, a: 255).mixed(with: $0, 1 - Double(color.a) / 255) }
        guard let entry = textEntry(string, size: size, bold: bold, color: opaque ?? color, background: textBackground)
        else { return (0, 0) }
        let w = Double(entry.width), h = Double(entry.height)
        let left: Double
        switch align {
        case .left: left = x
        case .center: left = x - w / 2
        case .right: left = x - w
        }
        var target = SDL_Rect(x: Int32(left.rounded()), y: Int32(y.rounded()), w: entry.width, h: entry.height)
        if opaque == nil { SDL_SetTextureAlphaMod(entry.texture.pointer, color.a) }
        SDL_RenderCopy(renderer, entry.texture.pointer, nil, &target)
        return (w, h)
    }

    /// The size a line of text would take, without drawing it.
    func measure(_ string: String, size: Double, bold: Bool = false) -> (w: Double, h: Double) {
        let key = WrapKey(text: KeyText(string), size: Self.pixelSize(size), bold: bold, width: 0)
        if let known = measureCache[key] { return known }
        guard !string.isEmpty, let font = fonts.font(size: Self.pixelSize(size), bold: bold) else { return (0, 0) }
        var w: Int32 = 0, h: Int32 = 0
        TTF_SizeUTF8(font, string, &w, &h)
        measureCache[key] = (Double(w), Double(h))
        return (Double(w), Double(h))
    }

    /// The height of a line at this size.
    func lineHeight(_ size: Double, bold: Bool = false) -> Double {
        guard let font = fonts.font(size: Self.pixelSize(size), bold: bold) else { return size * 1.2 }
        return Double(TTF_FontLineSkip(font))
    }

    /// The words a line may break between: see `LineBreaks`.
    static func unbreakableWords(_ string: String) -> [String] { LineBreaks.words(string) }

    /// Splits text into lines no wider than `width`, at spaces; a word wider than the line stands alone.
    /// `indent` narrows the first line (text run on after something drawn before it); when not even the first
    /// word fits there, the first line is empty and the text starts on the next.
    func wrap(_ string: String, width: Double, size: Double, bold: Bool = false, indent: Double = 0) -> [String] {
        let key = WrapKey(text: KeyText(string), size: Self.pixelSize(size), bold: bold, width: Int(width), indent: Int(indent))
        if let lines = wrapCache[key] { return lines }
        var lines: [String] = []
        var current = ""
        for word in Self.unbreakableWords(string) {
            let room = lines.isEmpty ? width - indent : width
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if measure(candidate, size: size, bold: bold).w <= room || (current.isEmpty && (indent <= 0 || !lines.isEmpty)) {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        wrapCache[key] = lines
        return lines
    }

    /// Draws wrapped text from `y` down, at most `maxLines` lines; returns the height used (with `draw` false,
    /// only that). Text that does not fit ends in an ellipsis rather than running past the edge or vanishing.
    @discardableResult
    func paragraph(_ string: String, x: Double, y: Double, width: Double, size: Double, _ color: Color,
                   bold: Bool = false, maxLines: Int = 20, draw: Bool = true) -> Double {
        paragraphLines(wrap(string, width: width, size: size, bold: bold), x: x, y: y, width: width, size: size, color,
                       bold: bold, maxLines: maxLines, draw: draw)
    }

    static let ellipsis = "\u{2026}"

    /// Joins parts into lines no wider than `width`, never splitting a part (unless it alone is too wide).
    func joinWhole(_ parts: [String], separator: String, width: Double, size: Double, bold: Bool = false) -> [String] {
        var lines: [String] = []
        for part in parts {
            if let last = lines.last, measure(last + separator + part, size: size, bold: bold).w <= width {
                lines[lines.count - 1] = last + separator + part
            } else {
                lines.append(part)
            }
        }
        return lines
    }

    /// Draws given lines from `y` down, at most `maxLines`, ellipsizing what does not fit; returns the height used
    /// (with `draw` false, only that).
    @discardableResult
    func paragraphLines(_ lines: [String], x: Double, y: Double, width: Double, size: Double, _ color: Color,
                        bold: Bool = false, maxLines: Int, draw: Bool = true) -> Double {
        let step = lineHeight(size, bold: bold)
        let shown = min(lines.count, max(0, maxLines))
        for index in 0..<shown where draw {
            var line = lines[index]
            if index == shown - 1, shown < lines.count { line += " \(Self.ellipsis)" }
            text(fitted(line, width: width, size: size, bold: bold), x: x, y: y + Double(index) * step, size: size, color, bold: bold)
        }
        return Double(shown) * step
    }

    /// The first of `candidates` that fits `width`, else the last one ellipsized.
    func firstFitting(_ candidates: [String], width: Double, size: Double, bold: Bool = false) -> String {
        for candidate in candidates where measure(candidate, size: size, bold: bold).w <= width { return candidate }
        return fitted(candidates.last ?? "", width: width, size: size, bold: bold)
    }

    /// The text itself if it fits `width`, else its longest prefix that fits with an ellipsis.
    func fitted(_ string: String, width: Double, size: Double, bold: Bool = false) -> String {
        guard measure(string, size: size, bold: bold).w > width else { return string }
        let characters = Array(string)
        var low = 0, high = characters.count
        while low < high {
            let mid = (low + high + 1) / 2
            let candidate = String(characters[..<mid]).trimmingTrailingSpaces + Self.ellipsis
            if measure(candidate, size: size, bold: bold).w <= width { low = mid } else { high = mid - 1 }
        }
        return String(characters[..<low]).trimmingTrailingSpaces + Self.ellipsis
    }

    static func pixelSize(_ size: Double) -> Int { max(6, Int(size.rounded())) }

    private func textEntry(_ string: String, size: Double, bold: Bool, color: Color, background: Color?) -> TextCache.Entry? {
        guard !string.isEmpty, size >= 5.5 else { return nil }
        let pixels = Self.pixelSize(size)
        // Opacity is applied when drawing, so a fading text reuses one texture.
        let key = TextCache.Key(text: KeyText(string), size: pixels, bold: bold, color: color.packed | 0xff,
                                background: background.map { $0.packed | 0xff } ?? 0)
        return textCache.texture(key) {
            let ink = SDL_Color(r: color.r, g: color.g, b: color.b, a: 255)
            guard let font = fonts.font(size: pixels, bold: bold),
                  let surface = background.map({ TTF_RenderUTF8_Shaded(font, string, ink, SDL_Color(r: $0.r, g: $0.g, b: $0.b, a: 255)) })
                    ?? TTF_RenderUTF8_Blended(font, string, ink)
            else { return nil }
            defer { SDL_FreeSurface(surface) }
            // Text on a solid background comes as 8-bit pixels, which SDL would make into an opaque texture of
            // its own choosing, maybe not the format drawn into: every copy would then convert each pixel (47K
            // instructions for one line of the log offscreen). In the frame's format a copy is a plain one.
            let converted = background == nil ? nil : SDL_ConvertSurfaceFormat(surface, pixelFormat, 0)
            defer { if let converted { SDL_FreeSurface(converted) } }
            guard let texture = SDL_CreateTextureFromSurface(renderer, converted ?? surface) else { return nil }
            if background != nil { SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_NONE) }
            return TextCache.Entry(texture: Texture(texture, owner: owner), lastUsed: 0)
        }
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
