/// Where one pill may go: its own point first, then nearby spots, then anywhere in the band.
extension PillPlacer {
    /// The first spot, label by label from the most detailed the pass allows, where the pill covers no placed one.
    /// `labels` gives label number N as shown (with any "+N") and its size.
    func firstFreeSpot(for request: PillRequest, labels: (Int) -> (text: String, w: Double, h: Double), _ pass: Pass,
                       among placed: [PlacedPill]) -> (Rect, String)? {
        let last = request.labels.count - 1
        // Each placed pill with half the gap around it: a spot is free when its own padded rectangle meets none.
        let taken = placed.map { $0.rect.insetBy(-gap / 2, -gap / 2) }
        for index in min(pass.firstLabel, last)...last {
            let (text, w, measuredH) = labels(index)
            let h = max(measuredH, minimumHeight)
            guard w <= area.w, h <= area.h else { continue }
            // A detailed label only nudges; the shortest may go anywhere in the band rather than be hidden.
            if let rect = cheapestFreeSpot(w: w, h: h, around: request, placed: placed, taken: taken, nearOnly: index != last) {
                return (rect, text)
            }
        }
        return nil
    }

    /// The cheapest free spot for a w x h pill. Across the band: its own height, a row above or below, or rows
    /// from the band's top. Along it: its own place, half a pill either side, hard against each placed pill, and
    /// the band's ends; sliding along the band keeps it nearer its arc than changing rows, so it costs less. Ties
    /// go to the spot higher up and then further left, so the choice never depends on anything else.
    /// `nearOnly` keeps the spots within a step of its point (cost at most 1): a detailed label only nudges.
    ///
    /// This runs for every pill on every frame, so it visits rows from the nearest and leaves off once a row's
    /// height alone costs more than the best spot found, and tests a spot only against the pills in its row.
    func cheapestFreeSpot(w: Double, h: Double, around request: PillRequest, placed: [PlacedPill], taken: [Rect],
                          nearOnly: Bool) -> Rect? {
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
        // Columns cheapest first: a row is read only until its first free spot, or one that costs more than the
        // best so far (sums of sorted costs never decrease, so nothing later in the row can be cheaper).
        let columns = xs.map { x -> (cost: Double, x: Double) in
            let left = clamped(Rect(x: x, y: area.y, w: w, h: h)).x
            return (0.6 * abs(left - x0) / stepX, left)
        }.sorted { $0 < $1 }
        var rows = ys.map { y -> (cost: Double, y: Double) in
            let top = clamped(Rect(x: area.x, y: y, w: w, h: h)).y
            return (abs(top - y0) / stepY, top)
        }
        rows.sort { $0 < $1 }
        var best: (rect: Rect, cost: Double)?
        var inRow: [Rect] = []
        inRow.reserveCapacity(taken.count)
        for (index, row) in rows.enumerated() {
            if index > 0, rows[index - 1] == row { continue }
            if let best, (row.cost, row.y) > (best.cost, best.rect.y) { break }
            // Padding changes a rectangle's height the same way wherever it lies, so one padded rectangle tells
            // which placed pills reach into this row.
            let rowBand = Rect(x: area.x, y: row.y, w: w, h: h).insetBy(-gap / 2, -gap / 2)
            inRow.removeAll(keepingCapacity: true)
            for rect in taken where rect.y < rowBand.maxY && rowBand.y < rect.maxY { inRow.append(rect) }
            for column in columns {
                let cost = column.cost + row.cost
                if nearOnly && cost > 1 { break }
                if let best {
                    if cost > best.cost { break }
                    if (cost, row.y, column.x) >= (best.cost, best.rect.y, best.rect.x) { continue }
                }
                let rect = Rect(x: column.x, y: row.y, w: w, h: h), padded = rect.insetBy(-gap / 2, -gap / 2)
                if !inRow.contains(where: { $0.intersects(padded) }) { best = (rect, cost) }
            }
        }
        return best?.rect
    }

    /// Moves the rectangle the least distance that puts it inside the area (it must be no larger).
    func clamped(_ rect: Rect) -> Rect {
        Rect(x: min(max(rect.x, area.x), area.maxX - rect.w), y: min(max(rect.y, area.y), area.maxY - rect.h),
             w: rect.w, h: rect.h)
    }
}
