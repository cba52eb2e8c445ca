import Testing
import GameCore

@Suite("The label placer: pinned words stay uncovered, and words may keep off lines")
struct LabelPlacerTests {
    static func box(_ x: Double, _ y: Double) -> LabelBox { LabelBox(minX: x, minY: y, width: 40, height: 20) }

    @Test("a line crosses a box it passes through, and not one it passes by")
    func crossing() {
        let box = Self.box(0, 0)
        #expect(box.isCrossed(by: LabelLine(from: (-10, 10), to: (50, 10))))
        #expect(box.isCrossed(by: LabelLine(from: (-10, -10), to: (50, 30))))
        #expect(box.isCrossed(by: LabelLine(from: (5, 5), to: (6, 6))), "wholly inside")
        #expect(!box.isCrossed(by: LabelLine(from: (-10, 30), to: (50, 30))), "below")
        #expect(!box.isCrossed(by: LabelLine(from: (-30, 0), to: (-5, 25))), "ends before it")
        #expect(!box.isCrossed(by: LabelLine(from: (60, -10), to: (90, 40))), "to its right")
    }

    @Test("with offLines, the first candidate no line crosses wins over an earlier crossed one")
    func keepsOffLines() {
        var placer = LabelPlacer()
        placer.reserveLine(LabelLine(from: (-100, 10), to: (100, 10)))
        let placed = placer.place([Self.box(0, 0), Self.box(0, 30)], offLines: true)
        #expect(placed == Self.box(0, 30))
    }

    @Test("where every candidate is crossed, one across an arrow beats an earlier one across a lifeline")
    func lifelinesWeighMore() {
        var placer = LabelPlacer()
        placer.reserveLine(LabelLine(from: (20, -100), to: (20, 100)), weight: LabelPlacer.lifelineWeight)
        placer.reserveLine(LabelLine(from: (60, 10), to: (160, 10)))
        let acrossLifeline = Self.box(0, 0), acrossArrow = Self.box(100, 0)
        #expect(placer.place([acrossLifeline, acrossArrow], offLines: true) == acrossArrow)
        // Two arrows weigh as much as a lifeline: then the earlier candidate keeps its place.
        var even = LabelPlacer()
        even.reserveLine(LabelLine(from: (20, -100), to: (20, 100)), weight: LabelPlacer.lifelineWeight)
        even.reserveLine(LabelLine(from: (60, 10), to: (160, 10)))
        even.reserveLine(LabelLine(from: (60, 5), to: (160, 5)))
        #expect(even.place([acrossLifeline, acrossArrow], offLines: true) == acrossLifeline)
    }

    @Test("without offLines, lines do not matter: the first free candidate wins")
    func ignoresLinesUnlessAsked() {
        var placer = LabelPlacer()
        placer.reserveLine(LabelLine(from: (-100, 10), to: (100, 10)))
        #expect(placer.place([Self.box(0, 0), Self.box(0, 30)]) == Self.box(0, 0))
    }

    @Test("covering a box beats sitting on a line: words crossed by a line are better than words on words")
    func boxesBeforeLines() {
        var placer = LabelPlacer()
        placer.reserve(Self.box(0, 30))
        placer.reserveLine(LabelLine(from: (-100, 10), to: (100, 10)))
        #expect(placer.place([Self.box(0, 30), Self.box(0, 0)], offLines: true) == Self.box(0, 0))
    }

    @Test("when every spot is covered, a label covers an unpinned box rather than a pinned one")
    func pinnedStayUncovered() {
        var placer = LabelPlacer()
        placer.reserve(Self.box(0, 0), pinned: true)
        placer.reserve(Self.box(0, 30))
        #expect(placer.place([Self.box(5, 0), Self.box(5, 30)]) == Self.box(5, 30))
        #expect(placer.freeSpot([Self.box(5, 0), Self.box(5, 30)]) == nil)
    }

    @Test("a mark's spots alternate right and left of the lifeline, a line lower each time, within the edges")
    func markSpots() throws {
        let spots = MarkWordSpots(x: 100, y: 50, gap: 10, width: 60, height: 20, rowStep: 22, minX: 0, maxX: 400)
        let first = spots.candidates.prefix(4).map { ($0.minX, $0.midY) }
        #expect(first.map(\.0) == [110, 30, 110, 30])
        #expect(first.map(\.1) == [50, 50, 72, 72])
        #expect(spots.leader(to: spots.candidates[0]) == nil)
        let lower = spots.candidates[3]
        let leader = try #require(spots.leader(to: lower))
        #expect(leader.end.x == lower.maxX && leader.end.y == lower.midY)
        let atEdge = MarkWordSpots(x: 40, y: 50, gap: 10, width: 60, height: 20, rowStep: 22, minX: 0, maxX: 400)
        #expect(atEdge.candidates.allSatisfy { $0.minX >= 0 }, "no spot off the left edge")
    }

    @Test("words too wide for either side go a line below, across the lifeline, within the edges, tied by a leader")
    func wideWordsGoAcross() throws {
        let spots = MarkWordSpots(x: 100, y: 50, gap: 10, width: 150, height: 20, rowStep: 22, minX: 0, maxX: 200)
        #expect(spots.candidates.isEmpty, "neither side has room")
        let first = try #require(spots.across.first)
        #expect(first.minX == 25 && first.midY == 72)
        let atEdge = MarkWordSpots(x: 30, y: 50, gap: 10, width: 150, height: 20, rowStep: 22, minX: 0, maxX: 200)
        #expect(atEdge.across.allSatisfy { $0.minX == 0 }, "slid right to stay within the left edge")
        let leader = try #require(spots.leader(to: first))
        #expect(leader.start.x == 100 && leader.end.x == 100 && leader.end.y == first.minY)
        let tooWide = MarkWordSpots(x: 100, y: 50, gap: 10, width: 250, height: 20, rowStep: 22, minX: 0, maxX: 200)
        #expect(tooWide.across.isEmpty)
    }
}
