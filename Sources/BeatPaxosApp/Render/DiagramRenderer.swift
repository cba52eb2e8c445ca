import GameCore
import Session

/// The round as a space-time diagram in the window: one lifeline per node, time flowing down, every message an
/// arrow from its sending to its landing in its ballot owner's colour, drawn up to the present while it flies.
/// A broken lifeline while a node is down, a shaded band while it is held, marks for crowns, refusals, the
/// decision and learns, and a horizontal line at the playhead.
///
/// Readable on a projector with 30 messages in flight: the view scrolls (the last stretch of the round that
/// fits at a readable scale), arrows that landed a while ago fade, and a label is drawn only where it covers
/// no other label, at body size.
struct DiagramRenderer {
    let canvas: Canvas
    let layout: BoardLayout

    /// Frames of the view, worked out once per draw.
    private struct Frame {
        let area: Rect
        let columns: [Double]
        let t0: Tick
        let t1: Tick
        let pxPerMs: Double
        func y(_ time: Tick) -> Double { area.y + Double(time - t0) * pxPerMs }
        func y(_ time: Double) -> Double { area.y + (time - Double(t0)) * pxPerMs }
    }

    func draw<P: Playable>(_ session: PlaySession<P>, in rect: Rect) {
        let s = layout.scale
        guard rect.w > 60 * s, rect.h > 60 * s else { return }
        let diagram = session.diagram
        // A frame of four thin fills: the region is already cleared, and a filled box would paint it twice over.
        let edge = max(1, 2 * s)
        for side in [Rect(x: rect.x, y: rect.y, w: rect.w, h: edge), Rect(x: rect.x, y: rect.maxY - edge, w: rect.w, h: edge),
                     Rect(x: rect.x, y: rect.y, w: edge, h: rect.h), Rect(x: rect.maxX - edge, y: rect.y, w: edge, h: rect.h)] {
            canvas.fill(side, Palette.pane)
        }
        let frame = makeFrame(diagram, in: rect, now: max(diagram.start, Tick(session.renderTime)))
        for (node, x) in frame.columns.enumerated() {
            canvas.text(NodeNames.title(node), x: x, y: rect.y + 4 * s, size: 15 * s, Palette.node(node), bold: true, align: .center)
        }
        // Marks at the playhead sit on the area's bottom edge: the clip leaves them room.
        canvas.setClip(Rect(x: rect.x, y: frame.area.y - 2 * s, w: rect.w, h: rect.maxY - 2 * s - (frame.area.y - 2 * s)))
        drawGrid(frame)
        drawLifelines(diagram, frame)
        var placer = LabelPlacer()
        let landed = drawArrows(diagram, frame)
        // A mark's words keep off the arrows and the lifelines where a near spot allows.
        for (_, start, end, _) in landed { placer.reserveLine(LabelLine(from: start, to: end)) }
        for x in frame.columns {
            placer.reserveLine(LabelLine(from: (x, frame.area.y), to: (x, frame.area.maxY)), weight: LabelPlacer.lifelineWeight)
        }
        drawMarks(diagram, frame, placer: &placer)
        drawLabels(landed, frame, placer: &placer)
        drawPlayhead(frame, playhead: session.history.now)
        canvas.setClip(nil)
    }

    /// The scale fits the round so far when it can at a readable scale; a long round scrolls, the present at the
    /// bottom.
    private func makeFrame(_ diagram: SpaceTimeDiagram, in rect: Rect, now: Tick) -> Frame {
        let s = layout.scale
        let area = Rect(x: rect.x + 52 * s, y: rect.y + 30 * s, w: rect.w - 60 * s, h: rect.h - 40 * s)
        let n = max(1, diagram.nodeCount)
        let columns = (0..<n).map { area.x + (Double($0) + 0.5) * area.w / Double(n) }
        let roundMs = Double(max(6_000, now - diagram.start))
        let minPx = 22 * s / 1000, maxPx = 70 * s / 1000
        let pxPerMs = min(maxPx, max(minPx, area.h / roundMs))
        let t0 = max(diagram.start, now - Tick(area.h / pxPerMs))
        return Frame(area: area, columns: columns, t0: t0, t1: now, pxPerMs: pxPerMs)
    }

