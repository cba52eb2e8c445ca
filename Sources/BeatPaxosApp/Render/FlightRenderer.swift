import GameCore
import Session

/// Messages in flight as labelled pills moving along their arcs, and messages breaking at dead nodes.
struct FlightRenderer {
    let canvas: Canvas
    let layout: BoardLayout

    /// Said on the board, not only in help: what a message's colour, initial and arrow mean.
    static let legend = ["Message colour and initial = whose ballot; arrow = where it goes",
                         "Colour and initial = whose ballot; arrow = target", "Colour = whose ballot"]

    func draw(_ session: GameSession) {
        drawLegend()
        let game = session.game
        let time = session.renderTime
        for flight in session.flights {
            let eased = Self.ease(flight.progress(at: time))
            let point = layout.flightPoint(from: flight.message.from, to: flight.message.to, progress: eased)
            pill(MessageCue.pillLabel(flight.message, rules: game.rules), at: point, Palette.message(flight.message, rules: game.rules), alpha: 1)
        }
        drawWaiting(session)
        for drop in session.drops {
            drawBreak(drop, now: time, rules: game.rules)
        }
    }

    /// The legend in the band's bottom-right corner, under the pills (messages that reach the corner cover it).
    private func drawLegend() {
        let band = layout.flightBand
        let size = 14 * layout.scale
        let text = canvas.firstFitting(Self.legend, width: band.w - 8, size: size)
        canvas.text(text, x: band.maxX - 4, y: band.maxY - canvas.lineHeight(size) - 2, size: size, Palette.dim, align: .right)
    }

    /// During a schedule (Show me), messages sent but not yet delivered wait, faded, stacked under their sender:
    /// the checker delivers each when it chooses.
    private func drawWaiting(_ session: GameSession) {
        let game = session.game
        let waiting = session.waitingMessages
        guard !waiting.isEmpty else { return }
        var stacked = [Int](repeating: 0, count: game.nodes.count)
        let step = canvas.lineHeight(15 * layout.scale, bold: true) + 8 * layout.scale
        for message in waiting where stacked.indices.contains(message.from) {
            let start = layout.flightPoint(from: message.from, to: message.to, progress: 0)
            let point = (x: start.x, y: start.y + Double(stacked[message.from]) * step)
            stacked[message.from] += 1
            guard point.y < layout.flightBand.maxY - step / 2 else { continue }
            pill(MessageCue.pillLabel(message, rules: game.rules), at: point, Palette.message(message, rules: game.rules), alpha: 0.55)
        }
    }

    /// Smoothstep: messages leave gently and slow down as they arrive.
    static func ease(_ t: Double) -> Double { t * t * (3 - 2 * t) }

    /// A message's pill centred on `point`: drawn once into a sprite, then copied.
    private func pill(_ label: String, at point: (x: Double, y: Double), _ colour: Color, alpha: Double) {
        let s = layout.scale
        let size = 15 * s
        let text = canvas.measure(label, size: size, bold: true)
        let w = text.w + 18 * s, h = text.h + 6 * s
        let key = TextCache.Key(text: label, size: Canvas.pixelSize(size), bold: true, color: colour.packed)
        // Kept whole on the board: a pill bound for the first or last node would otherwise run off its edge.
        let x = min(max(point.x, w / 2 + 2), layout.pane.x - w / 2 - 2)
        canvas.sprite(key, w: w, h: h, at: x - w / 2, point.y - h / 2, alpha: alpha, opaqueFrom: h / 2 + 1) {
            let rect = Rect(x: 0, y: 0, w: w, h: h)
            canvas.roundedBox(rect, radius: h / 2, Palette.ink)
            canvas.roundedBox(rect.insetBy(1.5 * s, 1.5 * s), radius: h / 2, colour)
            canvas.text(label, x: w / 2, y: 3 * s, size: size, Palette.ink, bold: true, align: .center)
        }
    }

    /// The pill splits in two halves that drift apart and fade, with a red cross over the gap.
    private func drawBreak(_ drop: DropEffect, now: Double, rules: ProtocolRules) {
        let age = min(1, max(0, (now - drop.time) / DropEffect.durationMs))
        let s = layout.scale
        let end = layout.flightPoint(from: drop.message.from, to: drop.message.to, progress: 1)
        let spread = 26 * s * age, sink = 18 * s * age
        let alpha = 1 - age
        let colour = Palette.message(drop.message, rules: rules)
        let label = MessageCue.pillLabel(drop.message, rules: rules)
        let text = canvas.measure(label, size: 15 * s, bold: true)
        let halfWidth = text.w / 2 + 9 * s
        for side in [-1.0, 1.0] {
            let centre = (x: end.x + side * spread, y: end.y + sink)
            let clipX = side < 0 ? centre.x - halfWidth - 2 : centre.x
            canvas.setClip(Rect(x: clipX, y: centre.y - 40 * s, w: halfWidth + 2, h: 80 * s))
            pill(label, at: centre, colour, alpha: alpha)
        }
        canvas.setClip(nil)
        // The cross sits in the gap the halves leave, above the label's line, so the label stays readable.
        let size = 22 * s
        canvas.cross(x: end.x - size / 2, y: end.y + sink - text.h / 2 - size - 2 * s, size: size, Palette.bad.withAlpha(alpha))
        canvas.text("lost: \(drop.message.to < 5 ? NodeNames.title(drop.message.to) : "") is down", x: end.x,
                    y: end.y + sink + size / 2 + 2 * s, size: 15 * s, Palette.bad.withAlpha(alpha), bold: true, align: .center)
    }
}
