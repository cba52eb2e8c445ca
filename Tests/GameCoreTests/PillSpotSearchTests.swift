import Testing
@testable import GameCore

/// The spot search skips rows and columns to stay cheap on every frame; it must still choose exactly the spot
/// that listing every candidate, sorting them and taking the first free one would choose.
@Suite("Pill spot search")
struct PillSpotSearchTests {
    /// The slow, obvious search the fast one must agree with: every candidate, sorted by (cost, top, left).
    static func slowestFreeSpot(_ placer: PillPlacer, w: Double, h: Double, around request: PillRequest,
                                placed: [PlacedPill], nearOnly: Bool) -> Rect? {
        let gap = placer.gap, area = placer.area
        let x0 = request.x - w / 2, y0 = request.y - h / 2
        let stepX = w / 2 + gap, stepY = h + gap
        var ys = [y0, y0 - stepY, y0 + stepY]
        var xs = [x0, x0 - stepX, x0 + stepX]
        if !nearOnly {
            ys += (0..<max(0, Int(((area.h + gap) / stepY).rounded(.down)))).map { area.y + Double($0) * stepY }
            xs += [area.x, area.maxX - w]
        }
        for pill in placed {
            for x in [pill.rect.maxX + gap, pill.rect.x - gap - w] where !nearOnly || abs(x - x0) <= stepX / 0.6 { xs.append(x) }
        }
        var spots: [(rect: Rect, cost: Double)] = []
        for y in ys {
            for x in xs {
                let rect = placer.clamped(Rect(x: x, y: y, w: w, h: h))
                let cost = 0.6 * abs(rect.x - x0) / stepX + abs(rect.y - y0) / stepY
                if !nearOnly || cost <= 1 { spots.append((rect, cost)) }
            }
        }
        spots.sort { ($0.cost, $0.rect.y, $0.rect.x) < ($1.cost, $1.rect.y, $1.rect.x) }
        let taken = placed.map { $0.rect.insetBy(-gap / 2, -gap / 2) }
        return spots.first { spot in
            !taken.contains { $0.intersects(spot.rect.insetBy(-gap / 2, -gap / 2)) }
        }?.rect
    }

    @Test("the fast search picks the spot a full sort picks, over 3,000 random crowded bands")
    func agreesWithFullSort() {
        var random = SeededGenerator(seed: 29)
        let placer = PillPlacer(area: Rect(x: 2, y: 100, w: 900, h: 420), textSizes: [20], minimumHeight: 40, gap: 4,
                                measure: { label, size in (Double(label.count) * 0.7 * size, 1.5 * size) })
        var found = 0, refused = 0
        for _ in 0..<3_000 {
            // Pills on a coarse grid, so that edges often line up exactly and ties between spots really occur.
            let placed = (0..<Int.random(in: 0...40, using: &random)).map { _ in
                PlacedPill(rect: Rect(x: Double(Int.random(in: 0...44, using: &random)) * 20,
                                      y: 100 + Double(Int.random(in: 0...9, using: &random)) * 42,
                                      w: Double(Int.random(in: 3...8, using: &random)) * 20, h: 40),
                           label: "p", textSize: 20, members: [0])
            }
            let request = PillRequest(from: 0, to: 1, x: Double(Int.random(in: 0...90, using: &random)) * 10,
                                      y: 100 + Double(Int.random(in: 0...42, using: &random)) * 10, labels: ["p"])
            let w = Double(Int.random(in: 3...8, using: &random)) * 20, nearOnly = Bool.random(using: &random)
            let taken = placed.map { $0.rect.insetBy(-placer.gap / 2, -placer.gap / 2) }
            let fast = placer.cheapestFreeSpot(w: w, h: 40, around: request, placed: placed, taken: taken, nearOnly: nearOnly)
            let slow = Self.slowestFreeSpot(placer, w: w, h: 40, around: request, placed: placed, nearOnly: nearOnly)
            #expect(fast == slow, "\(placed.count) placed, request at \(request.x), \(request.y), w \(w), near only \(nearOnly)")
            if slow == nil { refused += 1 } else { found += 1 }
        }
        // Both outcomes must really occur, or the comparison proves little.
        #expect(found > 300 && refused > 300, "\(found) found, \(refused) refused")
    }
}