    /// Faint lines and labels every few seconds, about 50 px apart.
    private func drawGrid(_ frame: Frame) {
        let s = layout.scale
        let stepSeconds = [1, 2, 5, 10, 20, 30, 60].first { Double($0) * 1000 * frame.pxPerMs >= 50 * s } ?? 60
        let step = Tick(stepSeconds * 1000)
        var time = (frame.t0 + step - 1) / step * step
        while time <= frame.t1 {
            let y = frame.y(time)
            canvas.fill(Rect(x: frame.area.x - 4 * s, y: y, w: frame.area.w, h: max(1, s)), Palette.pane)
            // The first label may not rise above the lifelines' top, where the region's edge would cut it.
            canvas.text("\(time / 1000) s", x: frame.area.x - 8 * s, y: max(y - 8 * s, frame.area.y), size: 13 * s, Palette.dim,
                        align: .right)
            time += step
        }
    }

    private func drawLifelines(_ diagram: SpaceTimeDiagram, _ frame: Frame) {
        let s = layout.scale
        let top = frame.y(frame.t0), bottom = frame.y(frame.t1)
        // An interval still open when the diagram was built runs on to the present.
        func end(_ interval: NodeInterval) -> Tick { interval.end >= diagram.end ? max(interval.end, frame.t1) : interval.end }
        for interval in diagram.held {
            let x = frame.columns[interval.node]
            let y0 = frame.y(interval.start), y1 = frame.y(end(interval))
            canvas.fill(Rect(x: x - 16 * s, y: y0, w: 32 * s, h: y1 - y0), Palette.held.withAlpha(0.28))
        }
        for (node, x) in frame.columns.enumerated() {
            let alpha = DiagramContrast.windowAlpha(Palette.scheme.node(node), wanted: DiagramContrast.lifelineAlpha, in: Palette.scheme)
            canvas.fill(Rect(x: x - 1.5 * s, y: top, w: 3 * s, h: bottom - top), Palette.node(node).withAlpha(alpha))
        }
        for interval in diagram.down {
            let x = frame.columns[interval.node]
            let y0 = max(top, frame.y(interval.start)), y1 = min(bottom, frame.y(end(interval)))
            guard y1 > y0 else { continue }
            canvas.fill(Rect(x: x - 3 * s, y: y0, w: 6 * s, h: y1 - y0), Palette.background)
            var y = y0
            while y < y1 {
                canvas.fill(Rect(x: x - 1.5 * s, y: y, w: 3 * s, h: min(6 * s, y1 - y)), Palette.down)
                y += 12 * s
            }
        }
    }

    /// The arrows, each drawn up to the present; returns those to label, newest first.
    private func drawArrows(_ diagram: SpaceTimeDiagram, _ frame: Frame) -> [(DiagramMessage, (Double, Double), (Double, Double), Double)] {
        let s = layout.scale
        var labelled: [(DiagramMessage, (Double, Double), (Double, Double), Double)] = []
        for item in diagram.messages where item.sentAt <= frame.t1 {
            let arrival = diagram.arrival(of: item)
            // Following a checker's schedule (Show me), a message can wait in the network past its flight time,
            // for ever if the schedule never delivers it: a short stub at its sender, never an arrival.
            let waiting = diagram.isWaiting(item)
            let endTime = waiting ? item.sentAt + (arrival - item.sentAt) * 3 / 10 : min(arrival, frame.t1)
            guard endTime >= frame.t0, frame.columns.indices.contains(item.from),
                  frame.columns.indices.contains(item.to) else { continue }
            let fraction = waiting ? 0.3 : arrival > item.sentAt ? Double(endTime - item.sentAt) / Double(arrival - item.sentAt) : 1
            let x0 = frame.columns[item.from], x1 = frame.columns[item.to]
            let start = (x0, frame.y(item.sentAt))
            let end = (x0 + (x1 - x0) * fraction, frame.y(endTime))
            // Arrows that landed a while ago fade, so the ones in flight stand out, but never below 3:1 on the board.
            let age = frame.t1 - endTime
            let owner = Palette.scheme.node(item.ballotOwner)
            let alpha = age > 8_000 ? DiagramContrast.windowAlpha(owner, wanted: DiagramContrast.fadedAlpha, in: Palette.scheme) : 1
            let colour = Palette.node(item.ballotOwner).withAlpha(alpha)
            canvas.stroke(from: start, to: end, width: 2.5 * s, colour)
            let landedHere = arrival <= frame.t1 && !waiting
            switch item.fate {
            case .delivered where landedHere: arrowHead(at: end, from: start, colour)
            case .lost where landedHere:
                let crossAlpha = alpha < 1 ? DiagramContrast.windowAlpha(Palette.scheme.bad, wanted: alpha, in: Palette.scheme) : 1
                canvas.cross(x: end.0 - 9 * s, y: end.1 - 9 * s, size: 18 * s, Palette.bad.withAlpha(crossAlpha))
            default: break
            }
            labelled.append((item, start, end, alpha))
        }
        return labelled.reversed()
    }

