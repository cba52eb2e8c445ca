import GameCore
import Session

/// The help card (H): the mouse, every key, and how to read the board, in the game's protocol's words.
struct HelpCard {
    let canvas: Canvas
    let layout: BoardLayout

    /// The card's width at the design size; its height follows what it holds.
    static let designWidth = 1000.0

    /// The card at the zoom's scale when it fits the window; in a window too small for that, at the largest scale
    /// that fits, so a projected help card is as big as the room allows. Below the design scale it keeps its
    /// design width, so fewer lines wrap.
    func draw<P: Playable>(_ session: PlaySession<P>) {
        // Lecture mode's card holds only the keys, in few words, on a narrower card: the whole card would need
        // type too small for a hall (16 px at 1280x800).
        let lines = layout.lecture ? Controls.lectureHelpLines : Self.lines(for: P.self)
        let width = layout.lecture ? Self.lectureDesignWidth : Self.designWidth
        FittedCard(canvas: canvas, layout: layout, designWidth: width, keepsWidth: true,
                   key: (layout.lecture ? "lecture help " : "help ") + P.title)
            .draw(border: Palette.gold) { content(lines, title: layout.lecture ? "Keys" : "How to play", scale: $0, width: $1, at: $2) }
    }

    /// Lecture mode's card width at the design size: at lecture scale it fills a 1280x800 window's width.
    static let lectureDesignWidth = 680.0

    /// The lines of the card, in the protocol's words.
    static func lines<P: Playable>(for _: P.Type) -> [String] {
        let levels = P.Rules.Variant.allCases.count
        // The key table is written once for both protocols: the level keys are Paxos's count, Raft has fewer.
        let keys = Controls.helpLines.map { $0.replacingOccurrences(of: "1-\(Variant.allCases.count)", with: "1-\(levels)") }
        return Controls.mouseHelp + keys + [
            "Score: crowns toppled (leaders that lost their crown before they \(P.decideWord)).",
            "Reading the board: a message wears the colour of its \(P.ballotWord)'s owner, not its sender (its pill starts with "
                + "that owner's initial and ends with an arrow to its target); the big number is a leader's \(P.ballotWord); "
                + "the bar under a box is the message it is processing.",
            "A round ends a few seconds after every live node has learned the \(P.decidedWord) value; a down node does not count.",
        ]
    }

    /// The card's content, drawn into `rect` (or only measured, with nil): returns the height it takes.
    private func content(_ lines: [String], title: String, scale s: Double, width cardWidth: Double, at rect: Rect?) -> Double {
        let left = (rect?.x ?? 0) + 32 * s, width = cardWidth - 64 * s, top = rect?.y ?? 0
        var y = top + 24 * s
        if rect != nil { canvas.text(title, x: left, y: y, size: 32 * s, Palette.gold, bold: true) }
        y += canvas.lineHeight(32 * s, bold: true) + 8 * s
        for line in lines {
            let wrapped = canvas.wrap(line, width: width, size: 16 * s)
            if rect != nil { canvas.paragraphLines(wrapped, x: left, y: y, width: width, size: 16 * s, Palette.text, maxLines: wrapped.count) }
            y += Double(wrapped.count) * canvas.lineHeight(16 * s) + 2 * s
        }
        y += 12 * s
        let closing = "\(Controls.keys(for: .closeCard)) or \(Controls.keys(for: .toggleHelp).prefix(1)) closes this card"
        if rect != nil {
            canvas.text(closing, x: (rect?.x ?? 0) + cardWidth / 2, y: y, size: 16 * s, Palette.dim, align: .center)
        }
        y += canvas.lineHeight(16 * s)
        return y + 20 * s - top
    }
}
