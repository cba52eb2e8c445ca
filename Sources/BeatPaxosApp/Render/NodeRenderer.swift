import GameCore
import Session

/// Each node's column: its crown, its box with name, state and ballot, and its lane of sent messages.
struct NodeRenderer {
    let canvas: Canvas
    let layout: BoardLayout

    /// The type in every box: it follows the column's width when the column is too narrow for the zoom (five
    /// nodes under a big zoom or in lecture mode), so a box's lines fit rather than end in an ellipsis.
    let type: NodeBoxType
    var s: Double { type.scale }

    init(canvas: Canvas, layout: BoardLayout) {
        self.canvas = canvas
        self.layout = layout
        type = NodeBoxType(layout: layout) { canvas.measure($0, size: $1).w }
    }

    /// One node's crown (if it leads) and box.
    func drawNode<P: Playable>(_ id: NodeID, session: PlaySession<P>) {
        let game = session.game
        guard game.nodes.indices.contains(id), layout.boxes.indices.contains(id) else { return }
        let node = game.nodes[id]
        if node.isAlive, node.state.wearsCrown {
            drawCrown(node, marked: game.highestCrown == id)
        }
        drawBox(node, session: session)
    }

    /// The keyboard's selection (Tab): a ring in text colour just outside the box. The node's region draws its
    /// top and sides, and the flight band the bottom edge of an upper box's ring (see `SceneRenderer`), each
    /// clipped to itself; a lower box's region holds its whole ring.
    func drawFocusRing(_ id: NodeID) {
        guard layout.boxes.indices.contains(id) else { return }
        for edge in FocusRing(around: layout.boxes[id], scale: s).edges { canvas.fill(edge, Palette.text) }
    }

    private func drawCrown<P: Playable>(_ node: TimedNode<P>, marked: Bool) {
        let area = layout.crowns[node.id]
        guard area.h >= 6 else { return }
        let h = area.h * (marked ? 0.95 : 0.8), w = min(h * 1.5, area.w * 0.45)
        canvas.crown(x: area.midX - w / 2, y: area.maxY - h, w: w, h: h, Palette.gold, gem: Palette.gem)
        // The fullest label that fits beside the crown ("term 3 highest", "term 3", "t3").
        let forms = P.crownLabels(node.state)
        let room = area.maxX - (area.midX + w / 2 + 8 * s)
        let label = canvas.firstFitting((marked ? forms.map { $0 + " highest" } : []) + forms, width: room, size: 15 * s, bold: marked)
        canvas.text(label, x: area.midX + w / 2 + 8 * s, y: area.maxY - canvas.lineHeight(15 * s) - 2 * s,
                    size: 15 * s, Palette.gold, bold: marked)
    }

