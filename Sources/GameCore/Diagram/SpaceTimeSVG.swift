/// Writes a space-time diagram as an SVG document for slides: vector shapes, text as text, valid XML.
///
/// Each message is one `<g class="message">` element (its line, and its cross if lost) with `data-type`, `data-ballot`, `data-from`, `data-to`,
/// `data-sent` and one of `data-delivered`, `data-lost`, `data-discarded`, `data-in-flight` (game seconds), so a
/// test can check the drawing against the recording. Its label lies in the word layer on top, as a `<text>`
/// whose `data-message` names the message's id.
///
/// With 30 messages in flight the arrows stay readable because words spread out (see `DiagramWordLayout`): a
/// mark's words keep off the arrows and other words, each label slides along its own arrow to a spot no words
/// cover, and every label sits on a white halo, so crossing lines never run through its letters.
public enum SpaceTimeSVG {
    /// The diagram as an SVG document, in the colours of the window's palette.
    public static func render(_ diagram: SpaceTimeDiagram, title: String, palette: PaletteScheme.Name = .standard) -> String {
        var writer = SVGDiagramWriter(diagram: diagram, colours: DiagramPalette.named(palette))
        return writer.document(title: title)
    }
}

private struct SVGDiagramWriter {
    typealias N = SVGBuilder
    let diagram: SpaceTimeDiagram
    let colours: DiagramPalette
    let geometry: DiagramGeometry
    var svg = SVGBuilder()
    let layout: DiagramWordLayout
    /// Words go in a layer over every line, so no arrow drawn later runs through a label.
    var words = SVGBuilder()
    let size = DiagramGeometry.fontSize

    init(diagram: SpaceTimeDiagram, colours: DiagramPalette) {
        self.diagram = diagram
        self.colours = colours
        geometry = DiagramGeometry(diagram)
        layout = DiagramWordLayout(diagram, geometry: geometry)
    }

