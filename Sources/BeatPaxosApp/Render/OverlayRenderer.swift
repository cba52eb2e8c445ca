import GameCore
import Session

/// Banners, toasts and the cards over the board: welcome, help, and the two "you broke it" moments.
struct OverlayRenderer {
    let canvas: Canvas
    let layout: BoardLayout

    /// The scale cards are drawn at: the layout's, but never so big that a card leaves the window.
    var cardCap = Double.infinity
    var s: Double { min(layout.scale, cardCap) }

    /// This renderer with cards of a design size fitted into the window (zoom and lecture mode enlarge them).
    func fitting(width: Double, height: Double) -> OverlayRenderer {
        var copy = self
        copy.cardCap = max(0.1, min((layout.width - 20) / width, (layout.height - 20) / height))
        return copy
    }

    func draw<P: Playable>(_ session: PlaySession<P>) {
        drawNotes(session)
        drawCard(session)
    }

    /// The round banner and the toast.
    func drawNotes<P: Playable>(_ session: PlaySession<P>) {
        for note in notes(session) { draw(note) }
    }

    /// Where the banner and toast are, so a frame that redraws only what changed can restore what they covered.
    func noteRects<P: Playable>(_ session: PlaySession<P>) -> [Rect] {
        notes(session).map(\.box)
    }

    func drawCard<P: Playable>(_ session: PlaySession<P>) {
        switch session.overlay {
        case .welcome: WelcomeCard(canvas: canvas, layout: layout).draw(session)
        case .help: HelpCard(canvas: canvas, layout: layout).draw(session)
        case .brokePaxos: fitting(width: 760, height: 380).drawBrokePaxos(session)
        case .brokeIt:
            fitting(width: 820, height: 430).drawBrokeIt(session)
        case nil: break
        }
    }

    private struct Note {
        let box: Rect
        let lines: [String]
        let size: Double
        let border: Color
        /// The scale the note's padding and frame follow: the layout's, or less when the band is too small.
        let scale: Double
    }

    /// A note's text before it is laid out: its type at the design size, and whether it sits at the band's top.
    private struct NoteText {
        let text: String
        let size: Double
        let border: Color
        let top: Bool
    }

    /// The notes in the flight band (see `NotePlacement`), in type as large as the zoom asks for when they fit
    /// there, smaller when they do not, down to the size they have without zoom or lecture mode.
    private func notes<P: Playable>(_ session: PlaySession<P>) -> [Note] {
        var texts: [NoteText] = []
        // Show me's step, large, at the top of the band where the class looks.
        if let caption = session.showMeCaption { texts.append(NoteText(text: caption, size: 22, border: Palette.gold, top: true)) }
        if let banner = session.banner { texts.append(NoteText(text: banner.text, size: 20, border: Palette.gold, top: false)) }
        if let toast = session.toast { texts.append(NoteText(text: toast.text, size: 18, border: Palette.held, top: false)) }
        guard !texts.isEmpty else { return [] }
        let smallest = min(1, layout.windowScale / max(s, 0.01))
        let legend = canvas.lineHeight(14 * layout.scale) + 4
        var factor = 1.0
        while true {
            let scale = s * factor
            let built = texts.map { text in
                note(text.text, size: text.top ? captionSize(text.text, scale: scale) : text.size * scale, scale: scale, border: text.border)
            }
            let placement = NotePlacement(built.enumerated().map { NotePlacement.Note(w: $1.w, h: $1.h, top: texts[$0].top) },
                                          layout: layout, band: diagramBand(session), reservedBottom: legend, gap: 8 * scale)
            if placement.fits || factor <= smallest {
                return zip(built, placement.rects).map { Note(box: $1, lines: $0.lines, size: $0.size, border: $0.border, scale: scale) }
            }
            factor = max(smallest, factor * 0.85)
        }
    }

    /// With the diagram over the whole board there is no flight band: the notes go under its lifelines' names, over
    /// the diagram's oldest stretch, since the present (and the step a caption tells) is at its bottom.
    private func diagramBand<P: Playable>(_ session: PlaySession<P>) -> Rect? {
        guard session.diagramMode == .board else { return nil }
        let top = layout.board.y + 50 * layout.scale
        return Rect(x: layout.board.x, y: top, w: layout.board.w, h: max(0, min(layout.flightBand.h, layout.timeline.y - top)))
    }

    /// Show me's caption is large, but never so large that it is cut: it shrinks (not below body text) until
    /// it fits three lines.
    private func captionSize(_ caption: String, scale: Double) -> Double {
        var size = 22 * scale
        while size > 15 * scale, canvas.wrap(caption, width: max(40, layout.board.w - 60 * scale), size: size, bold: true).count > 3 {
            size = max(15 * scale, size * 0.9)
        }
        return size
    }

