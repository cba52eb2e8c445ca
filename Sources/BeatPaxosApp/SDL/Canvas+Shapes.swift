import CSDL2
import GameCore

extension Canvas {
    func fill(_ rect: Rect, _ color: Color) {
        guard !rect.isEmpty else { return }
        fill([Self.pixels(rect)], color)
    }

    /// Fills pixel rectangles in one call. The software renderer blends every pixel of a fill in blend mode,
    /// even an opaque one, so an opaque fill is a plain one, cut on cache lines (see `FillColumns`).
    private func fill(_ rects: [SDL_Rect], _ color: Color) {
        SDL_SetRenderDrawColor(renderer, color.r, color.g, color.b, color.a)
        guard color.a == 255 else {
            SDL_RenderFillRects(renderer, rects, Int32(rects.count))
            return
        }
        var pieces: [SDL_Rect] = []
        pieces.reserveCapacity(rects.count * 3)
        for rect in rects where rect.w > 0 && rect.h > 0 {
            for span in FillColumns.spans(x: Int(rect.x), w: Int(rect.w)) {
                pieces.append(SDL_Rect(x: Int32(span.x), y: rect.y, w: Int32(span.w), h: rect.h))
            }
        }
        SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_NONE)
        SDL_RenderFillRects(renderer, pieces, Int32(pieces.count))
        SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND)
    }

    /// A filled box with rounded corners: three rectangles and four quarters of a disc in its colour (the white
    /// disc, tinted and scaled, past 200 pixels of radius), far cheaper than a triangle fan on the software renderer.
    func roundedBox(_ rect: Rect, radius: Double, _ color: Color) {
        guard !rect.isEmpty, color.a > 0 else { return }
        let box = Self.pixels(rect)
        let r = Int32(max(0, min(radius, Double(min(box.w, box.h)) / 2)).rounded(.down))
        let exact = disc(radius: r, color)
        guard r > 0, let disc = (exact ?? self.disc)?.pointer else {
            fill(rect, color)
            return
        }
        fill([
            SDL_Rect(x: box.x + r, y: box.y, w: box.w - 2 * r, h: box.h),
            SDL_Rect(x: box.x, y: box.y + r, w: r, h: box.h - 2 * r),
            SDL_Rect(x: box.x + box.w - r, y: box.y + r, w: r, h: box.h - 2 * r),
        ], color)
        if exact == nil {
            SDL_SetTextureColorMod(disc, color.r, color.g, color.b)
            SDL_SetTextureAlphaMod(disc, color.a)
        }
        var discW: Int32 = 0
        SDL_QueryTexture(disc, nil, nil, &discW, nil)
        let half = discW / 2
        let corners: [(Int32, Int32, Int32, Int32)] = [
            (0, 0, box.x, box.y), (half, 0, box.x + box.w - r, box.y),
            (0, half, box.x, box.y + box.h - r), (half, half, box.x + box.w - r, box.y + box.h - r),
        ]
        for (sx, sy, dx, dy) in corners {
            var source = SDL_Rect(x: sx, y: sy, w: half, h: half)
            var target = SDL_Rect(x: dx, y: dy, w: r, h: r)
            SDL_RenderCopy(renderer, disc, &source, &target)
        }
    }

    /// A rounded box with a border: the border colour, then the fill inset by `border`.
    func roundedBox(_ rect: Rect, radius: Double, fill: Color, border: Color, width: Double) {
        roundedBox(rect, radius: radius, border)
        roundedBox(rect.insetBy(width, width), radius: max(0, radius - width), fill)
    }

    /// Filled triangles, three points each, in one SDL_RenderGeometry call.
    func triangles(_ points: [(Double, Double)], _ color: Color) {
        guard points.count >= 3 else { return }
        let tint = SDL_Color(r: color.r, g: color.g, b: color.b, a: color.a)
        var vertices = points.map {
            SDL_Vertex(position: SDL_FPoint(x: Float($0.0), y: Float($0.1)), color: tint, tex_coord: SDL_FPoint(x: 0, y: 0))
        }
        let count = Int32(points.count - points.count % 3)
        SDL_RenderGeometry(renderer, nil, &vertices, count, nil, 0)
    }

    /// A thick straight line as two triangles.
    func line(from a: (Double, Double), to b: (Double, Double), width: Double, _ color: Color) {
        let dx = b.0 - a.0, dy = b.1 - a.1
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return }
        let nx = -dy / length * width / 2, ny = dx / length * width / 2
        let p1 = (a.0 + nx, a.1 + ny), p2 = (b.0 + nx, b.1 + ny), p3 = (b.0 - nx, b.1 - ny), p4 = (a.0 - nx, a.1 - ny)
        triangles([p1, p2, p3, p1, p3, p4], color)
    }

    /// A check mark in a square of side `size` at (x, y).
    func checkMark(x: Double, y: Double, size: Double, _ color: Color) {
        let w = max(2, size * 0.16)
        line(from: (x + size * 0.12, y + size * 0.55), to: (x + size * 0.4, y + size * 0.82), width: w, color)
        line(from: (x + size * 0.4, y + size * 0.82), to: (x + size * 0.9, y + size * 0.18), width: w, color)
    }

    /// A cross in a square of side `size` at (x, y).
    func cross(x: Double, y: Double, size: Double, _ color: Color) {
        let w = max(2, size * 0.16)
        line(from: (x + size * 0.15, y + size * 0.15), to: (x + size * 0.85, y + size * 0.85), width: w, color)
        line(from: (x + size * 0.85, y + size * 0.15), to: (x + size * 0.15, y + size * 0.85), width: w, color)
    }

    /// A crown of vector triangles: a band and three spikes, with gems, in a `w` x `h` box at (x, y).
    func crown(x: Double, y: Double, w: Double, h: Double, _ gold: Color, gem: Color) {
        guard w > 2, h > 2 else { return }
        let baseTop = y + h * 0.62, bottom = y + h
        var points: [(Double, Double)] = [
            (x, baseTop), (x + w, baseTop), (x + w, bottom),
            (x, baseTop), (x + w, bottom), (x, bottom),
        ]
        for spike in 0..<3 {
            let left = x + Double(spike) * w / 3
            let tipY = spike == 1 ? y : y + h * 0.15
            points += [(left, baseTop + 1), (left + w / 3, baseTop + 1), (left + w / 6, tipY)]
        }
        points += [(x - w * 0.04, baseTop), (x + w * 0.08, baseTop), (x - w * 0.02, y + h * 0.2)]
        points += [(x + w * 0.92, baseTop), (x + w * 1.04, baseTop), (x + w * 1.02, y + h * 0.2)]
        triangles(points, gold)
        let gemY = baseTop + (bottom - baseTop) / 2, gemR = min(w, h) * 0.09
        var gems: [(Double, Double)] = []
        for gx in [x + w * 0.2, x + w * 0.5, x + w * 0.8] {
            gems += [(gx, gemY - gemR), (gx + gemR, gemY), (gx, gemY + gemR),
                     (gx, gemY - gemR), (gx, gemY + gemR), (gx - gemR, gemY)]
        }
        triangles(gems, gem)
    }
}
