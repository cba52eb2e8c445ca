/// Where one pill may go: its own point first, then nearby spots, then anywhere in the band.
extension PillPlacer {
    /// The first spot, label by label from the most detailed the pass allows, where the pill covers no placed one.
    func firstFreeSpot(for request: PillRequest, suffix: String, _ pass: Pass,
                       among placed: [PlacedPill]) -> (Rect, String)? {
        let last = request.labels.count - 1
        for index in min(pass.firstLabel, last)...last {
            let text = request.labels[index] + suffix
            let measured = measure(text, pass.size)
            let w = measured.w, h = max(measured.h, minimumHeight)
            guard w <= area.w, h <= area.h else { continue }
            // A detailed label only nudges; the shortest may go anywhere in the band rather than be hidden.
            let spots = candidates(w: w, h: h, around: request, placed: placed, nearOnly: index != last)
            for spot in spots {
                let rect = spot.rect, padded = rect.insetBy(-gap / 2, -gap / 2)
                if !placed.contains(where: { $0.rect.insetBy(-gap / 2, -gap / 2).intersects(padded) }) {
                    return (rect, text)
                }
            }
        }
        return nil
    }

    /// Spots for a w x h pill, nearest its own point first. Across the band: its own height, a row above or
    /// below, or rows from the band's top. Along it: its own place, half a pill either side, hard against each placed pill,
    /// and the band's ends; sliding along the band keeps it nearer its arc than changing rows, so it costs less.
    /// `nearOnly` keeps the spots within a step of its point (cost at most 1): a detailed label only nudges.
    func candidates(w: Double, h: Double, around request: PillRequest, placed: [PlacedPill],
                    nearOnly: Bool) -> [(rect: Rect, cost: Double)] {
        let x0 = request.x - w / 2, y0 = request.y - h / 2
        let stepX = w / 2 + gap, stepY = h + gap
        var ys = [y0, y0 - stepY, y0 + stepY]
        var xs = [x0, x0 - stepX, x0 + stepX]
        if !nearOnly {
            let rowCount = Int(((area.h + gap) / stepY).rounded(.down))
            ys += (0..<max(0, rowCount)).map { area.y + Double($0) * stepY }
            xs += [area.x, area.maxX - w]
        }
        for pill in placed {
            for x in [pill.rect.maxX + gap, pill.rect.x - gap - w] where !nearOnly || abs(x - x0) <= stepX / 0.6 { xs.append(x) }
        }
        var spots: [(rect: Rect, cost: Double)] = []
        spots.reserveCapacity(xs.count * ys.count)
        for y in ys {
            for x in xs {
                let rect = clamped(Rect(x: x, y: y, w: w, h: h))
                let cost = 0.6 * abs(rect.x - x0) / stepX + abs(rect.y - y0) / stepY
                if !nearOnly || cost <= 1 { spots.append((rect, cost)) }
            }
        }
        // Ties go to the spot higher up and then further left, so the order never depends on anything else.
        return spots.sorted { a, b in
            a.cost != b.cost ? a.cost < b.cost : (a.rect.y != b.rect.y ? a.rect.y < b.rect.y : a.rect.x < b.rect.x)
        }
    }

    /// Moves the rectangle the least distance that puts it inside the area (it must be no larger).
    func clamped(_ rect: Rect) -> Rect {
        Rect(x: min(max(rect.x, area.x), area.maxX - rect.w), y: min(max(rect.y, area.y), area.maxY - rect.h),
             w: rect.w, h: rect.h)
    }
}
