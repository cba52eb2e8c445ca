/// Where the nodes' crowns, boxes and lanes go on the board, the band between them, and the timeline under all.
///
/// One row of boxes over the band and the lanes is the design; two rows facing each other across the band (and
/// no lanes) is for five nodes under a big zoom or in lecture mode, whose single row would be too narrow to read.
struct NodeFrame {
    let board: Rect
    let height: Double
    let scale: Double
    /// The window's own scale, before zoom and lecture mode.
    let windowScale: Double
    /// Zoom times lecture mode's factor.
    let factor: Double
    let gap: Double

    struct Placed {
        var columns: [Rect]
        var crowns: [Rect]
        var boxes: [Rect]
        var band: Rect
        var timeline: Rect
        var lanes: [Rect]
        /// What multiplies the design sizes of the type in a box (see `NodeBoxType`).
        var boxType: Double
    }

    /// Heights grow with the type, but the parts above the lanes share at most 80% of the height (the boxes
    /// then hold fewer lines rather than overflow), so a big zoom reflows instead of pushing things off screen.
    private var sy: Double { height / BoardLayout.designHeight * max(1, factor * 0.62) }

    /// The heights a crown's area, a box and the band would like before they share the board.
    private var wanted: (crown: Double, box: Double, band: Double) {
        // Under zoom a box gets a little taller, for the extra line its larger type wraps onto.
        (56 * sy, 150 * sy * (1 + 0.15 * min(1, max(0, factor - 1))), 190 * sy)
    }

    /// The margin under the timeline stays as the window alone makes it: zoom's larger type needs no wider edge,
    /// and at a big zoom every pixel here is one the lanes lack.
    private var bottomMargin: Double { min(12 * scale, 12 * windowScale) }

    private func columnWidth(across count: Int) -> Double {
        max(0, (board.w - gap * Double(count - 1)) / Double(count))
    }

    /// A crown's area: a hair short of the box under it, so rounding never makes the two touch.
    private func crown(over box: Rect, height crownHeight: Double, inset: Double) -> Rect {
        Rect(x: box.x, y: box.y - crownHeight + inset, w: box.w, h: max(0, crownHeight - inset - 0.001))
    }

    /// A box's height in two rows, in design pixels at its type's scale: what `NodeRenderer` needs for the name,
    /// one state line, two detail lines (a promise and an inbox, whole) and the timer.
    static let boxLines = 134.0
    /// A crown's area in two rows, in design pixels at the box type's scale: the crown and its label's line.
    static let crownLines = 20.0
    /// In two rows a box's type scale stops where its state line (17 design pixels) is 28 px at 1280x800, more
    /// only under a zoom beyond lecture mode's.
    static let stateLineCap = 28.0 / 17
    /// In two rows the band keeps at least this share of the board's height below the header.
    static let smallestBandShare = 0.25

    /// Every node in one row: crowns, boxes, the band, then the lanes and the timeline share what is left.
    func oneRow(count: Int) -> Placed {
        let available = max(0, height - board.y)
        let wanted = wanted
        let shrink = min(1, available * 0.8 / (wanted.crown + wanted.box + wanted.band))
        let crownHeight = wanted.crown * shrink, bandHeight = wanted.band * shrink
        // The lanes and the timeline bar share what is left below the band; under a big zoom or in lecture mode
        // that is little, so the bar takes at most 40% of it and the lanes keep the rest.
        func below(box: Double) -> (top: Double, timeline: Double, spacing: Double, lanes: Double) {
            let top = board.y + crownHeight + box + bandHeight
            let all = max(0, height - top - bottomMargin)
            let timeline = min(40 * sy, all * 0.4), spacing = min(4 * sy, all * 0.05)
            return (top, timeline, spacing, max(0, all - timeline - spacing))
        }
        var boxHeight = wanted.box * shrink
        var parts = below(box: boxHeight)
        // Lanes keep room for their header and three entries at the window's own type (100 px at 1280x800): under
        // a big zoom the boxes give up to a fifth of their height for that (they were made taller for the zoom's
        // wrapped lines), since a lane too short shows nothing. The band keeps its height for a crowd of pills.
        let laneFloor = 100 * windowScale
        if parts.lanes < laneFloor {
            boxHeight -= min((laneFloor - parts.lanes) / 0.55, boxHeight / 5)
            parts = below(box: boxHeight)
        }
        let width = columnWidth(across: count)
        let columns = (0..<count).map { index in
            Rect(x: board.x + Double(index) * (width + gap), y: board.y, w: width, h: board.h)
        }
        let boxes = columns.map { Rect(x: $0.x, y: $0.y + crownHeight, w: $0.w, h: boxHeight) }
        let inset = 4 * sy * shrink
        return Placed(columns: columns,
                      crowns: boxes.map { crown(over: $0, height: crownHeight, inset: inset) },
                      boxes: boxes,
                      band: Rect(x: board.x, y: board.y + crownHeight + boxHeight, w: board.w, h: bandHeight),
                      timeline: Rect(x: board.x, y: height - bottomMargin - parts.timeline, w: board.w, h: parts.timeline),
                      lanes: columns.map { Rect(x: $0.x, y: parts.top, w: $0.w, h: parts.lanes) },
                      boxType: min(scale, width / NodeBoxType.designColumn))
    }

