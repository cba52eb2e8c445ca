import GameCore
import Session

/// The right pane: mission, controls, the protocol in brief, the live invariants, the chosen value, the log.
struct PaneRenderer {
    let canvas: Canvas
    let layout: BoardLayout
    /// What multiplies the pane's design sizes: the layout's scale, or less when the pane is too small for its
    /// text at that scale (see `PaneFit`).
    let s: Double

    init(canvas: Canvas, layout: BoardLayout, scale: Double) {
        self.canvas = canvas
        self.layout = layout
        s = scale
    }

    /// The pane at the largest scale up to the layout's at which its text fits.
    init<P: Playable>(canvas: Canvas, layout: BoardLayout, session: PlaySession<P>) {
        self.init(canvas: canvas, layout: layout, scale: PaneFit(canvas: canvas, layout: layout).scale(session))
    }

    func draw<P: Playable>(_ session: PlaySession<P>) {
        let top = drawTop(session)
        drawLive(session, top: top)
    }

    /// The part that changes only with the level: mission, controls, the protocol in brief. Returns its bottom.
    @discardableResult
    func drawTop<P: Playable>(_ session: PlaySession<P>, draw: Bool = true) -> Double {
        let pane = layout.pane
        guard pane.w >= 60, pane.h >= 60 else { return pane.y }
        if draw { canvas.fill(pane, Palette.pane) }
        canvas.textBackground = Palette.pane
        defer { canvas.textBackground = nil }
        let x = pane.x + 16 * s, width = pane.w - 32 * s
        var y = pane.y + 10 * s
        func paragraph(_ text: String, size: Double, _ colour: Color, maxLines: Int = 20) {
            y += canvas.paragraph(text, x: x, y: y, width: width, size: size * s, colour, maxLines: maxLines, draw: draw)
        }
        // Lecture mode keeps only what a class needs: a broken level's missing rule, then the invariants, the chosen
        // value and the log below. The real protocol's mission is the lecturer's to say (the header names the
        // protocol, the welcome card the aim): its lines are the log's.
        if layout.lecture {
            let rules = session.config.rules
            if rules.variant != P.standardVariant {
                y = section("Missing rule", y: y, x: x, draw: draw)
                paragraph(P.missingRule(rules.variant), size: 15, Palette.text, maxLines: Self.lectureLines)
            }
            return min(pane.maxY, y + 6 * s)
        }
        // Under zoom the fixed part gives up the protocol, then the controls (both are in help), so the live
        // part below (invariants, verdict, log) keeps at least 55% of the pane.
        func height(_ text: String, maxLines: Int = 20) -> Double {
            Double(min(maxLines, canvas.wrap(text, width: width, size: 15 * s).count)) * canvas.lineHeight(15 * s)
        }
        let heading = canvas.lineHeight(17 * s, bold: true) + 6 * s
        let controls = Controls.mouseBrief + " " + Controls.paneLine
        let missionHeight = heading + height(P.mission(session.config.rules))
        let controlsHeight = heading + height(controls)
        let protocolHeight = heading + P.protocolLines.reduce(0) { $0 + height($1, maxLines: 2) }
        let room = pane.h * 0.45
        let showsControls = missionHeight + controlsHeight <= room
        let showsProtocol = showsControls && missionHeight + controlsHeight + protocolHeight <= room
        y = section("Mission", y: y, x: x, draw: draw)
        paragraph(P.mission(session.config.rules), size: 15, Palette.text)
        y += 6 * s
        if showsControls {
            y = section("Controls", y: y, x: x, draw: draw)
            paragraph(controls, size: 15, Palette.dim)
            y += 6 * s
        }
        if showsProtocol {
            y = section("Protocol: \(P.title)", y: y, x: x, draw: draw)
            for line in P.protocolLines { paragraph(line, size: 15, Palette.dim, maxLines: 2) }
        }
        return min(pane.maxY, y + 6 * s)
    }

    /// The invariants, the checker's verdict, the chosen value and the log, from `top` down.
    func drawLive<P: Playable>(_ session: PlaySession<P>, top: Double) {
        let pane = layout.pane
        guard pane.w >= 60, pane.h >= 60, top < pane.maxY else { return }
        let live = Rect(x: pane.x, y: top, w: pane.w, h: pane.maxY - top)
        canvas.setClip(live)
        canvas.fill(live, Palette.pane)
        canvas.textBackground = Palette.pane
        defer { canvas.textBackground = nil }
        let x = pane.x + 16 * s, width = pane.w - 32 * s
        // Evidence says itself whole in up to three lines; lecture type may need four, which it takes when the log
        // still keeps its heading and newest entry below (the class is promised both).
        let whole = layout.lecture
            && drawInvariants(session, x: x, y: top, width: width, evidenceLines: 4, draw: false) + logFloor(session, width: width) <= pane.maxY
        let y = drawInvariants(session, x: x, y: top, width: width, evidenceLines: whole ? 4 : 3)
        drawLog(session, x: x, top: y, width: width)
        canvas.setClip(nil)
    }

    /// Lecture mode's top paragraph may take this many lines; `PaneFit` shrinks the type until it needs no more.
    static let lectureLines = 6

    /// Where an invariant's evidence starts on its title's line, in lecture mode ("Agreement  No node knows a
    /// committed value yet."), or nil for the evidence on lines of its own: a line saved per invariant keeps
    /// Raft's five at lecture size in a 1280x800 window, where they had shrunk the pane's type to 25 px.
    /// A title taking more than 70% of its line keeps the evidence below it.
    static func runOn(_ title: String, width: Double, size: Double, canvas: Canvas, lecture: Bool) -> Double? {
        guard lecture else { return nil }
        let start = canvas.measure(title + "  ", size: size, bold: true).w
        return start <= width * 0.7 ? start : nil
    }

