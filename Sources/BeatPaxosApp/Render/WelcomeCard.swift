import GameCore
import Session

/// The first card: the game in four sentences and the choice of level.
struct WelcomeCard {
    let canvas: Canvas
    let layout: BoardLayout
    /// The overlay fitted to this card's size: its scale is the card's.
    let overlay: OverlayRenderer

    static let sentences = [
        "Nodes run Paxos to agree on one colour; the leader wears a crown while it proposes.",
        "Double-click a node to crash it (again to recover it), or press and hold it to freeze it until you let go.",
        "No mouse? Tab selects a node, Enter crashes or recovers it, holding K holds it. T: lecture mode, C: colour-blind palette.",
        "Topple crowns before they decide to score, and try to make two nodes decide different values.",
        "Real Paxos never allows that: the broken levels below each miss one rule, so there you can win.",
    ]

    /// On Raft: the same game in Raft's words, with the real protocol only.
    static let raftSentences = [
        "Nodes run Raft to agree on one colour; a leader wears a crown with its term while it replicates its entry.",
        sentences[1],
        sentences[2],
        "Topple crowns before they commit to score, and try to make two nodes commit different values.",
        "Real Raft never allows that: the broken levels below each miss one rule, so there you can win.",
    ]

    func draw<P: Playable>(_ session: PlaySession<P>) {
        let s = overlay.s
        let rect = overlay.card(width: 900, height: 700, border: Palette.gold)
        let x = rect.x + 36 * s, width = rect.w - 72 * s
        var y = rect.y + 20 * s
        canvas.text("BeatPaxos", x: rect.midX, y: y, size: 44 * s, Palette.gold, bold: true, align: .center)
        y += canvas.lineHeight(44 * s, bold: true) + 4 * s
        for sentence in P.self == Paxos.self ? Self.sentences : Self.raftSentences {
            y += canvas.paragraph(sentence, x: x, y: y, width: width, size: 18 * s, Palette.text) + 4 * s
        }
        y += 8 * s
        let levels = Array(P.Rules.Variant.allCases)
        let other = P.self == Paxos.self ? Raft.title : Paxos.title
        canvas.text(canvas.firstFitting(["\(P.title) level (\(Controls.levelKeys(count: levels.count)))    P: play \(other) instead",
                                         "\(P.title) level (\(Controls.levelKeys(count: levels.count)))    P: \(other)"],
                                        width: width, size: 18 * s, bold: true),
                    x: x, y: y, size: 18 * s, Palette.gold, bold: true)
        y += canvas.lineHeight(18 * s, bold: true) + 2 * s
        for (index, variant) in levels.enumerated() {
            y += level(index: index, title: P.levelTitle(variant), missingRule: P.missingRule(variant),
                       selected: variant == session.selectedVariant, x: x, y: y, width: width)
        }
        canvas.text(Controls.welcomeFooter, x: rect.midX, y: rect.maxY - 40 * s,
                    size: 17 * s, Palette.text, bold: true, align: .center)
        canvas.setClip(nil)
    }

    private func level(index: Int, title: String, missingRule: String, selected: Bool, x: Double, y: Double, width: Double) -> Double {
        let s = overlay.s
        let titleHeight = canvas.lineHeight(17 * s, bold: true)
        let lines = canvas.wrap(missingRule, width: width - 40 * s, size: 15 * s).prefix(2)
        let height = titleHeight + Double(lines.count) * canvas.lineHeight(15 * s) + 8 * s
        if selected {
            canvas.roundedBox(Rect(x: x - 10 * s, y: y, w: width + 20 * s, h: height), radius: 10 * s, Palette.gold.withAlpha(0.18))
        }
        let colour = selected ? Palette.gold : Palette.text
        canvas.text("\(index + 1)  \(title)", x: x, y: y + 4 * s, size: 17 * s, colour, bold: true)
        var lineY = y + 4 * s + titleHeight
        for line in lines {
            canvas.text(line, x: x + 26 * s, y: lineY, size: 15 * s, Palette.dim)
            lineY += canvas.lineHeight(15 * s)
        }
        return height + 2 * s
    }
}
