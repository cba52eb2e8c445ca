import GameCore
import Session

/// Messages in flight as labelled pills moving along their arcs, and messages breaking at dead nodes.
struct FlightRenderer {
    let canvas: Canvas
    let layout: BoardLayout

    /// Said on the board, not only in help: what a message's colour, initial and arrow mean.
    static func legend(_ ballot: String) -> [String] {
        ["Message colour and initial = whose \(ballot); arrow = where it goes",
         "Colour and initial = whose \(ballot); arrow = target", "Colour = whose \(ballot)"]
    }

    /// The pills make way for `notes` (toasts, the banner, Show me's caption: see `OverlayRenderer.noteRects`).
    func draw<P: Playable>(_ session: PlaySession<P>, notes: [Rect]) {
        let game = session.game
        let time = session.renderTime
        var requests: [PillRequest] = [], looks: [(colour: Color, alpha: Double)] = []
        for flight in session.flights {
            let point = layout.flightPoint(from: flight.message.from, to: flight.message.to, progress: Self.ease(flight.progress(at: time)))
            requests.append(request(flight.message, at: point, session))
            looks.append((Palette.message(flight.message, rules: game.rules, as: P.self), 1))
        }
        for (message, point) in waitingSpots(session) {
            requests.append(request(message, at: point, session))
            looks.append((Palette.message(message, rules: game.rules, as: P.self), 0.55))
        }
        let plan = placer(clearOf: notes).place(requests)
        drawLegend(hidden: plan.hidden.count, ballot: P.ballotWord)
        for placed in plan.pills {
            let look = looks[placed.members[0]]
            pill(placed, look.colour, alpha: look.alpha)
        }
        for drop in session.drops {
            drawBreak(drop, now: time, rules: game.rules, as: P.self)
        }
    }

    private var legendSize: Double { 14 * layout.scale }

    /// Pills keep off the legend's line, so it stays readable however crowded the band, and out from under the
    /// notes, so none flies hidden.
    private func placer(clearOf notes: [Rect]) -> PillPlacer {
        let canvas = canvas
        return PillPlacer(layout: layout, reservedBottom: canvas.lineHeight(legendSize) + 4, notes: notes) { label, size in
            let text = canvas.measure(label, size: size, bold: true)
            return (text.w + 1.2 * size, text.h + 0.4 * size)
        }
    }

    private func request<P: Playable>(_ message: P.Message, at point: (x: Double, y: Double), _ session: PlaySession<P>) -> PillRequest {
        PillRequest(from: message.from, to: message.to, x: point.x, y: point.y, labels: session.pillLabels(message))
    }

    /// The legend in the band's bottom-right corner, on a line the pills leave free; when the band cannot hold
    /// every message even folded, it says how many are not drawn.
    private func drawLegend(hidden: Int, ballot: String) {
        let band = layout.flightBand
        let legend = Self.legend(ballot)
        let candidates = hidden > 0 ? legend.map { "\(hidden) more not shown. " + $0 } + ["\(hidden) more not shown"] : legend
        // Under a big zoom in a small window even the shortest wording may be too wide: smaller type, not an ellipsis.
        let shortest = canvas.measure(candidates[candidates.count - 1], size: legendSize).w
        let size = shortest > band.w - 8 ? legendSize * (band.w - 8) / shortest * 0.98 : legendSize
        let text = canvas.firstFitting(candidates, width: band.w - 8, size: size)
        // On the band's own background (the pills keep off its line): copied, not blended, every frame.
        canvas.textBackground = Palette.background
        defer { canvas.textBackground = nil }
        canvas.text(text, x: band.maxX - 4, y: band.maxY - canvas.lineHeight(legendSize) - 2, size: size, Palette.dim, align: .right)
    }

    /// During a schedule (Show me), messages sent but not yet delivered wait, faded, stacked on the band's side of their sender:
    /// the checker delivers each when it chooses. The placer moves any that would cover another pill.
    private func waitingSpots<P: Playable>(_ session: PlaySession<P>) -> [(P.Message, (x: Double, y: Double))] {
        let waiting = session.waitingMessages
        guard !waiting.isEmpty else { return [] }
        var stacked = [Int](repeating: 0, count: session.game.nodes.count)
        let step = canvas.lineHeight(15 * layout.scale, bold: true) + 8 * layout.scale
        var spots: [(P.Message, (x: Double, y: Double))] = []
        for message in waiting where stacked.indices.contains(message.from) {
            let start = layout.flightAnchor(message.from)
            let offset = layout.bandSide(of: message.from) * Double(stacked[message.from]) * step
            spots.append((message, (start.x, start.y + offset)))
            stacked[message.from] += 1
        }
        return spots
    }