    private func drawBox<P: Playable>(_ node: TimedNode<P>, session: PlaySession<P>) {
        let box = layout.boxes[node.id]
        guard box.w >= 12, box.h >= 12 else { return }
        let colour = Palette.node(node.id)
        let radius = min(18 * s, box.h / 4)
        let pad = 12 * s
        if node.isAlive {
            if node.isHeld {
                canvas.roundedBox(box, radius: radius, fill: colour, border: Palette.held, width: max(3, 6 * s))
            } else {
                canvas.roundedBox(box, radius: radius, colour)
            }
        } else {
            canvas.roundedBox(box, radius: radius, fill: Palette.down, border: colour.withAlpha(0.7), width: max(2, 4 * s))
        }
        let ink = node.isAlive ? Palette.ink : Palette.dim
        canvas.setClip(box)
        canvas.textBackground = node.isAlive ? colour : Palette.down
        defer { canvas.textBackground = nil }
        var numberWidth = 0.0
        if node.isAlive, let number = P.leaderNumber(node.state) {
            // Inside a held box's orange frame, so the number's backing square never cuts the frame's corner.
            let inset = node.isHeld ? max(3, 6 * s) : 0
            let size = min(50 * s, box.h * 0.36)
            numberWidth = canvas.text("\(number)", x: box.maxX - pad - inset, y: box.y + inset, size: size, ink,
                                      bold: true, align: .right).w + inset
        }
        // The name shrinks to fit beside the number in a narrow box (five nodes, big zoom) rather than run under it.
        // A down node's name is in text colour: node colours are too dark on the down grey.
        let title = NodeNames.title(node.id)
        // Every box's name at one size, that of the longest name in its box; beside a leader's number it may shrink more.
        let full = 24 * s
        let longest = (0..<layout.nodeCount).map { canvas.measure(NodeNames.title($0), size: full, bold: true).w }.max() ?? 1
        var nameSize = min(full, full * (box.w - 2 * pad) / max(1, longest))
        let room = box.w - 2 * pad - (numberWidth > 0 ? numberWidth + 4 * s : 0)
        let own = canvas.measure(title, size: nameSize, bold: true).w
        if own > room, own > 0 { nameSize = max(8, nameSize * room / own) }
        let nameY = box.y + 6 * s + (full - nameSize) / 2
        let name = canvas.text(title, x: box.x + pad, y: nameY, size: nameSize, node.isAlive ? ink : Palette.text, bold: true)
        if Palette.marksShapes {
            let size = nameSize * 0.62
            let spot = Rect(x: box.x + pad + name.w + 6 * s, y: nameY + (canvas.lineHeight(nameSize, bold: true) - size) / 2, w: size, h: size)
            if spot.maxX <= box.maxX - pad - numberWidth { NodeShape.draw(node.id, in: spot, canvas: canvas, node.isAlive ? ink : Palette.text) }
        }
        if node.isAlive {
            // In a narrow box the state goes under the number, full width, rather than squeezed beside it.
            let narrow = numberWidth > 0 && box.w - 2 * pad - numberWidth < box.w * 0.45
            drawState(node, box: box, ink: ink, session: session, numberWidth: narrow ? 0 : numberWidth,
                      top: narrow ? box.y + min(50 * s, box.h * 0.36) * 1.1 : box.y + 44 * s)
        } else {
            drawDown(box: box, colour: colour)
        }
        canvas.setClip(nil)
    }