    private func arrowHead(at tip: (Double, Double), from tail: (Double, Double), _ colour: Color) {
        let s = layout.scale
        let dx = tip.0 - tail.0, dy = tip.1 - tail.1
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 1 else { return }
        let ux = dx / length, uy = dy / length
        let back = (tip.0 - ux * 12 * s, tip.1 - uy * 12 * s)
        let side = (-uy * 6 * s, ux * 6 * s)
        canvas.triangles([tip, (back.0 + side.0, back.1 + side.1), (back.0 - side.0, back.1 - side.1)], colour)
    }

    /// Labels at body size on a dark card, each at the first spot along its arrow that covers no other label.
    private func drawLabels(_ arrows: [(DiagramMessage, (Double, Double), (Double, Double), Double)], _ frame: Frame,
                            placer: inout LabelPlacer) {
        let s = layout.scale
        let size = 15 * s
        for (item, start, end, alpha) in arrows {
            let text = canvas.measure(item.label, size: size, bold: true)
            let w = text.w + 10 * s, h = text.h + 2 * s
            let candidates = [0.5, 0.35, 0.65, 0.2, 0.8].map { t in
                LabelBox(centerX: start.0 + (end.0 - start.0) * t, centerY: start.1 + (end.1 - start.1) * t, width: w, height: h)
            }
            guard let spot = candidates.first(where: placer.isFree),
                  spot.minY >= frame.area.y - 2 * s, spot.maxY <= frame.area.maxY + 2 * s else { continue }
            placer.reserve(spot)
            // Drawn once into a sprite and copied: thirty labels a frame cost thirty copies.
            let colour = Palette.node(item.ballotOwner)
            let key = TextCache.Key(text: KeyText("diagram " + item.label), size: Canvas.pixelSize(size), bold: true, color: colour.packed)
            canvas.sprite(key, w: w, h: h, at: spot.minX, spot.minY, alpha: alpha) {
                canvas.roundedBox(Rect(x: 0, y: 0, w: w, h: h), radius: 4 * s, Palette.ink.withAlpha(DiagramContrast.labelCardAlpha))
                canvas.text(item.label, x: w / 2, y: 1 * s, size: size, colour, bold: true, align: .center)
            }
        }
    }