    /// A note of up to three lines: its lines and its size.
    private func note(_ text: String, size: Double, scale: Double, border: Color) -> (lines: [String], size: Double, border: Color, w: Double, h: Double) {
        let width = max(40, layout.board.w - 60 * scale)
        let wrapped = canvas.wrap(text, width: width, size: size, bold: true)
        var lines = Array(wrapped.prefix(3))
        // A note longer than three lines says so in its last line rather than stop mid-sentence without a sign.
        if wrapped.count > 3 {
            lines[2] = canvas.fitted(wrapped[2...].joined(separator: " "), width: width, size: size, bold: true)
        }
        let step = canvas.lineHeight(size, bold: true)
        let w = (lines.map { canvas.measure($0, size: size, bold: true).w }.max() ?? 0) + 36 * scale
        return (lines, size, border, w, Double(lines.count) * step + 16 * scale)
    }

    /// Opaque, so drawing it again over itself leaves the same pixels.
    private func draw(_ note: Note) {
        let step = canvas.lineHeight(note.size, bold: true)
        canvas.roundedBox(note.box, radius: 12 * note.scale, fill: Palette.headerBar, border: note.border, width: max(2, 3 * note.scale))
        for (index, line) in note.lines.enumerated() {
            canvas.text(line, x: note.box.midX, y: note.box.y + 8 * note.scale + Double(index) * step, size: note.size,
                        Palette.text, bold: true, align: .center)
        }
    }

    /// Dims the screen and returns a centred card of the given design size (scaled, clamped to the window).
    func card(width: Double, height: Double, border: Color) -> Rect {
        canvas.fill(Rect(x: 0, y: 0, w: layout.width, h: layout.height), Color(hex: 0x000000, alpha: 170))
        let w = min(width * s, layout.width - 20), h = min(height * s, layout.height - 20)
        let rect = Rect(x: (layout.width - w) / 2, y: (layout.height - h) / 2, w: w, h: h)
        canvas.roundedBox(rect, radius: 20 * s, fill: Palette.card, border: border, width: max(2, 4 * s))
        canvas.setClip(rect)
        return rect
    }

    private func drawBrokePaxos<P: Playable>(_ session: PlaySession<P>) {
        let rect = card(width: 760, height: 380, border: Palette.bad)
        let x = rect.x + 32 * s, width = rect.w - 64 * s
        var y = rect.y + 28 * s
        canvas.text("You broke \(P.title)!", x: rect.midX, y: y, size: 52 * s, Palette.bad, bold: true, align: .center)
        y += canvas.lineHeight(52 * s, bold: true) + 10 * s
        let broken = session.game.firstViolation
        let what = broken.map { "\($0.invariant.title) failed at \(Seconds.text($0.time)) s: \(P.explanation(of: $0.invariant))" }
            ?? "An invariant failed."
        y += canvas.paragraph(what, x: x, y: y, width: width, size: 19 * s, Palette.text) + 12 * s
        y += canvas.paragraph("Real \(P.title) should never allow this: please report seed \(session.config.seed) and your recording (--record).",
                              x: x, y: y, width: width, size: 17 * s, Palette.dim)
        canvas.text(Controls.keys(for: .closeCard) + ": keep watching", x: rect.midX, y: rect.maxY - 44 * s, size: 16 * s, Palette.dim, align: .center)
        canvas.setClip(nil)
    }

    private func drawBrokeIt<P: Playable>(_ session: PlaySession<P>) {
        guard let result = session.breakResult else { return }
        let variant = session.config.rules.variant
        let rect = card(width: 820, height: 430, border: Palette.good)
        let x = rect.x + 32 * s, width = rect.w - 64 * s
        var y = rect.y + 24 * s
        canvas.text(result.byChecker ? "The checker broke it!" : "You broke it!", x: rect.midX, y: y, size: 52 * s,
                    Palette.good, bold: true, align: .center)
        y += canvas.lineHeight(52 * s, bold: true) + 6 * s
        let values = result.values.map { NodeNames.name($0) }.joined(separator: " and ")
        let best = result.newBest ? " — a new best!" : ""
        y += canvas.paragraph("Two nodes \(P.decidedWord) different values: \(values), after \(Seconds.text(Int(result.seconds * 1000))) s\(best)",
                              x: x, y: y, width: width, size: 20 * s, Palette.text, bold: true) + 12 * s
        canvas.text("Missing rule (\(P.levelTitle(variant)))", x: x, y: y, size: 17 * s, Palette.gold, bold: true)
        y += canvas.lineHeight(17 * s, bold: true)
        y += canvas.paragraph(P.missingRule(variant), x: x, y: y, width: width, size: 17 * s, Palette.text) + 10 * s
        canvas.text("How real \(P.title) prevents it", x: x, y: y, size: 17 * s, Palette.gold, bold: true)
        y += canvas.lineHeight(17 * s, bold: true)
        canvas.paragraph(P.howPrevented(variant), x: x, y: y, width: width, size: 17 * s, Palette.text)
        let showMe = Controls.keys(for: .showMe) + ": show me    "
        let keys = Controls.keys(for: .chooseLevel) + ": choose a level    " + Controls.keys(for: .restart)
            + (result.byChecker ? ": watch again    " : ": try again    " + showMe)
            + Controls.keys(for: .closeCard) + ": keep watching"
        canvas.text(keys, x: rect.midX, y: rect.maxY - 44 * s,
                    size: 16 * s, Palette.dim, align: .center)
        canvas.setClip(nil)
    }
}