    mutating func document(title: String) -> String {
        let width = N.number(geometry.width)
        let height = N.number(geometry.height)
        svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
                + "viewBox=\"0 0 \(width) \(height)\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" "
                + "font-size=\"\(N.number(size))\">")
        svg.raw("<title>\(N.escape(title))</title>")
        defineArrowHeads()
        svg.element("rect", [("width", "100%"), ("height", "100%"), ("fill", colours.paper)])
        header(title: title)
        timeAxis()
        lifelines()
        marks()
        messages()
        svg.open("g", [("class", "labels")])
        svg.raw(words.text, newline: false)
        svg.close("g")
        svg.raw("</svg>")
        return svg.text
    }

    // MARK: Frame

    mutating func defineArrowHeads() {
        svg.open("defs")
        for node in 0..<diagram.nodeCount {
            svg.open("marker", [("id", "head\(node)"), ("viewBox", "0 0 10 10"), ("refX", "9"), ("refY", "5"),
                                ("markerUnits", "userSpaceOnUse"), ("markerWidth", "13"), ("markerHeight", "13"),
                                ("orient", "auto")])
            svg.element("path", [("d", "M0,0 L10,5 L0,10 z"), ("fill", colours.line(node))])
            svg.close("marker")
        }
        svg.close("defs")
    }

    mutating func header(title: String) {
        svg.text(title, [("x", "24"), ("y", "36"), ("font-size", N.number(DiagramGeometry.titleSize)),
                         ("font-weight", "bold"), ("fill", colours.ink)])
        let legend = [
            "Time flows down. An arrow is a message, in its \(diagram.ballotWord) owner's colour, from sending to arrival.",
            "× lost at a down node  ·  dashed lifeline: down  ·  shaded band: held  ·  crown: leader",
        ]
        for (index, line) in legend.enumerated() {
            svg.text(line, [("x", "24"), ("y", N.number(64 + Double(index) * 22)), ("fill", colours.note)])
        }
        for node in 0..<diagram.nodeCount {
            let x = geometry.x(node)
            nodeMark(node, x: x, y: 118)
            svg.text(NodeNames.title(node), [("x", N.number(x + 17)), ("y", "124"), ("font-size", "20"),
                                             ("font-weight", "bold"), ("fill", colours.text(node))])
        }
    }

    /// A node's mark in the legend: a dot of its colour, or in the colour-blind palette its shape as well.
    mutating func nodeMark(_ node: NodeID, x: Double, y: Double) {
        let fill = ("fill", colours.node(node))
        guard colours.marksShapes else {
            svg.element("circle", [("cx", N.number(x)), ("cy", N.number(y)), ("r", "11"), fill])
            return
        }
        let shapes = PaletteScheme.nodeShapes
        let shape = ("data-shape", shapes[node % shapes.count])
        let r = 11.0
        func points(_ corners: [(Double, Double)]) -> String {
            corners.map { N.number(x + $0.0 * r) + "," + N.number(y + $0.1 * r) }.joined(separator: " ")
        }
        switch node % shapes.count {
        case 0: svg.element("circle", [("cx", N.number(x)), ("cy", N.number(y)), ("r", N.number(r)), fill, shape])
        case 1: svg.element("rect", [("x", N.number(x - r)), ("y", N.number(y - r)), ("width", N.number(2 * r)),
                                     ("height", N.number(2 * r)), fill, shape])
        case 2: svg.element("polygon", [("points", points([(0, -1), (1, 1), (-1, 1)])), fill, shape])
        case 3: svg.element("polygon", [("points", points([(0, -1), (1, 0), (0, 1), (-1, 0)])), fill, shape])
        default: svg.element("rect", [("x", N.number(x - r)), ("y", N.number(y - 0.4 * r)), ("width", N.number(2 * r)),
                                      ("height", N.number(0.8 * r)), fill, shape])
        }
    }

    mutating func timeAxis() {
        let step = geometry.tickSeconds * 1000
        var tick = (diagram.start + step - 1) / step * step
        svg.open("g", [("class", "time-axis")])
        while tick <= diagram.end {
            let y = N.number(geometry.y(tick))
            svg.element("line", [("x1", N.number(geometry.left)), ("y1", y), ("x2", N.number(geometry.width - 20)),
                                 ("y2", y), ("stroke", colours.grid), ("stroke-width", "1")])
            svg.text("\(tick / 1000) s", [("x", N.number(geometry.left - 12)), ("y", N.number(geometry.y(tick) + 5)),
                                          ("text-anchor", "end"), ("fill", colours.axis)])
            tick += step
        }
        svg.close("g")
    }

    // MARK: Lifelines

    mutating func lifelines() {
        for node in 0..<diagram.nodeCount {
            let x = N.number(geometry.x(node))
            svg.open("g", [("class", "lifeline"), ("data-node", NodeNames.name(node))])
            for band in diagram.held where band.node == node {
                let top = geometry.y(band.start)
                svg.element("rect", [("class", "held"), ("x", N.number(geometry.x(node) - 13)), ("y", N.number(top)),
                                     ("width", "26"), ("height", N.number(geometry.y(band.end) - top)),
                                     ("fill", colours.node(node)), ("fill-opacity", "0.25"),
                                     ("data-from", seconds(band.start)), ("data-to", seconds(band.end))])
            }
            for (from, to, up) in segments(of: node) {
                var pairs = [("x1", x), ("y1", N.number(geometry.y(from))), ("x2", x), ("y2", N.number(geometry.y(to)))]
                if up {
                    pairs += [("stroke", colours.line(node)), ("stroke-width", "3")]
                } else {
                    pairs += [("class", "down"), ("stroke", colours.faint), ("stroke-width", "2"),
                              ("stroke-dasharray", "3 7")]
                }
                svg.element("line", pairs)
            }
            svg.close("g")
        }
    }

    /// The lifeline in pieces: up (solid) and down (broken).
    func segments(of node: NodeID) -> [(Tick, Tick, Bool)] {
        var pieces: [(Tick, Tick, Bool)] = []
        var cursor = diagram.start
        for interval in diagram.down where interval.node == node {
            if interval.start > cursor { pieces.append((cursor, interval.start, true)) }
            pieces.append((interval.start, interval.end, false))
            cursor = interval.end
        }
        if cursor < diagram.end || pieces.isEmpty { pieces.append((cursor, diagram.end, true)) }
        return pieces
    }

    // MARK: Marks

    mutating func marks() {
        svg.open("g", [("class", "marks")])
        for mark in layout.marks {
            if let kind = mark.kind { glyph(kind, x: mark.glyphX, y: mark.y) }
            if let leader = mark.leader {
                svg.element("line", [("x1", N.number(leader.start.x)), ("y1", N.number(leader.start.y)),
                                     ("x2", N.number(leader.end.x)), ("y2", N.number(leader.end.y)),
                                     ("stroke", colours.note), ("stroke-width", "1.5"), ("class", "mark-leader")])
            }
            words.text(mark.text, [("x", N.number(mark.box.minX + 3)), ("y", N.number(mark.box.maxY - 6)),
                                   ("fill", colours.ink), ("stroke", colours.paper), ("stroke-width", "4"),
                                   ("paint-order", "stroke"), ("class", "mark")])
        }
        svg.close("g")
    }

    mutating func glyph(_ kind: DiagramMark.Kind, x: Double, y: Double) {
        let at = "translate(\(N.number(x)),\(N.number(y)))"
        let crown = "M-10,6 L-10,-5 L-5,0 L0,-8 L5,0 L10,-5 L10,6 Z"
        switch kind {
        case .crownGained:
            svg.element("path", [("d", crown), ("transform", at), ("fill", colours.crown), ("stroke", colours.crownEdge),
                                 ("stroke-width", "1.5"), ("class", "crown-gained")])
        case .crownLost:
            svg.element("path", [("d", crown + " M-12,8 L12,-10"), ("transform", at), ("fill", colours.paper),
                                 ("stroke", colours.note), ("stroke-width", "1.5"), ("class", "crown-lost")])
        case .refused:
            svg.element("path", [("d", "M-6,-6 L6,6 M-6,6 L6,-6"), ("transform", at), ("stroke", colours.refusal),
                                 ("stroke-width", "3"), ("class", "refused")])
        case .decided(let value):
            svg.element("path", [("d", "M0,-10 L10,0 L0,10 L-10,0 Z"), ("transform", at),
                                 ("fill", colours.node(value)), ("stroke", colours.ink),
                                 ("stroke-width", "1.5"), ("class", "decided")])
        case .learned(let value):
            svg.element("circle", [("cx", N.number(x)), ("cy", N.number(y)), ("r", "6"),
                                   ("fill", colours.node(value)), ("stroke", colours.ink),
                                   ("stroke-width", "1.5"), ("class", "learned")])
        case .crashed:
            svg.element("path", [("d", "M-8,-8 L8,8 M-8,8 L8,-8"), ("transform", at), ("stroke", colours.ink),
                                 ("stroke-width", "3.5"), ("class", "crashed")])
        case .recovered:
            svg.element("circle", [("cx", N.number(x)), ("cy", N.number(y)), ("r", "7"), ("fill", colours.paper),
                                   ("stroke", colours.ink), ("stroke-width", "2.5"), ("class", "recovered")])
        }
    }

    // MARK: Messages

    mutating func messages() {
        for (index, message) in diagram.messages.enumerated() { draw(message, index: index) }
    }

    /// The message's element holds its line (and its cross if lost); its label is in the word layer,
    /// tied to it by `data-message`.
    mutating func draw(_ item: DiagramMessage, index: Int) {
        let colour = colours.line(item.ballotOwner)
        var pairs = [("class", "message"), ("id", "message-\(index)"), ("data-type", item.type), ("data-ballot", String(item.ballot)),
                     ("data-from", NodeNames.name(item.from)), ("data-to", NodeNames.name(item.to)),
                     ("data-sent", seconds(item.sentAt)), ("data-label", item.label)]
        switch item.fate {
        case .delivered(let time): pairs.append(("data-delivered", seconds(time)))
        case .lost(let time): pairs.append(("data-lost", seconds(time)))
        case .discarded(let time): pairs.append(("data-discarded", seconds(time)))
        case .inFlight: pairs.append(("data-in-flight", "true"))
        }
        let (start, end) = geometry.arrow(of: item, in: diagram)
        svg.open("g", pairs)
        var line = [("x1", N.number(start.0)), ("y1", N.number(start.1)), ("x2", N.number(end.0)), ("y2", N.number(end.1)),
                    ("stroke", colour), ("stroke-width", "2.5")]
        // Only an arrow drawn all the way (it landed before the diagram's end) gets a head or a cross.
        let arrival = diagram.arrival(of: item)
        let reaches = arrival <= diagram.end && item.fate != .inFlight
        switch item.fate {
        case .delivered where reaches:
            line.append(("marker-end", "url(#head\(item.ballotOwner))"))
        case .lost where reaches:
            line.append(("stroke-dasharray", "8 5"))
        case .discarded, .inFlight, .delivered, .lost:
            line.append(("stroke-dasharray", "2 5"))
        }
        svg.element("line", line)
        if case .lost = item.fate, reaches {
            let at = "translate(\(N.number(end.0)),\(N.number(end.1)))"
            svg.element("path", [("d", "M-9,-9 L9,9 M-9,9 L9,-9"), ("transform", at), ("stroke", colour),
                                 ("stroke-width", "4")])
        }
        svg.close("g")
        label(item, index: index, colour: colours.text(item.ballotOwner))
    }

    /// The label where the layout put it, on its arrow or just beside it.
    mutating func label(_ item: DiagramMessage, index: Int, colour: String) {
        let box = layout.labels[index]
        // A pale card behind the words: a line passing between two words does not read as punctuation.
        words.element("rect", [("x", N.number(box.minX)), ("y", N.number(box.minY)), ("width", N.number(box.maxX - box.minX)),
                               ("height", N.number(box.maxY - box.minY)), ("rx", "4"), ("fill", colours.paper),
                               ("fill-opacity", "0.85")])
        words.text(item.label, [("class", "message-label"), ("data-message", "message-\(index)"),
                                ("x", N.number((box.minX + box.maxX) / 2)), ("y", N.number(box.maxY - 6)),
                                ("text-anchor", "middle"), ("fill", colour), ("font-weight", "bold"),
                                ("stroke", colours.paper), ("stroke-width", "5"), ("paint-order", "stroke")])
    }

    func seconds(_ time: Tick) -> String { Seconds.exact(time) }
}