    /// Crowns, refusals, decisions, learns, crashes and recoveries on the lifelines; the weighty ones say so
    /// in words where there is room.
    private func drawMarks(_ diagram: SpaceTimeDiagram, _ frame: Frame, placer: inout LabelPlacer) {
        let s = layout.scale
        let icon = 18 * s
        let shown = diagram.marks.reversed().filter {
            (frame.t0...frame.t1).contains($0.time) && frame.columns.indices.contains($0.node)
        }
        // Every glyph is reserved before any words, so one mark's words never cover another's glyph.
        for mark in shown {
            let x = frame.columns[mark.node], y = frame.y(mark.time)
            placer.reserve(LabelBox(minX: x - icon / 2, minY: y - icon / 2, width: icon, height: icon), pinned: true)
        }
        for mark in shown {
            let x = frame.columns[mark.node], y = frame.y(mark.time)
            let left = x - icon / 2, top = y - icon / 2
            var words: String?
            var colour = Palette.text
            switch mark.kind {
            case .crownGained:
                canvas.crown(x: left, y: top, w: icon, h: icon * 0.8, Palette.gold, gem: Palette.node(mark.node))
                words = mark.text
                colour = Palette.gold
            case .crownLost(_, let toppled):
                canvas.crown(x: left, y: top, w: icon, h: icon * 0.8, Palette.gold.withAlpha(0.45), gem: Palette.node(mark.node))
                canvas.line(from: (left, top + icon), to: (left + icon, top), width: max(2, 2 * s), toppled ? Palette.bad : Palette.dim)
                words = mark.text
            case .refused:
                canvas.cross(x: left + 3 * s, y: top + 3 * s, size: icon - 6 * s, Palette.bad)
                words = mark.text
                colour = Palette.bad
            case .decided:
                canvas.checkMark(x: left, y: top, size: icon, Palette.good)
                words = mark.text
                colour = Palette.good
            case .learned:
                canvas.checkMark(x: left + 3 * s, y: top + 3 * s, size: icon - 6 * s, Palette.good.withAlpha(0.7))
            case .crashed:
                canvas.cross(x: left, y: top, size: icon, Palette.bad)
            case .recovered:
                canvas.roundedBox(Rect(x: left, y: top, w: icon, h: icon), radius: icon / 2, fill: Palette.background,
                                  border: Palette.good, width: max(2, 2 * s))
            }
            guard let words else { continue }
            let size = 15 * s
            let text = canvas.measure(words, size: size, bold: true)
            let spots = MarkWordSpots(x: x, y: y, gap: icon / 2 + 4 * s, width: text.w + 8 * s, height: text.h,
                                      rowStep: text.h + 2 * s, minX: frame.area.x, maxX: frame.area.maxX + 8 * s)
            // Off the arrows if a near spot allows; else the nearest spot clear of words; else across the lifeline
            // below, if the words are too wide for either side; else none at all.
            guard let box = placer.freeSpot(spots.near, offLines: true) ?? placer.freeSpot(spots.far)
                    ?? placer.freeSpot(spots.across),
                  box.maxY <= frame.area.maxY + 2 * s else { continue }
            placer.reserve(box, pinned: true)
            if let leader = spots.leader(to: box) {
                canvas.line(from: (leader.start.x, leader.start.y), to: (leader.end.x, leader.end.y), width: max(1, 1.5 * s),
                            colour.withAlpha(0.7))
            }
            canvas.roundedBox(Rect(x: box.minX, y: box.minY, w: box.maxX - box.minX, h: box.maxY - box.minY), radius: 4 * s,
                              Palette.ink.withAlpha(DiagramContrast.labelCardAlpha))
            canvas.text(words, x: box.minX + 4 * s, y: box.minY, size: size, colour, bold: true)
        }
    }

    /// A line across the diagram at the playhead, with its time.
    private func drawPlayhead(_ frame: Frame, playhead: Tick) {
        let s = layout.scale
        let y = frame.y(min(max(playhead, frame.t0), frame.t1))
        canvas.fill(Rect(x: frame.area.x - 6 * s, y: y - 1 * s, w: frame.area.w + 6 * s, h: 2 * s), Palette.text.withAlpha(0.85))
        let label = "\(Seconds.text(playhead)) s"
        let size = 13 * s
        let text = canvas.measure(label, size: size, bold: true)
        let above = y - text.h - 3 * s
        let box = Rect(x: frame.area.maxX - text.w - 10 * s, y: above >= frame.area.y ? above : y + 3 * s, w: text.w + 8 * s, h: text.h)
        canvas.roundedBox(box, radius: 3 * s, Palette.text)
        canvas.text(label, x: box.x + 4 * s, y: box.y, size: size, Palette.ink, bold: true)
    }
}