    private func section(_ title: String, y: Double, x: Double, draw: Bool = true) -> Double {
        if draw { canvas.text(title, x: x, y: y, size: 17 * s, Palette.gold, bold: true) }
        return y + canvas.lineHeight(17 * s, bold: true)
    }

    /// The invariants with their evidence, the chosen value and (lecture mode: after it) the checker's verdict;
    /// returns their bottom. With `draw` false it only measures. Evidence takes up to `evidenceLines` lines.
    private func drawInvariants<P: Playable>(_ session: PlaySession<P>, x: Double, y top: Double, width: Double,
                                             evidenceLines: Int, draw: Bool = true) -> Double {
        var y = section("Invariants", y: top, x: x, draw: draw)
        let mark = 16 * s
        for report in P.invariantLines(session.game.invariantReports) {
            if draw, report.holds { canvas.checkMark(x: x, y: y + 2 * s, size: mark, Palette.good) }
            if draw, !report.holds { canvas.cross(x: x, y: y + 2 * s, size: mark, Palette.bad) }
            let textX = x + mark + 8 * s, textWidth = width - mark - 8 * s
            if let runOn = Self.runOn(report.title, width: textWidth, size: 15 * s, canvas: canvas, lecture: layout.lecture) {
                let wrapped = canvas.wrap(report.evidence, width: textWidth, size: 15 * s, indent: runOn)
                if draw {
                    canvas.text(report.title, x: textX, y: y, size: 15 * s, report.holds ? Palette.text : Palette.bad, bold: true)
                    if let first = wrapped.first, !first.isEmpty {
                        canvas.text(canvas.fitted(first, width: textWidth - runOn, size: 15 * s), x: textX + runOn, y: y,
                                    size: 15 * s, Palette.dim)
                    }
                }
                y += max(canvas.lineHeight(15 * s), canvas.lineHeight(15 * s, bold: true))
                y += canvas.paragraphLines(Array(wrapped.dropFirst()), x: textX, y: y, width: textWidth, size: 15 * s, Palette.dim,
                                           maxLines: evidenceLines - 1, draw: draw)
                continue
            }
            // A title too long for a narrow pane wraps between its words rather than being cut.
            y += canvas.paragraph(report.title, x: textX, y: y, width: textWidth, size: 15 * s,
                                  report.holds ? Palette.text : Palette.bad, bold: true, maxLines: 3, draw: draw)
            y += canvas.paragraph(report.evidence, x: textX, y: y, width: textWidth, size: 15 * s, Palette.dim,
                                  maxLines: evidenceLines, draw: draw)
        }
        // Lecture mode puts the chosen values first and gives the verdict fewer lines, so the log keeps some room.
        func verdict() {
            guard let line = session.checkerLine else { return }
            y += 2 * s
            y += canvas.paragraph(line, x: x, y: y, width: width, size: 15 * s, Palette.gold, maxLines: layout.lecture ? 4 : 6,
                                  draw: draw)
        }
        if !layout.lecture { verdict() }
        y += 4 * s
        y += canvas.paragraph(P.chosenLine(session.game.ledger), x: x, y: y, width: width, size: 16 * s, Palette.text,
                              bold: true, maxLines: 3, draw: draw)
        if layout.lecture { verdict() }
        return y + 6 * s
    }

    /// What the log needs at least: its heading and its newest entry, and the margin under them.
    private func logFloor<P: Playable>(_ session: PlaySession<P>, width: Double) -> Double {
        guard let newest = session.log.last else { return 0 }
        return canvas.lineHeight(17 * s, bold: true) + Double(entryLines(newest, width: width).count) * canvas.lineHeight(15 * s) + 6 * s
    }

    /// A log entry as the log shows it, "12.3  Green promises 2", wrapped to the log's width (later lines indent).
    private func entryLines(_ line: LogLine, width: Double) -> [String] {
        canvas.wrap("\(Seconds.text(line.time))  \(line.text)", width: width - 12 * s, size: 15 * s)
    }

    /// The newest events at the bottom, as many as fit whole: each wraps to as many lines as it needs, and one
    /// that does not fit is left out with all older ones (see `WholeEntries`), so no entry ends in an ellipsis.
    /// With none left the heading goes too: an empty log would say nothing has happened.
    private func drawLog<P: Playable>(_ session: PlaySession<P>, x: Double, top: Double, width: Double) {
        let pane = layout.pane
        guard pane.maxY - top > 40 * s else { return }
        let start = section("Log", y: top, x: x, draw: false)
        let size = 15 * s, step = canvas.lineHeight(size)
        let region = Rect(x: pane.x, y: start, w: pane.w, h: pane.maxY - start - 6 * s)
        let rows = max(0, Int(region.h / step))
        // Every entry takes a line at least, so no more than `rows` of the newest can be shown.
        let entries = session.log.suffix(rows).reversed().map { ($0, entryLines($0, width: width)) }
        let shown = WholeEntries.count(lineCounts: entries.map(\.1.count), rows: rows)
        guard shown > 0 else { return }
        _ = section("Log", y: top, x: x)
        canvas.setClip(region)
        var bottom = region.maxY
        for (line, lines) in entries.prefix(shown) {
            bottom -= Double(lines.count) * step
            let colour = line.node.map { Palette.logText($0) } ?? Palette.text
            for (index, part) in lines.enumerated() {
                canvas.text(part, x: x + (index > 0 ? 12 * s : 0), y: bottom + Double(index) * step, size: size, colour)
            }
        }
        canvas.setClip(nil)
    }
}