    /// The first half of the nodes (rounded up) in an upper row, the rest under the band in a lower row centred
    /// between them, each box under its crown. The timeline keeps its place at the bottom; the lanes give their
    /// room to the lower row (they are empty rectangles under each box): the pills and the space-time diagram
    /// show what was sent.
    func twoRows(count: Int) -> Placed {
        let upper = (count + 1) / 2, lower = count - upper
        let width = columnWidth(across: upper)
        let available = max(0, height - board.y - bottomMargin)
        let timelineHeight = min(40 * sy, available * 0.1)
        // The lower boxes keep a gap above the timeline for the focus ring drawn around them.
        let spacing = min(7 * scale, available * 0.03)
        // Each box would be as tall as its lines need at the type its width allows (see `NodeBoxType`): name, a
        // state line, two detail lines and the timer; a crown's area holds the crown and its label. The band takes
        // the rest, but never less than a share of the board, so rows of pills and the legend still fit: at
        // 1280x800 in lecture mode that floor takes a tenth of the boxes' height, and a box shows one detail line.
        // Two rows stack two boxes' heights, so their type stops at lecture mode's body size (a 28 px state line
        // at 1280x800).
        let type = min(scale, width / NodeBoxType.designColumn, Self.stateLineCap * windowScale * max(1, factor / BoardLayout.lectureFactor))
        let wantedRows = 2 * (Self.crownLines + Self.boxLines) * type
        let rows = min(wantedRows, max(0, available - timelineHeight - spacing - available * Self.smallestBandShare))
        let shrink = wantedRows > 0 ? rows / wantedRows : 0
        let crownHeight = Self.crownLines * type * shrink, boxHeight = Self.boxLines * type * shrink
        let bandHeight = max(0, available - timelineHeight - spacing - rows)
        let inset = 2 * type * shrink
        let lowerOffset = (board.w - (Double(lower) * width + Double(max(0, lower - 1)) * gap)) / 2
        let bandTop = board.y + crownHeight + boxHeight
        let lowerBoxTop = bandTop + bandHeight + crownHeight
        var columns: [Rect] = [], boxes: [Rect] = []
        for index in 0..<count {
            let inUpper = index < upper
            let x = inUpper ? board.x + Double(index) * (width + gap)
                : board.x + lowerOffset + Double(index - upper) * (width + gap)
            let box = Rect(x: x, y: inUpper ? board.y + crownHeight : lowerBoxTop, w: width, h: boxHeight)
            boxes.append(box)
            let top = inUpper ? board.y : bandTop + bandHeight
            columns.append(Rect(x: x, y: top, w: width, h: box.maxY - top))
        }
        let timelineTop = height - bottomMargin - timelineHeight
        return Placed(columns: columns,
                      crowns: boxes.map { crown(over: $0, height: crownHeight, inset: inset) },
                      boxes: boxes,
                      band: Rect(x: board.x, y: bandTop, w: board.w, h: bandHeight),
                      timeline: Rect(x: board.x, y: timelineTop, w: board.w, h: timelineHeight),
                      lanes: columns.map { Rect(x: $0.x, y: $0.maxY, w: $0.w, h: 0) },
                      boxType: type)
    }
}
