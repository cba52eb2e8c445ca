import GameCore
import Session

/// The pane's type scale: the layout's, unless at that size a word would not fit its line, or the pane's top,
/// the invariants and the chosen value would not fit its height (a big zoom or lecture mode in a small window,
/// or five nodes); then the largest smaller scale at which they do (see `ZoomFit`). So the pane never cuts a
/// word in two or leaves an invariant out.
struct PaneFit {
    let canvas: Canvas
    let layout: BoardLayout

    private struct Key: Hashable {
        let layout: BoardLayout
        let rules: AnyHashable
        let titles: [String]
    }

    /// Found once for each layout and level; the evidence under each invariant changes as the game runs, so it
    /// counts as the two lines it usually takes (one of them three), and the pane's type does not jump while the
    /// class watches.
    func scale<P: Playable>(_ session: PlaySession<P>) -> Double {
        let titles = P.invariantLines(session.game.invariantReports).map(\.title)
        let key = AnyHashable(Key(layout: layout, rules: AnyHashable(session.config.rules), titles: titles))
        if let known = canvas.fitCache[key] { return known }
        // Down to a little under the window's own type, for a window too small even for that.
        let floor = min(layout.scale, layout.windowScale) * 0.75
        let found = ZoomFit.largest(wanted: layout.scale, floor: floor) { fits(session, titles: titles, scale: $0) }
        if canvas.fitCache.count > 64 { canvas.fitCache.removeAll() }
        canvas.fitCache[key] = found
        return found
    }

    private func fits<P: Playable>(_ session: PlaySession<P>, titles: [String], scale s: Double) -> Bool {
        let pane = layout.pane
        let width = pane.w - 32 * s
        // Under the check mark: its width and the space after it.
        let textWidth = width - 24 * s
        let rules = session.config.rules
        let top: String
        if layout.lecture {
            top = rules.variant != P.standardVariant ? P.missingRule(rules.variant) : ""
            guard canvas.wrap(top, width: width, size: 15 * s).count <= PaneRenderer.lectureLines else { return false }
        } else {
            top = P.mission(rules)
        }
        let words: [(text: String, size: Double, bold: Bool, width: Double)] =
            titles.map { ($0, 15 * s, true, textWidth) } + [("Invariants", 17 * s, true, width), ("Missing rule", 17 * s, true, width),
                                                             (top, 15 * s, false, width)]
        for (text, size, bold, room) in words {
            guard Canvas.unbreakableWords(text).allSatisfy({ canvas.measure($0, size: size, bold: bold).w <= room }) else { return false }
        }
        var live = canvas.lineHeight(17 * s, bold: true)
        for title in titles {
            // Lecture mode runs the evidence on from a short title's line: two lines together.
            if PaneRenderer.runOn(title, width: textWidth, size: 15 * s, canvas: canvas, lecture: layout.lecture) != nil {
                live += max(canvas.lineHeight(15 * s), canvas.lineHeight(15 * s, bold: true)) + canvas.lineHeight(15 * s)
                continue
            }
            live += Double(canvas.wrap(title, width: textWidth, size: 15 * s, bold: true).count) * canvas.lineHeight(15 * s, bold: true)
                + 2 * canvas.lineHeight(15 * s)
        }
        // One evidence often runs to a third line ("Nothing chosen yet: no value has a majority of votes at one
        // ballot."); then the chosen value's line, usually two lines at most, and the gaps around it.
        live += canvas.lineHeight(15 * s) + 4 * s + 2 * canvas.lineHeight(16 * s, bold: true) + 6 * s
        // Outside lecture mode the checker's verdict comes before the chosen value; it arrives after the first
        // frame (the fit is found before it), so room for its usual three lines is kept from the start.
        if !layout.lecture { live += 3 * canvas.lineHeight(15 * s) + 2 * s }
        // Lecture mode promises the class the log: its heading and the newest entry at least (under the checker's
        // verdict, which fits in the room the evidence's third lines leave most of the time); more entries as the
        // evidence leaves room.
        if layout.lecture { live += canvas.lineHeight(17 * s, bold: true) + canvas.lineHeight(15 * s) + 6 * s }
        return PaneRenderer(canvas: canvas, layout: layout, scale: s).drawTop(session, draw: false) + live <= pane.maxY
    }
}
