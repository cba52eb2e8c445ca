import Testing
@testable import GameCore

@Suite("Fill columns")
struct FillColumnsTests {
    /// Every x and width a window can ask for, near column boundaries and off the surface's left edge.
    static let cases: [(x: Int, w: Int)] = (-40...40).flatMap { x in [1, 2, 15, 16, 17, 25, 31, 32, 33, 47, 64, 191, 241, 1000].map { (x, $0) } }

    @Test("the spans cover the columns once, left to right")
    func coverage() {
        for (x, w) in Self.cases {
            let spans = FillColumns.spans(x: x, w: w)
            var next = x
            for span in spans {
                #expect(span.x == next, "x \(x) w \(w): a gap or an overlap at \(span.x)")
                #expect(span.w > 0, "x \(x) w \(w): an empty span")
                next = span.x + span.w
            }
            #expect(next == x + w, "x \(x) w \(w): the spans end at \(next)")
        }
    }

    @Test("a span 16 pixels wide or more starts and ends on a 16-pixel column; the rest are narrower")
    func alignment() {
        for (x, w) in Self.cases {
            let spans = FillColumns.spans(x: x, w: w)
            #expect(spans.count <= 3)
            for span in spans where span.w >= FillColumns.lineWidth {
                #expect(span.x.isMultiple(of: 16) && span.w.isMultiple(of: 16), "x \(x) w \(w): span \(span)")
            }
            let wide = spans.filter { $0.w >= FillColumns.lineWidth }
            #expect(wide.count <= 1, "x \(x) w \(w): more than one middle")
        }
    }

    @Test("an aligned fill stays whole, an empty one gives nothing")
    func wholeAndEmpty() {
        let whole = FillColumns.spans(x: 96, w: 240)
        #expect(whole.count == 1 && whole[0].x == 96 && whole[0].w == 240)
        #expect(FillColumns.spans(x: 5, w: 0).isEmpty)
        #expect(FillColumns.spans(x: 5, w: -3).isEmpty)
    }
}
