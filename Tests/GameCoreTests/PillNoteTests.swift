import Testing
@testable import GameCore

/// Toasts, the round banner and Show me's caption lie over the flight band: the pills make way, so no message
/// flies hidden under a note.
@Suite("Pills beside notes")
struct PillNoteTests {
    let band = Rect(x: 0, y: 100, w: 800, h: 200)

    @Test("a note in the upper half pushes the pills' top below it; one in the lower half pulls their bottom above it")
    func strips() {
        let top = Rect(x: 300, y: 105, w: 200, h: 40), bottom = Rect(x: 250, y: 240, w: 300, h: 40)
        let area = PillPlacer.area(band, clearOf: [top, bottom], gap: 4, pillHeight: 40)
        #expect(area.y == top.maxY + 4)
        #expect(area.maxY == bottom.y - 4)
        #expect(area.x == band.x && area.w == band.w)
        #expect(!area.intersects(top) && !area.intersects(bottom))
    }

    @Test("notes outside the band change nothing, and a band too short to keep a pill beside its notes keeps its whole area")
    func unchanged() {
        #expect(PillPlacer.area(band, clearOf: [Rect(x: 0, y: 400, w: 100, h: 40)], gap: 4, pillHeight: 40) == band)
        let tall = Rect(x: 0, y: 110, w: 800, h: 170)
        #expect(PillPlacer.area(band, clearOf: [tall], gap: 4, pillHeight: 40) == band)
        // A 30 px strip is room for small pills, not for lecture mode's 40 px ones.
        let low = Rect(x: 0, y: 136, w: 800, h: 160)
        #expect(PillPlacer.area(band, clearOf: [low], gap: 4, pillHeight: 24).h == 32)
        #expect(PillPlacer.area(band, clearOf: [low], gap: 4, pillHeight: 40) == band)
    }

    @Test("placed among notes, no pill covers a note or another pill", arguments: [3, 5])
    func placed(nodes: Int) {
        let layout = BoardLayout(width: 1280, height: 800, nodeCount: nodes, lecture: true)
        let band = layout.flightBand
        let toast = Rect(x: band.midX - 200, y: band.maxY - 70, w: 400, h: 44)
        let placer = PillPlacer(layout: layout, reservedBottom: 20, notes: [toast], measure: PillPlacerTests.measure)
        let plan = placer.place(PillPlacerTests.requests(8, layout: layout))
        #expect(!plan.pills.isEmpty)
        for (index, pill) in plan.pills.enumerated() {
            #expect(!pill.rect.intersects(toast), "\(pill.label) under the toast")
            for other in plan.pills[(index + 1)...] { #expect(!other.rect.intersects(pill.rect)) }
        }
    }
}
