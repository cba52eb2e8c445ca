import CSDL2
import GameCore
import Session

/// The timeline bar across the bottom of the board: the round's span, what was played of it, the playhead, and
/// marks for the player's faults, crowns gained and lost, and decisions. Clicking or dragging on it scrubs
/// (`GameSession.timelinePointer`), which maps x to time over the same rectangle.
struct TimelineRenderer {
    let canvas: Canvas
    let layout: BoardLayout

    /// Where the labels' glyphs reach in their text box at `size`, over the characters they use, in either weight:
    /// from the top of the tallest ("d", "(") to the bottom of the lowest ("p", ")").
    private func ink(_ size: Double) -> ClosedRange<Double> {
        var top: Int32 = 0, bottom: Int32 = 0, ascent: Int32 = 0
        for bold in [false, true] {
            guard let font = canvas.fonts.font(size: Canvas.pixelSize(size), bold: bold) else { return 0...size * 1.2 }
            ascent = max(ascent, TTF_FontAscent(font))
            for scalar in "Round 0123456789.s (past)".unicodeScalars where scalar != " " {
                var minX: Int32 = 0, maxX: Int32 = 0, minY: Int32 = 0, maxY: Int32 = 0, advance: Int32 = 0
                guard TTF_GlyphMetrics(font, UInt16(scalar.value), &minX, &maxX, &minY, &maxY, &advance) == 0 else { continue }
                top = max(top, maxY)
                bottom = min(bottom, minY)
            }
        }
        return Double(ascent - top)...Double(ascent - bottom)
    }

    func draw<P: Playable>(_ session: PlaySession<P>) {
        let bar = layout.timeline
        guard bar.w > 20, bar.h > 8 else { return }
        let rows = TimelineRows(layout: layout, ink: ink)
        let span = session.timelineSpan
        let history = session.history
        func x(_ time: Tick) -> Double {
            let fraction = Double(time - span.start) / Double(max(1, span.end - span.start))
            return bar.x + bar.w * min(1, max(0, fraction))
        }
        let track = Rect(x: bar.x, y: rows.trackY - rows.trackH / 2, w: bar.w, h: rows.trackH)
        canvas.roundedBox(track, radius: rows.trackH / 2, Palette.pane)
        // What this branch has played: up to the playhead bright, beyond it (after a rewind) dim.
        let played = Rect(x: bar.x, y: track.y, w: x(min(history.frontier, span.end)) - bar.x, h: rows.trackH)
        canvas.roundedBox(played, radius: rows.trackH / 2, Palette.dim.withAlpha(0.45))
        let past = Rect(x: bar.x, y: track.y, w: x(history.now) - bar.x, h: rows.trackH)
        canvas.roundedBox(past, radius: rows.trackH / 2, Palette.dim)
        for mark in session.timelineMarks { draw(mark, x: x(mark.time), rows: rows) }
        drawLabels(session, bar: bar, rows: rows, playheadX: x(history.now), end: span.end)
        drawPlayhead(at: x(history.now), bar: bar, rows: rows)
    }

    /// "Round 2" at the left, the playhead's time above it, and the span's end at the right when the playhead's
    /// label leaves room for it: measured, so they never run into each other.
    private func drawLabels<P: Playable>(_ session: PlaySession<P>, bar: Rect, rows: TimelineRows, playheadX x: Double, end: Tick) {
        let size = rows.labelSize, gap = 8 * layout.scale
        let round = "Round \(session.history.currentRoundSpan.round)"
        let roundW = canvas.measure(round, size: size).w
        canvas.text(round, x: bar.x, y: rows.labelY, size: size, Palette.dim)
        let label = "\(Seconds.text(session.history.now)) s" + (session.history.isInPast ? " (past)" : "")
        let w = canvas.measure(label, size: size, bold: true).w
        let left = max(bar.x + roundW + gap, min(x - w / 2, bar.maxX - w))
        canvas.text(label, x: left, y: rows.labelY, size: size, Palette.text, bold: true)
        let endLabel = "\(Seconds.text(end)) s"
        if left + w + gap < bar.maxX - canvas.measure(endLabel, size: size).w {
            canvas.text(endLabel, x: bar.maxX, y: rows.labelY, size: size, Palette.dim, align: .right)
        }
    }

