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
        // Each item with its rank: when the bar is too narrow (lecture type, zoom), the least needed go first, so a
        // frozen board still says why (PAUSED, NO MAJORITY) while the clock and the speed make way.
        var items: [(text: String, color: Color, rank: Int)] = [
            (level, Palette.text, 1),
            ("Round \(game.round)", Palette.text, 2),
            ("Score \(game.score.live(game.stats))", Palette.text, 3),
            // Said in words when there is none, since a bare dash meant nothing to a newcomer.
            (session.bestText.map { "best: \($0)" } ?? "best: none yet", Palette.text, 4),
            ("t \(Seconds.text(game.now)) s", Palette.dim, 6),
            ("Speed \(PlaySession<P>.speedText(session.speed))", Palette.text, 5),
        ]
        if session.paused { items.append(("PAUSED", Palette.held, 0)) }
        // Crash one node and hold another: no majority can act, so nothing moves; say why.
        if !game.progressPossible { items.append(("NO MAJORITY: all wait", Palette.held, 0)) }
        if session.isReplaying { items.append(("REPLAY", Palette.gold, 0)) }
        func measured() -> [Double] {
            items.map { item -> Double in
                let width = canvas.measure(item.text, size: size, bold: item.color == Palette.held).w
                // The clock keeps room for three digits before the point, so the items after it do not shift as it grows.
                return item.text.hasPrefix("t ") ? max(width, canvas.measure("t 888.8 s", size: size).w) : width
            }
        }
        var widths = measured()
        let room = bar.maxX - 8 * s - x
        // A crowded bar first drops the word "Level:", which costs the class nothing.
        if widths.map({ $0 + 22 * s }).reduce(0, +) - 22 * s > room, variant != P.standardVariant {
            items[0].text = "\(P.title) · \(P.levelTitle(variant))"
            widths = measured()
        }
        var shown = Array(items.indices)
        while let last = shown.max(by: { (items[$0].rank, $0) < (items[$1].rank, $1) }),
              shown.map({ widths[$0] + 22 * s }).reduce(0, +) - 22 * s > room {
            shown.removeAll { $0 == last }
        }
        let y = bar.midY - canvas.lineHeight(size) / 2
        for index in shown {
            let item = items[index]
            canvas.text(item.text, x: x, y: y, size: size, item.color, bold: item.color == Palette.held)
            x += widths[index] + 22 * s
        }
    }
}
