import GameCore
import Session

/// The first card: the game in four sentences and the choice of level.
struct WelcomeCard {
    let canvas: Canvas
    let layout: BoardLayout

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

    /// The card's width at the design size; its height follows what it holds.
    static let designWidth = 900.0

    /// The card at the zoom's scale when it fits the window, wrapping its text to the window's width; in a window
    /// too small for that, at the largest scale that fits (in lecture mode, with no text below lecture mode's body
    /// size: see `LectureType`).
    func draw<P: Playable>(_ session: PlaySession<P>) {
        FittedCard(canvas: canvas, layout: layout, designWidth: Self.designWidth, keepsWidth: layout.lecture, key: "welcome " + P.title)
            .draw(border: Palette.gold) { content(session, scale: $0, width: $1, at: $2) }
    }

    /// The sentences above the levels. In lecture mode there are none: at lecture type they and the levels do not
    /// fit one card, the class hears them from the lecturer, and the help card (H) has the keys.
    private func sentences<P: Playable>(_: P.Type) -> [String] {
        layout.lecture ? [] : P.self == Paxos.self ? Self.sentences : Self.raftSentences
    }

    /// The card's content, drawn into `rect` (or only measured, with nil): returns the height it takes.
    private func content<P: Playable>(_ session: PlaySession<P>, scale s: Double, width cardWidth: Double, at rect: Rect?) -> Double {
        let type = LectureType(layout: layout)
        func size(_ design: Double) -> Double { type.size(design, scale: s) }
        let left = (rect?.x ?? 0) + 36 * s, width = cardWidth - 72 * s, top = rect?.y ?? 0
        let midX = (rect?.x ?? 0) + cardWidth / 2
        var y = top + 20 * s
        if rect != nil { canvas.text("BeatPaxos", x: midX, y: y, size: size(44), Palette.gold, bold: true, align: .center) }
        y += canvas.lineHeight(size(44), bold: true) + 4 * s
        func paragraph(_ text: String, size: Double, _ colour: Color, bold: Bool = false, x: Double = left, width: Double = width) {
            let lines = canvas.wrap(text, width: width, size: size, bold: bold)
            if rect != nil { canvas.paragraphLines(lines, x: x, y: y, width: width, size: size, colour, bold: bold, maxLines: lines.count) }
            y += Double(lines.count) * canvas.lineHeight(size, bold: bold)
        }
        for sentence in sentences(P.self) {
            paragraph(sentence, size: size(18), Palette.text)
            y += 4 * s
        }
        y += 8 * s
        let levels = Array(P.Rules.Variant.allCases)
        let other = P.self == Paxos.self ? Raft.title : Paxos.title
        paragraph("\(P.title) level (\(Controls.levelKeys(count: levels.count))) · P: play \(other) instead", size: size(18),
                  Palette.gold, bold: true)
        y += 2 * s
        // Projected, the rule under each level is what the class reads: as bright as the titles, not dimmed.
        let ruleColour = layout.lecture ? Palette.text : Palette.dim
        let titleSize = size(17), ruleSize = size(15)
        for (index, variant) in levels.enumerated() {
            let selected = variant == session.selectedVariant
            let heading = "\(index + 1)  \(P.levelTitle(variant))"
            // Wrapped only when too wide, since wrapping joins words with single spaces.
            let title = canvas.measure(heading, size: titleSize, bold: true).w <= width ? [heading]
                : canvas.wrap(heading, width: width, size: titleSize, bold: true)
            let rule = canvas.wrap(P.missingRule(variant), width: width - 26 * s, size: ruleSize)
            let height = Double(title.count) * canvas.lineHeight(titleSize, bold: true) + Double(rule.count) * canvas.lineHeight(ruleSize) + 8 * s
            if rect != nil {
                if selected {
                    canvas.roundedBox(Rect(x: left - 10 * s, y: y, w: width + 20 * s, h: height), radius: 10 * s, Palette.gold.withAlpha(0.18))
                }
                let below = y + 4 * s + canvas.paragraphLines(title, x: left, y: y + 4 * s, width: width, size: titleSize,
                                                              selected ? Palette.gold : Palette.text, bold: true, maxLines: title.count)
                canvas.paragraphLines(rule, x: left + 26 * s, y: below, width: width - 26 * s, size: ruleSize, ruleColour, maxLines: rule.count)
            }
            y += height + 2 * s
        }
        // The keys, whole: a footer wider than the card breaks between keys, each line centred.
        let footer = Controls.welcomeFooter(offersShowMe: session.config.rules.nodeCount == 3)
        let parts = footer.components(separatedBy: "    ")
        let lines = canvas.joinWhole(parts, separator: "    ", width: width, size: size(17), bold: true)
        y += 14 * s
        for line in lines {
            if rect != nil { canvas.text(line, x: midX, y: y, size: size(17), Palette.text, bold: true, align: .center) }
            y += canvas.lineHeight(size(17), bold: true)
        }
        return y + 20 * s - top
    }
}
