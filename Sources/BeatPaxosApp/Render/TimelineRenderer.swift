import GameCore
import Session

/// The timeline bar across the bottom of the board: the round's span, what was played of it, the playhead, and
/// marks for the player's faults, crowns gained and lost, and decisions. Clicking or dragging on it scrubs
/// (`GameSession.timelinePointer`), which maps x to time over the same rectangle.
struct TimelineRenderer {
    let canvas: Canvas
    let layout: BoardLayout

    func draw(_ session: GameSession) {
        let bar = layout.timeline
        guard bar.w > 20, bar.h > 8 else { return }
        let s = layout.scale
        let span = session.timelineSpan
        let history = session.history
        func x(_ time: Tick) -> Double {
            let fraction = Double(time - span.start) / Double(max(1, span.end - span.start))
            return bar.x + bar.w * min(1, max(0, fraction))
        }
        let trackY = bar.y + bar.h * 0.62, trackH = max(4, 8 * s)
        let track = Rect(x: bar.x, y: trackY - trackH / 2, w: bar.w, h: trackH)
        canvas.roundedBox(track, radius: trackH / 2, Palette.pane)
        // What this branch has played: up to the playhead bright, beyond it (after a rewind) dim.
        let played = Rect(x: bar.x, y: track.y, w: x(min(history.frontier, span.end)) - bar.x, h: trackH)
        canvas.roundedBox(played, radius: trackH / 2, Palette.dim.withAlpha(0.45))
        let past = Rect(x: bar.x, y: track.y, w: x(history.now) - bar.x, h: trackH)
        canvas.roundedBox(past, radius: trackH / 2, Palette.dim)
        for mark in session.timelineMarks { draw(mark, x: x(mark.time), trackY: trackY, scale: s) }
        drawPlayhead(at: x(history.now), bar: bar, trackY: trackY, session: session)
        let size = 13 * s
        canvas.text("Round \(history.currentRoundSpan.round)", x: bar.x, y: bar.y, size: size, Palette.dim)
        if x(history.now) < bar.maxX - 140 * s {
            canvas.text("\(Seconds.text(span.end)) s", x: bar.maxX, y: bar.y, size: size, Palette.dim, align: .right)
        }
    }

    /// A mark above the track in its node's colour: a cross for a crash, a ring for a recovery, a bar for a hold,
    /// a crown for a crown gained (struck through when lost), a check for a decision.
    private func draw(_ mark: TimelineMark, x: Double, trackY: Double, scale s: Double) {
        let colour = Palette.node(mark.node)
        let size = 12 * s
        let top = trackY - 6 * s - size
        switch mark.kind {
        case .crash:
            canvas.cross(x: x - size / 2, y: top, size: size, colour)
        case .recover:
            canvas.roundedBox(Rect(x: x - size / 2, y: top, w: size, h: size), radius: size / 2, fill: Palette.background,
                              border: colour, width: max(2, 2 * s))
        case .hold, .release:
            canvas.fill(Rect(x: x - 1.5 * s, y: top, w: 3 * s, h: size), mark.kind.isHold ? Palette.held : Palette.held.withAlpha(0.5))
        case .crownGained:
            canvas.crown(x: x - size / 2, y: top, w: size, h: size * 0.8, Palette.gold, gem: colour)
        case .crownLost(_, _, let toppled):
            canvas.crown(x: x - size / 2, y: top, w: size, h: size * 0.8, Palette.gold.withAlpha(0.5), gem: colour)
            canvas.line(from: (x - size / 2, top + size), to: (x + size / 2, top), width: max(2, 2 * s), toppled ? Palette.bad : Palette.dim)
        case .decision:
            canvas.checkMark(x: x - size / 2, y: top, size: size, Palette.good)
        }
    }

    private func drawPlayhead(at x: Double, bar: Rect, trackY: Double, session: GameSession) {
        let s = layout.scale
        canvas.fill(Rect(x: x - 1.5 * s, y: bar.y + bar.h * 0.3, w: 3 * s, h: bar.h * 0.7), Palette.text)
        let knob = 14 * s
        canvas.roundedBox(Rect(x: x - knob / 2, y: trackY - knob / 2, w: knob, h: knob), radius: knob / 2, Palette.text)
        let label = "\(Seconds.text(session.history.now)) s" + (session.history.isInPast ? " (past)" : "")
        let size = 13 * s
        let w = canvas.measure(label, size: size, bold: true).w
        let left = min(max(bar.x + 70 * s, x - w / 2), bar.maxX - 60 * s - w)
        canvas.text(label, x: left, y: bar.y, size: size, Palette.text, bold: true)
    }
}

private extension TimelineMark.Kind {
    var isHold: Bool { if case .hold = self { true } else { false } }
}
