import Testing
@testable import GameCore

/// A node's box holds its longest lines whole on the boards a lecture uses, five nodes included.
@Suite("Node box type")
struct NodeBoxTypeTests {
    /// DejaVu Sans runs at most about 0.6 em a character over a box's words ("voted purple@12" is 8.5 em).
    static func estimate(_ text: String, _ size: Double) -> Double {
        Double(text.count) * 0.6 * size
    }

    /// Lines as the box wraps them: at spaces, as many words on a line as fit.
    static func wrapped(_ text: String, width: Double, size: Double) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ").map(String.init) {
            if let last = lines.last, estimate(last + " " + word, size) <= width {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(word)
            }
        }
        return lines
    }

    static let boards: [(w: Int, h: Int, nodes: Int, zoom: Double, lecture: Bool)] = [
        (1920, 1080, 5, 1, true), (1280, 800, 5, 2, false), (1280, 800, 5, 1, true), (1280, 800, 3, 1, true),
    ]

    @Test("the longest detail lines fit the box on one line each", arguments: boards.indices)
    func detailFits(board: Int) {
        let b = Self.boards[board]
        let layout = BoardLayout(width: b.w, height: b.h, nodeCount: b.nodes, zoom: b.zoom, lecture: b.lecture)
        let type = NodeBoxType(layout: layout, measure: Self.estimate)
        for line in ["voted green@12", "promised b12"] + NodeBoxType.longestDetails {
            #expect(Self.estimate(line, type.detail) <= type.lineWidth, "\(line) at \(b)")
        }
        #expect(type.detail >= type.small * NodeBoxType.smallestDetailShare)
    }

    /// Five nodes only: there a leader's state goes under its big ballot number and takes the box's full width.
    @Test("a leader's state wraps onto two whole lines", arguments: boards.indices.filter { boards[$0].nodes == 5 })
    func stateWraps(board: Int) throws {
        let b = Self.boards[board]
        let layout = BoardLayout(width: b.w, height: b.h, nodeCount: b.nodes, zoom: b.zoom, lecture: b.lecture)
        let type = NodeBoxType(layout: layout, measure: Self.estimate)
        let lines = Self.wrapped("leader b12, purple", width: type.lineWidth, size: type.state)
        #expect(lines.count <= 2, "\(lines) at \(b)")
        let widest = try #require(lines.map { Self.estimate($0, type.state) }.max())
        #expect(widest <= type.lineWidth, "\(lines) at \(b)")
    }

    @Test("a box with room keeps the design's type; a narrow one never shrinks its detail below the floor")
    func shrinksOnlyWhenNarrow() {
        let roomy = NodeBoxType(layout: BoardLayout(width: 1280, height: 800, nodeCount: 3), measure: Self.estimate)
        #expect(roomy.scale == 1)
        #expect(roomy.detail == roomy.small)
        // Five nodes in one row, and a font twice as wide as DejaVu Sans: the longest detail would need type
        // far below the floor, so it stops there (and the box falls back to shorter words).
        let fiveInARow = BoardLayout(width: 1280, height: 800, nodeCount: 5)
        let tiny = NodeBoxType(layout: fiveInARow) { text, size in Double(text.count) * size }
        #expect(fiveInARow.upperRowCount == 5)
        #expect(tiny.detail == tiny.small * NodeBoxType.smallestDetailShare)
        // Lecture mode with zoom stands the five in two rows, whose boxes are wide enough for the detail.
        let crowded = BoardLayout(width: 1024, height: 640, nodeCount: 5, zoom: 2.5, lecture: true)
        let stacked = NodeBoxType(layout: crowded, measure: Self.estimate)
        #expect(stacked.scale < crowded.scale)
        #expect(stacked.detail > stacked.small * NodeBoxType.smallestDetailShare, "\(stacked.detail) px at \(stacked.small)")
    }
}
