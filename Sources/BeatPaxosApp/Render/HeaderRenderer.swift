import GameCore
import Session

/// The bar across the top: name, level, round, score and best, time, speed, paused.
struct HeaderRenderer {
    let canvas: Canvas
    let layout: BoardLayout

    func draw<P: Playable>(_ session: PlaySession<P>) {
        let bar = layout.header
        guard bar.h >= 8 else { return }
        canvas.fill(bar, Palette.headerBar)
        canvas.textBackground = Palette.headerBar
        defer { canvas.textBackground = nil }
        let s = layout.scale
        let size = min(20 * s, bar.h * 0.42)
        let titleSize = min(26 * s, bar.h * 0.55)
        let game = session.game
        var x = 16 * s
        let title = canvas.text("BeatPaxos", x: x, y: bar.midY - canvas.lineHeight(titleSize, bold: true) / 2,
                                size: titleSize, Palette.gold, bold: true)
        x += title.w + 24 * s
        // The protocol first; a broken level adds its name ("Paxos · Level: Stubborn leader").
        let variant = session.config.rules.variant
        let level = variant == P.standardVariant ? P.title : "\(P.title) · Level: \(P.levelTitle(variant))"
        var items: [(String, Color)] = [
            (level, Palette.text),
            ("Round \(game.round)", Palette.text),
            ("Score \(game.score.live(game.stats))  best \(session.bestText)", Palette.text),
            ("t \(Seconds.text(game.now)) s", Palette.dim),
            ("Speed \(PlaySession<P>.speedText(session.speed))", Palette.text),
        ]
        if session.paused { items.append(("PAUSED", Palette.held)) }
        // Crash one node and hold another: no majority can act, so nothing moves; say why.
        if !game.progressPossible { items.append(("NO MAJORITY: all wait", Palette.held)) }
        if session.isReplaying { items.append(("REPLAY", Palette.gold)) }
        let y = bar.midY - canvas.lineHeight(size) / 2
        for (text, color) in items {
            var width = canvas.measure(text, size: size, bold: color == Palette.held).w
            // The clock keeps room for three digits before the point, so the items after it do not shift as it grows.
            if text.hasPrefix("t ") { width = max(width, canvas.measure("t 888.8 s", size: size).w) }
            // Items that do not fit a narrow window are left out rather than overlapped.
            guard x + width <= bar.maxX - 8 * s else { break }
            canvas.text(text, x: x, y: y, size: size, color, bold: color == Palette.held)
            x += width + 22 * s
        }
    }
}
