import Testing
@testable import GameCore

/// The timeline bar's labels read in lecture mode and never run into its track, knob or marks.
@Suite("Timeline bar rows")
struct TimelineRowsTests {
    /// Where DejaVu Sans's glyphs reach in a text box: from the top of "d" to the bottom of "p".
    static func dejaVuInk(_ size: Double) -> ClosedRange<Double> { size * 0.17...size * 1.14 }

    static func rows(_ width: Int, _ height: Int, lecture: Bool, nodes: Int = 3) -> (TimelineRows, Rect) {
        let layout = BoardLayout(width: width, height: height, nodeCount: nodes, lecture: lecture)
        return (TimelineRows(layout: layout, ink: dejaVuInk), layout.timeline)
    }

    @Test("lecture mode's labels are at least its body size: 28 px at 1280x800, more in a bigger window",
          arguments: [(1280, 800, 28.0), (1920, 1080, 37.8), (1024, 640, 22.4)])
    func lectureSize(width: Int, height: Int, least: Double) {
        let (rows, _) = Self.rows(width, height, lecture: true)
        #expect(rows.labelSize >= least - 0.1)
    }

    @Test("the labels' glyphs stay in the bar and above the knob and the marks, which stay in the bar",
          arguments: [(1280, 800), (1920, 1080), (1024, 640), (1280, 500), (800, 800), (2560, 1440), (400, 300)],
          [true, false])
    func nothingOverlaps(size: (Int, Int), lecture: Bool) {
        let (rows, bar) = Self.rows(size.0, size.1, lecture: lecture, nodes: 5)
        let ink = Self.dejaVuInk(rows.labelSize)
        let tallest = max(rows.knob, rows.markSize * 1.3)
        #expect(rows.labelY + ink.lowerBound >= bar.y - 0.01)
        #expect(rows.labelY + ink.upperBound <= rows.trackY - tallest / 2 + 0.5)
        #expect(rows.trackY + tallest / 2 <= bar.maxY + 0.5)
    }

    @Test("the knob stays big enough to grab: at least a fifth of the bar's height")
    func knobKeepsItsSize() {
        for (width, height) in [(1280, 800), (1024, 640), (1280, 500), (400, 300)] {
            let (rows, bar) = Self.rows(width, height, lecture: true)
            #expect(rows.knob >= bar.h / 5, "\(width)x\(height)")
        }
    }

    @Test("outside lecture mode the labels sit at the bar's top, over the track's row below 42% of it")
    func designRows() {
        let (rows, bar) = Self.rows(1280, 800, lecture: false)
        #expect(rows.labelSize == 13)
        #expect(rows.labelY == bar.y)
        #expect(abs(rows.trackY - (bar.y + bar.h * 0.71)) < 0.01)
    }
}