    /// A mark on the track in its node's colour, on a dark disc so it reads over the track: a cross for a crash,
    /// a ring for a recovery, a bar for a hold, a crown for a crown gained (struck through when lost), a check for
    /// a decision. Drawn once into a sprite and copied: a busy round's dozens of vector marks cost more than the
    /// rest of the timeline each time its clock moves on.
    private func draw(_ mark: TimelineMark, x: Double, rows: TimelineRows) {
        let colour = Palette.node(mark.node)
        let size = rows.markSize
        // Room for the disc and the strokes' ends, whole pixels either side of the centre.
        let side = (size * 1.3 / 2).rounded(.up) * 2 + 4
        let key = TextCache.Key(text: KeyText("timeline mark \(mark.kind.look) \(Int(layout.scale * 100))"), size: Int((size * 8).rounded()), bold: false, color: colour.packed)
        canvas.sprite(key, w: side, h: side, at: x - side / 2, rows.trackY - side / 2) {
            paint(mark.kind, colour: colour, size: size, centre: side / 2)
        }
    }

    /// A mark's disc and sign around (centre, centre), in a sprite's own coordinates.
    private func paint(_ kind: TimelineMark.Kind, colour: Color, size: Double, centre: Double) {
        let s = layout.scale
        let left = centre - size / 2, top = centre - size / 2
        let disc = size * 1.3
        canvas.roundedBox(Rect(x: centre - disc / 2, y: centre - disc / 2, w: disc, h: disc), radius: disc / 2, Palette.background)
        switch kind {
        case .crash:
            canvas.cross(x: left, y: top, size: size, colour)
        case .recover:
            canvas.roundedBox(Rect(x: left, y: top, w: size, h: size), radius: size / 2, fill: Palette.background,
                              border: colour, width: max(2, 2 * min(s, size / 12)))
        case .hold, .release:
            canvas.fill(Rect(x: centre - size / 8, y: top, w: size / 4, h: size), kind.isHold ? Palette.held : Palette.held.withAlpha(0.5))
        case .crownGained:
            canvas.crown(x: left, y: top + size * 0.1, w: size, h: size * 0.8, Palette.gold, gem: colour)
        case .crownLost(_, _, let toppled):
            canvas.crown(x: left, y: top + size * 0.1, w: size, h: size * 0.8, Palette.gold.withAlpha(0.5), gem: colour)
            canvas.line(from: (left, top + size), to: (left + size, top), width: max(2, size / 6), toppled ? Palette.bad : Palette.dim)
        case .decision:
            canvas.checkMark(x: left, y: top, size: size, Palette.good)
        }
    }

    private func drawPlayhead(at x: Double, bar: Rect, rows: TimelineRows) {
        let s = layout.scale
        let lineW = max(1, min(3 * s, rows.knob / 4))
        canvas.fill(Rect(x: x - lineW / 2, y: rows.trackY - rows.knob / 2, w: lineW, h: bar.maxY - (rows.trackY - rows.knob / 2)), Palette.text)
        canvas.roundedBox(Rect(x: x - rows.knob / 2, y: rows.trackY - rows.knob / 2, w: rows.knob, h: rows.knob),
                          radius: rows.knob / 2, Palette.text)
    }
}

private extension TimelineMark.Kind {
    var isHold: Bool { if case .hold = self { true } else { false } }

    /// What tells two marks' drawings apart, besides their node's colour.
    var look: String {
        switch self {
        case .crash: "crash"
        case .recover: "recover"
        case .hold: "hold"
        case .release: "release"
        case .crownGained: "crown"
        case .crownLost(_, _, let toppled): toppled ? "toppled" : "crown lost"
        case .decision: "decision"
        }
    }
}
