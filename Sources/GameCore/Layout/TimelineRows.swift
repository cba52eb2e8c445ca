/// How the timeline bar is split: a row of labels ("Round 2", the playhead's time, the span's end) over a row
/// holding the track, its marks and the playhead's knob.
///
/// Lecture mode's labels are at least its body size (see `LectureType`), taller than the bar's top row. The bar
/// (from `BoardLayout`) is its own region of the window, repainted on its own, so they cannot go above it: they
/// rise instead into the empty space a font keeps over its tallest glyph, and the track's row takes what is left
/// below their lowest glyph. Labels and marks never overlap, and no glyph is cut by the bar's top.
public struct TimelineRows: Equatable, Sendable {
    public let labelSize: Double
    /// The top of the labels' text box; above the bar's top by at most the empty space over the glyphs.
    public let labelY: Double
    public let markSize: Double
    public let trackY: Double
    public let trackH: Double
    public let knob: Double

    /// The share of the bar the labels' row takes when their type fits it, as it does outside lecture mode.
    static let labelShare = 0.42
    /// The least share of the bar the track's row keeps, so the knob stays big enough to grab.
    static let trackShareMin = 0.3

    /// `ink(size)` is where glyphs of that size reach, measured from the top of their text box: from the top of
    /// the tallest to the bottom of the lowest.
    public init(layout: BoardLayout, ink: (Double) -> ClosedRange<Double>) {
        let bar = layout.timeline, s = layout.scale
        let gap = s
        var size = LectureType(layout: layout).size(13, scale: min(s, bar.h * Self.labelShare / 1.17 / 13))
        // A bar too short for the labels' ink and a usable track even so: the labels give way, not the track.
        let inkRoom = bar.h * (1 - Self.trackShareMin) - gap
        let tall = ink(size).upperBound - ink(size).lowerBound
        if tall > inkRoom, tall > 0 { size *= inkRoom / tall }
        let reach = ink(size)
        let rowTop = max(bar.y + bar.h * Self.labelShare, bar.y + (reach.upperBound - reach.lowerBound) + gap)
        labelSize = size
        labelY = min(bar.y, rowTop - gap - reach.upperBound)
        let rowH = max(0, bar.maxY - rowTop)
        // A mark sits on a disc 1.3 times its size, which must stay in the row.
        markSize = min(12 * s, rowH * 0.75)
        trackY = rowTop + rowH / 2
        trackH = min(max(4, 8 * s), markSize * 0.5)
        knob = min(14 * s, rowH * 0.9)
    }
}
