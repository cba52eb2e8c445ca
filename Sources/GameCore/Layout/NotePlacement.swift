/// Where the notes over the board go (Show me's caption, the round banner, a toast): inside the flight band,
/// where at worst they hide a message in flight for a moment, rather than over the boxes, the lanes and the
/// timeline that a class reads.
///
/// Notes marked `top` stack down from the band's top (Show me's caption, where the class looks); the others
/// stack up from its bottom, above the legend's line, the last one lowest. `fits` says whether they all lie in
/// the band without touching; when they do not, the app tries smaller type, and at its smallest takes these
/// rectangles anyway: stacked from the band's top down, over the lanes if they must, never past the timeline's
/// top unless the window itself is too short.
public struct NotePlacement: Hashable, Sendable {
    /// A note's wanted size, and whether it belongs at the band's top.
    public struct Note: Hashable, Sendable {
        public let w: Double
        public let h: Double
        public let top: Bool

        public init(w: Double, h: Double, top: Bool) {
            self.w = w
            self.h = h
            self.top = top
        }
    }

    /// One rectangle per note, in the order given, centred across the board.
    public let rects: [Rect]
    /// Whether every note lies inside the band (less the legend's line) and no two touch.
    public let fits: Bool

    /// `reservedBottom` keeps the legend's line at the band's bottom clear; `gap` separates the notes from each
    /// other and from the band's edges. `band` replaces the flight band where something else covers the board
    /// (the space-time diagram over the whole board, whose oldest stretch is at its top).
    public init(_ notes: [Note], layout: BoardLayout, band: Rect? = nil, reservedBottom: Double, gap: Double) {
        let band = band ?? layout.flightBand, board = layout.board
        let top = band.y + gap, bottom = band.maxY - reservedBottom - gap
        func rect(_ note: Note, y: Double) -> Rect {
            let w = min(note.w, board.w)
            return Rect(x: board.midX - w / 2, y: y, w: w, h: note.h)
        }
        let total = notes.reduce(0) { $0 + $1.h } + gap * Double(max(0, notes.count - 1))
        // With every note and the gaps between them inside the band, the two stacks keep at least a gap apart.
        if total <= bottom - top {
            var placed = [Rect?](repeating: nil, count: notes.count)
            var y = top
            for (index, note) in notes.enumerated() where note.top {
                placed[index] = rect(note, y: y)
                y += note.h + gap
            }
            y = bottom
            for (index, note) in notes.enumerated().reversed() where !note.top {
                y -= note.h
                placed[index] = rect(note, y: y)
                y -= gap
            }
            rects = placed.compactMap { $0 }
            fits = true
            return
        }
        // Too tall for the band: one stack from its top, kept above the timeline, and inside the window.
        let limit = min(layout.timeline.y - gap, layout.height - gap)
        var start = top
        if start + total > limit { start = max(gap, limit - total) }
        var stacked: [Rect] = []
        var y = start
        for note in notes {
            stacked.append(rect(note, y: y))
            y += note.h + gap
        }
        self.rects = stacked
        fits = false
    }
}
