import GameCore
import Session

/// The help card (H): the mouse, every key, and how to read the board, in the game's protocol's words.
struct HelpCard {
    let canvas: Canvas
    let layout: BoardLayout

    /// The card's width at the design size; its height follows what it holds.
    static let designWidth = 1000.0

    /// The card at the zoom's scale (lecture mode's large type included) when it fits the window; in a window
    /// too small for that, at the largest scale that fits, so a projected help card is as big as the room allows.
    func draw<P: Playable>(_ session: PlaySession<P>) {
        let scale = fittingScale(session)
        let width = cardWidth(scale)
        let height = min(content(session, scale: scale, width: width, at: nil), layout.height - 20)
        let overlay = OverlayRenderer(canvas: canvas, layout: layout, cardCap: scale)
        let rect = overlay.card(width: width / scale, height: height / scale, border: Palette.gold)
        _ = content(session, scale: scale, width: rect.w, at: rect)
        canvas.setClip(nil)
    }

    /// A card shrunk below the design scale keeps its design width where the window has it: fewer lines wrap.
    private func cardWidth(_ scale: Double) -> Double { min(Self.designWidth * max(scale, 1), layout.width - 20) }

    private struct FitKey: Hashable {
        let layout: BoardLayout
        let protocolTitle: String
    }

    /// The layout's scale, or the largest smaller one at which the card fits the window's height; found once per
    /// layout and protocol, since the search measures every line at many sizes.
    private func fittingScale<P: Playable>(_ session: PlaySession<P>) -> Double {
        let key = AnyHashable(FitKey(layout: layout, protocolTitle: "help " + P.title))
        if let known = canvas.fitCache[key] { return known }
        let found = ZoomFit.largest(wanted: layout.scale, floor: min(layout.scale, 0.3)) { scale in
            content(session, scale: scale, width: cardWidth(scale), at: nil) <= layout.height - 20
        }
        if canvas.fitCache.count > 64 { canvas.fitCache.removeAll() }
        canvas.fitCache[key] = found
        return found
    }

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
    private func content<P: Playable>(_ session: PlaySession<P>, scale s: Double, width cardWidth: Double, at rect: Rect?) -> Double {
        let left = (rect?.x ?? 0) + 32 * s, width = cardWidth - 64 * s, top = rect?.y ?? 0
        var y = top + 24 * s
        if rect != nil { canvas.text("How to play", x: left, y: y, size: 32 * s, Palette.gold, bold: true) }
        y += canvas.lineHeight(32 * s, bold: true) + 8 * s
        for line in Self.lines(for: P.self) {
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