    /// The state line wraps short of the big ballot number, so the two never overlap.
    private func drawState<P: Playable>(_ node: TimedNode<P>, box: Rect, ink: Color, session: PlaySession<P>, numberWidth: Double, top: Double) {
        let pad = 12 * s
        let game = session.game
        var y = top
        // A node that knows the decision and no longer times out has no timer line: its state may use that room.
        let hasTimerLine = node.isHeld || node.state.learned == nil || P.knowersKeepTimeouts
        let timerLine = hasTimerLine ? canvas.lineHeight(15 * s) : 0
        let stateRoom = max(1, Int((box.maxY - y - timerLine - 10 * s) / canvas.lineHeight(17 * s)))
        let width = box.w - 2 * pad - numberWidth - (numberWidth > 0 ? 6 * s : 0)
        let maxLines = min(stateRoom, numberWidth > 0 ? 3 : 2), bold = node.state.learned != nil
        let forms = P.stateForms(node)
        // The fullest form whose lines all fit: a single word wider than the box would end in an ellipsis.
        let state = forms.first { form in
            let lines = canvas.wrap(form, width: width, size: 17 * s, bold: bold)
            return lines.count <= maxLines && lines.allSatisfy { canvas.measure($0, size: 17 * s, bold: bold).w <= width }
        } ?? forms.last ?? ""
        let stateTop = y
        y += canvas.paragraph(state, x: box.x + pad, y: y, width: width, size: 17 * s, ink, bold: bold, maxLines: maxLines)
        let small = 15 * s, detailSize = type.detail
        let full = box.w - 2 * pad
        let timerLeft = node.isHeld ? nil : node.electionLeft(now: game.now).flatMap { left in
            node.state.learned == nil || P.knowersKeepTimeouts ? left : nil
        }
        // Each part in its fullest form that fits a line alone; then, level by level, shorter forms of every part
        // ("t2 · Green", "green@2"), so two parts can share the one line a short box has rather than end in "…".
        let partForms = P.detail(node).map(P.detailForms)
        let levels = (0..<max(1, partForms.map(\.count).max() ?? 1)).map { level in
            partForms.map { forms in
                forms.dropFirst(level).first { canvas.measure($0, size: detailSize).w <= full } ?? forms.last ?? ""
            }
        }
        // From the timer's size (a box with room need not use the narrow column's smaller detail type) down to
        // 80% of the detail type, in 5% steps.
        let sizes = Array(sequence(first: max(small, detailSize)) { $0 * 0.95 }.prefix { $0 >= detailSize * 0.8 - 0.01 })
        /// The detail's lines and type size within `height`: the largest type first, then shorter words, and
        /// shorter words rather than an ellipsis; nil when nothing fits.
        func detail(height: Double) -> (lines: [String], size: Double)? {
            for parts in levels {
                for size in sizes {
                    let lines = canvas.joinWhole(parts, separator: " · ", width: full, size: size)
                    guard lines.count <= 3, Double(lines.count) * canvas.lineHeight(size) <= height,
                          lines.allSatisfy({ canvas.measure($0, size: size).w <= full }) else { continue }
                    return (lines, size)
                }
            }
            return nil
        }
        // A held box keeps room for its HELD badge under the text, so the badge never covers the state.
        var bottom = box.maxY - canvas.lineHeight(small) - (node.isHeld ? 14 : 10) * s
        // The detail takes as many lines as the box has above its timer (a narrow box puts each part on its own
        // line: promise, vote, inbox); when even those are too few, see below.
        func height(above bottom: Double) -> Double { bottom - y - 2 * s }
        var chosen = partForms.isEmpty ? nil : detail(height: height(above: bottom))
        // When the detail does not fit, the timer moves beside a one-line state ("follower   timeout 13.3 s") if
        // both fit there, and the detail takes the timer's line.
        var besideState: String?
        if !partForms.isEmpty, chosen == nil, let left = timerLeft, numberWidth == 0,
           canvas.wrap(state, width: width, size: 17 * s, bold: bold).count == 1 {
            let stateWidth = canvas.measure(state, size: 17 * s, bold: bold).w
            besideState = NodeText.timeout(left).dropLast().first { stateWidth + 14 * s + canvas.measure($0, size: small).w <= full }
            if let besideState {
                canvas.text(besideState, x: box.maxX - pad - canvas.measure(besideState, size: small).w,
                            y: stateTop + (canvas.lineHeight(17 * s, bold: bold) - canvas.lineHeight(small)) * 0.7, size: small, ink)
                bottom += canvas.lineHeight(small)
                chosen = detail(height: height(above: bottom))
            }
        }
        // With more parts than the box has lines, the first parts show whole, in their shortest words and the
        // largest type that holds a line, and the last (the inbox) waits for a taller box: a part cut short in an
        // ellipsis reads as nothing.
        let shortest = levels[levels.count - 1]
        let size = chosen?.size ?? sizes.first { size in
            height(above: bottom) >= canvas.lineHeight(size) && shortest.allSatisfy { canvas.measure($0, size: size).w <= full }
        } ?? sizes.last ?? detailSize
        let shown = min(3, Int(height(above: bottom) / canvas.lineHeight(size)))
        if !partForms.isEmpty, shown > 0 {
            let lines = chosen?.lines ?? canvas.joinWhole(shortest, separator: " · ", width: full, size: size)
            canvas.paragraphLines(Array(lines.prefix(shown)), x: box.x + pad, y: y + 2 * s, width: full, size: size, ink, maxLines: shown)
        }
        if node.isHeld {
            let since = node.heldSince.map { game.now - $0 } ?? 0
            let tag = "HELD \(Seconds.text(max(0, since))) s"
            let size = canvas.measure(tag, size: 15 * s, bold: true)
            let pill = Rect(x: box.x + pad - 4 * s, y: bottom - 3 * s, w: size.w + 8 * s, h: size.h + 4 * s)
            canvas.roundedBox(pill, radius: pill.h / 2, Palette.ink)
            // Blended: the pill's round ends lie inside the text's box.
            canvas.textBackground = nil
            canvas.text(tag, x: box.x + pad, y: bottom - 1 * s, size: 15 * s, Palette.held, bold: true)
        } else if let left = timerLeft, besideState == nil {
            canvas.text(canvas.firstFitting(NodeText.timeout(left), width: box.w - 2 * pad, size: small), x: box.x + pad,
                        y: bottom, size: small, ink)
        }
        if let progress = node.processingProgress(now: game.now, processMs: game.timing.processMs) {
            let track = Rect(x: box.x + pad, y: box.maxY - 8 * s, w: box.w - 2 * pad, h: 4 * s)
            canvas.fill(track, Palette.ink.withAlpha(0.25))
            canvas.fill(Rect(x: track.x, y: track.y, w: track.w * progress, h: track.h), Palette.ink)
        }
    }

