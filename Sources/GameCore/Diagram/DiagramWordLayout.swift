/// Where the SVG diagram's words go, worked out before anything is drawn: each mark's words and each arrow's label.
///
/// Marks come first, pinned to their moment: their words try both sides of the lifeline and then lines lower,
/// keeping off the arrows where they can, and never cover another mark's glyph or words. Arrow labels then slide
/// along their arrows to spots that cover no words at all.
struct DiagramWordLayout {
    /// A mark (or a held band's note) with its glyph's place and its words' box.
    struct MarkWords {
        let node: NodeID
        let text: String
        /// Nil for a held band's note, which has no glyph.
        let kind: DiagramMark.Kind?
        let glyphX: Double
        let y: Double
        let box: LabelBox
        /// Ties words that moved down to their glyph.
        let leader: LabelLine?
    }

    static let markHeight = DiagramGeometry.fontSize + 4
    static let labelHeight = DiagramGeometry.fontSize + 4

    private(set) var marks: [MarkWords] = []
    /// Each message's label box, in the order of `diagram.messages`.
    private(set) var labels: [LabelBox] = []
    private var placer = LabelPlacer()

    init(_ diagram: SpaceTimeDiagram, geometry: DiagramGeometry) {
        let lifelines = (0..<diagram.nodeCount).map { node in
            LabelLine(from: (geometry.x(node), geometry.top), to: (geometry.x(node), geometry.y(diagram.end)))
        }
        let arrows = diagram.messages.map { geometry.arrow(of: $0, in: diagram) }
        // A mark's long words may have to cross a neighbour's lifeline (five columns are narrow), so to them a
        // lifeline is a line to keep off where they can, more than an arrow.
        for line in lifelines { placer.reserveLine(line, weight: LabelPlacer.lifelineWeight) }
        for arrow in arrows { placer.reserveLine(LabelLine(from: arrow.start, to: arrow.end)) }
        placeMarks(diagram, geometry)
        // Labels keep off the lifelines, so an arrow that crosses a middle node is labelled beside it.
        for line in lifelines {
            placer.reserve(LabelBox(minX: line.start.x - 4, minY: line.start.y, width: 8, height: line.end.y - line.start.y))
        }
        labels = zip(diagram.messages, arrows).map { item, arrow in placeLabel(item.label, from: arrow.start, to: arrow.end) }
    }

    private mutating func placeMarks(_ diagram: SpaceTimeDiagram, _ geometry: DiagramGeometry) {
        var notes = diagram.marks.map { ($0.node, $0.time, $0.text, Optional($0.kind)) }
        notes += diagram.held.map { ($0.node, $0.start, "held \(Seconds.text($0.end - $0.start)) s", nil) }
        notes.sort { ($0.1, $0.0) < ($1.1, $1.0) }
        // Every glyph is reserved before any words, so an early mark's words never cover a later mark's glyph.
        var glyphXs: [Double?] = []
        var glyphs: [(node: NodeID, y: Double)] = []
        for (node, time, _, kind) in notes {
            let y = geometry.y(time)
            guard kind != nil else { glyphXs.append(nil); continue }
            // Marks at one moment (a crash that topples a crown) stand side by side, left of the lifeline.
            let crowded = glyphs.filter { $0.node == node && abs($0.y - y) < 16 }.count
            let x = geometry.x(node) - Double(crowded) * 24
            placer.reserve(LabelBox(centerX: x, centerY: y, width: 22, height: 22), pinned: true)
            glyphs.append((node, y))
            glyphXs.append(x)
        }
        for ((node, time, text, kind), glyphX) in zip(notes, glyphXs) {
            let x = geometry.x(node), y = geometry.y(time)
            let spots = MarkWordSpots(x: x, y: y, gap: 16, width: DiagramGeometry.textWidth(text) + 6, height: Self.markHeight,
                                      rowStep: Self.markHeight + 2, minX: geometry.left, maxX: geometry.width)
            // Off the arrows if a near spot allows; else the nearest spot free of words, arrows or not.
            let box = placer.freeSpot(spots.near, offLines: true) ?? placer.freeSpot(spots.far)
                ?? placer.bestSpot(spots.candidates)
            placer.reserve(box, pinned: true)
            marks.append(MarkWords(node: node, text: text, kind: kind, glyphX: glyphX ?? x, y: y, box: box,
                                   leader: spots.leader(to: box)))
        }
    }

    /// The label slides along its arrow to the first free spot, middle first; failing that, finer steps, then one or
    /// two lines above or below the arrow.
    private mutating func placeLabel(_ text: String, from start: (Double, Double), to end: (Double, Double)) -> LabelBox {
        let width = DiagramGeometry.textWidth(text) + 8
        let height = Self.labelHeight
        func along(_ f: Double, shift: Double = 0) -> LabelBox {
            LabelBox(centerX: start.0 + (end.0 - start.0) * f, centerY: start.1 + (end.1 - start.1) * f + shift,
                     width: width, height: height)
        }
        let fractions = [0.5, 0.38, 0.62, 0.28, 0.72, 0.18, 0.82]
        let finer = Array(stride(from: 0.1, through: 0.9, by: 0.05))
        let beside = [1.0, -1.0, 2.0, -2.0].flatMap { lines in finer.map { along($0, shift: lines * height) } }
        return placer.place(fractions.map { along($0) } + finer.map { along($0) } + beside)
    }
}