    /// Smoothstep: messages leave gently and slow down as they arrive.
    static func ease(_ t: Double) -> Double { t * t * (3 - 2 * t) }

    /// A placed pill: drawn once into a sprite, then copied.
    private func pill(_ placed: PlacedPill, _ colour: Color, alpha: Double) {
        let rect = placed.rect, size = placed.textSize
        let key = TextCache.Key(text: KeyText(placed.label + "@\(Int(rect.h.rounded()))"), size: Canvas.pixelSize(size), bold: true, color: colour.packed)
        canvas.sprite(key, w: rect.w, h: rect.h, at: rect.x, rect.y, alpha: alpha, opaqueFrom: rect.h / 2 + 1) {
            let textHeight = canvas.measure(placed.label, size: size, bold: true).h
            let box = Rect(x: 0, y: 0, w: rect.w, h: rect.h)
            let border = max(1, 0.1 * size)
            canvas.roundedBox(box, radius: rect.h / 2, Palette.ink)
            canvas.roundedBox(box.insetBy(border, border), radius: rect.h / 2, colour)
            // On the pill's own colour (the text's box lies inside its round ends): rendered onto it, copied.
            canvas.textBackground = colour
            canvas.text(placed.label, x: rect.w / 2, y: (rect.h - textHeight) / 2, size: size, Palette.ink, bold: true, align: .center)
            canvas.textBackground = nil
        }
    }

    /// A message's pill centred on `point` in its fullest form, as a lost message shows it.
    private func pill(_ label: String, at point: (x: Double, y: Double), _ colour: Color, alpha: Double) {
        let size = 15 * layout.scale
        let text = canvas.measure(label, size: size, bold: true)
        let w = text.w + 1.2 * size, h = max(text.h + 0.4 * size, layout.lecture ? PillPlacer.lectureMinimumHeight : 0)
        // Kept whole on the board: a pill bound for the first or last node would otherwise run off its edge.
        let x = min(max(point.x, w / 2 + 2), layout.pane.x - w / 2 - 2)
        pill(PlacedPill(rect: Rect(x: x - w / 2, y: point.y - h / 2, w: w, h: h), label: label, textSize: size, members: []), colour, alpha: alpha)
    }

    /// The pill splits in two halves that drift apart and fade, with a red cross over the gap.
    private func drawBreak<P: Playable>(_ drop: DropEffect<P.Message>, now: Double, rules: P.Rules, as _: P.Type) {
        let band = BoardRegions.band(of: layout)
        let age = min(1, max(0, (now - drop.time) / DropEffect<P.Message>.durationMs))
        let s = layout.scale
        let end = layout.flightPoint(from: drop.message.from, to: drop.message.to, progress: 1)
        // The halves sink into the band: down under an upper box, up over a lower one.
        let toward = layout.bandSide(of: drop.message.to)
        let spread = 26 * s * age, sink = 18 * s * age * toward
        let alpha = 1 - age
        let colour = Palette.message(drop.message, rules: rules, as: P.self)
        let label = P.pillLabel(drop.message, rules: rules)
        let text = canvas.measure(label, size: 15 * s, bold: true)
        let halfWidth = text.w / 2 + 9 * s
        for side in [-1.0, 1.0] {
            let centre = (x: end.x + side * spread, y: end.y + sink)
            let clipX = side < 0 ? centre.x - halfWidth - 2 : centre.x
            canvas.setClip(Rect(x: clipX, y: centre.y - 40 * s, w: halfWidth + 2, h: 80 * s).intersection(band))
            pill(label, at: centre, colour, alpha: alpha)
        }
        // Back to the band's clip: the window repaints only the band while messages fly, so anything drawn past
        // it would stay on a box or the legend's neighbours after the effect ends.
        canvas.setClip(band)
        // The cross, then the words, go on the band's side of the broken pill (under an upper box, over a lower
        // one), off the label's line so the label stays readable, and away from the box the message never reached.
        let size = 22 * s
        let lost = "lost: \(drop.message.to < 5 ? NodeNames.title(drop.message.to) : "") is down"
        let wordsHeight = canvas.lineHeight(15 * s, bold: true)
        let crossY = toward > 0 ? end.y + sink + text.h / 2 + 2 * s : end.y + sink - text.h / 2 - 2 * s - size
        let wordsY = toward > 0 ? crossY + size + 2 * s : crossY - 2 * s - wordsHeight
        canvas.cross(x: end.x - size / 2, y: crossY, size: size, Palette.bad.withAlpha(alpha))
        canvas.text(lost, x: end.x, y: wordsY, size: 15 * s, Palette.bad.withAlpha(alpha), bold: true, align: .center)
    }
}