    private func drawDown(box: Rect, colour: Color) {
        // "DOWN" lies over the cross: blended.
        canvas.textBackground = nil
        let inner = box.insetBy(box.w * 0.2, box.h * 0.25)
        canvas.line(from: (inner.x, inner.y), to: (inner.maxX, inner.maxY), width: max(2, 5 * s), Palette.bad.withAlpha(0.55))
        canvas.line(from: (inner.maxX, inner.y), to: (inner.x, inner.maxY), width: max(2, 5 * s), Palette.bad.withAlpha(0.55))
        let size = min(40 * s, box.w / 4)
        canvas.text("DOWN", x: box.midX, y: box.midY - canvas.lineHeight(size, bold: true) / 2 + 8 * s, size: size,
                    Palette.text, bold: true, align: .center)
    }

    /// A lane's type shrinks until this many lines fit it: its header and three entries.
    static let laneRowsWanted = 4.0
    /// The smallest lane type at the design size: 11 px at 1280x800.
    static let smallestLaneType = 11.0

    /// Under a node, the messages it sent, newest at the bottom; older lines fade as they scroll away.
    /// A line too wide for a narrow lane puts its destination on a second, indented line.
    func drawLane<P: Playable>(_ id: NodeID, session: PlaySession<P>) {
        let game = session.game
        guard game.nodes.indices.contains(id), layout.lanes.indices.contains(id) else { return }
        let lane = layout.lanes[id]
        // Narrow lanes (five nodes under a big zoom) use smaller type rather than cut every entry short; lecture
        // mode reads them at the pane's body size as far as a lane holds a compact entry ("G·p2a(2,green)").
        var size = 15 * s
        if layout.lecture {
            let body = 15 * layout.scale, room = lane.w - 16 * s
            let fitting = body * room / max(1, canvas.measure("G·p2a(2,green)", size: body).w)
            size = max(size, min(body, fitting))
        }
        // A short lane (a big zoom in a small window) takes smaller type, down to a floor, so it shows its header
        // and a few entries rather than nothing.
        let lineRatio = canvas.lineHeight(size) / max(1, size)
        let rowsFitting = (lane.h - 10 * s) / (Self.laneRowsWanted * lineRatio)
        size = max(min(size, rowsFitting), min(size, Self.smallestLaneType * layout.windowScale))
        let step = canvas.lineHeight(size)
        let node = game.nodes[id]
        guard lane.h > step * 2, lane.w > 20 else { return }
        canvas.setClip(lane)
        let background = Color(Palette.scheme.lane)
        canvas.fill(lane, background)
        canvas.textBackground = background
        defer { canvas.textBackground = nil }
        let pad = 8 * s, width = lane.w - 2 * pad
        // Every lane says "sent by" or none does: the longest name decides, so the lanes read alike.
        let longest = (0..<layout.nodeCount).map { NodeNames.title($0) }.max { canvas.measure($0, size: size, bold: true).w < canvas.measure($1, size: size, bold: true).w } ?? ""
        let sentBy = canvas.measure("sent by \(longest)", size: size, bold: true).w <= width
        canvas.text(sentBy ? "sent by \(NodeNames.title(node.id))" : canvas.fitted(NodeNames.title(node.id), width: width, size: size, bold: true),
                    x: lane.x + pad, y: lane.y + 4 * s, size: size, Palette.node(node.id), bold: true)
        let top = lane.y + 6 * s + step
        let withTime = lane.w > 230 * s
        var rows = max(0, Int((lane.maxY - top - 4 * s) / step))
        var shown: [(record: SentMessage<P.Message>, split: Bool)] = []
        for record in node.lane.reversed() {
            let split = canvas.measure(laneText(record, withTime: withTime, rules: game.rules, as: P.self), size: size).w > width
            let needs = split ? 2 : 1
            guard rows >= needs else { break }
            rows -= needs
            shown.append((record, split))
        }
        var y = top
        for (index, entry) in shown.reversed().enumerated() {
            let fade = shown.count > 1 ? 0.45 + 0.55 * Double(index + 1) / Double(shown.count) : 1
            let full = Palette.message(entry.record.message, rules: game.rules, as: P.self)
            // Older lines fade, but never below 4.5:1 against the lane: a class must still read them.
            let colour = full.withAlpha(RGB(r: full.r, g: full.g, b: full.b).readableAlpha(fade, on: Palette.scheme.lane))
            if entry.split {
                let time = withTime ? "\(Seconds.text(entry.record.time))  " : ""
                let (label, labelSize) = splitLaneLabel(time + P.ownerInitial(entry.record.message, rules: game.rules),
                                                        entry.record.message.label, width: width, size: size)
                canvas.text(label, x: lane.x + pad, y: y + (size - labelSize) / 2, size: labelSize, colour)
                canvas.text(canvas.fitted("-> \(NodeNames.title(entry.record.message.to))", width: width - 12 * s, size: size),
                            x: lane.x + pad + 12 * s, y: y + step, size: size, colour)
                y += 2 * step
            } else {
                canvas.text(laneText(entry.record, withTime: withTime, rules: game.rules, as: P.self), x: lane.x + pad, y: y, size: size, colour)
                y += step
            }
        }
        canvas.setClip(nil)
    }

    /// A split lane entry's first line, whole: "G· p2a(2, green)", then without spaces ("G·p2a(2,green)"), then
    /// in type up to a fifth smaller; only a lane narrower still ends it in an ellipsis.
    private func splitLaneLabel(_ owner: String, _ label: String, width: Double, size: Double) -> (String, Double) {
        let forms = [owner + "· " + label, owner + "·" + label.replacingOccurrences(of: ", ", with: ",")]
        if let whole = forms.first(where: { canvas.measure($0, size: size).w <= width }) { return (whole, size) }
        let compact = forms[forms.count - 1], needed = canvas.measure(compact, size: size).w
        let smaller = max(size * 0.8, size * width / max(needed, 1) * 0.98)
        return (canvas.fitted(compact, width: width, size: smaller), smaller)
    }

    /// "12.3  R· p2a(2, green) -> Blue": the initial of the ballot's owner says without colour whose ballot it is.
    private func laneText<P: Playable>(_ record: SentMessage<P.Message>, withTime: Bool, rules: P.Rules, as _: P.Type) -> String {
        let text = P.laneText(record, rules: rules)
        return withTime ? "\(Seconds.text(record.time))  \(text)" : text
    }
}
