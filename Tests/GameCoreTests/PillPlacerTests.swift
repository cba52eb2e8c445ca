import Testing
@testable import GameCore

/// A crowded flight band: however many messages fly, no pill covers another, and every message is accounted for.
@Suite("Pill placement")
struct PillPlacerTests {
    /// The boards a lecture shows: 1280x800, 1920x1080, and zoom 2 at 1280x800, all in lecture mode.
    static let boards: [(w: Int, h: Int, zoom: Double)] = [(1280, 800, 1), (1920, 1080, 1), (1280, 800, 2)]

    /// DejaVu Sans Bold's widest labels run about 0.7 em a character; the pill adds the board's padding.
    static func measure(_ label: String, _ size: Double) -> (w: Double, h: Double) {
        (Double(label.count) * 0.7 * size + 1.2 * size, 1.17 * size + 0.4 * size)
    }

    /// `count` messages spread over every path and kind, each part-way along its arc, like `screenshot --messages`.
    static func requests(_ count: Int, layout: BoardLayout) -> [PillRequest] {
        let nodes = layout.nodeCount
        let rules = ProtocolRules(nodeCount: nodes)
        return (0..<count).map { index in
            let from = index % nodes, hop = (index / nodes) % (nodes - 1) + 1
            let message = Message(kind: MessageKind.allCases[index % 5], from: from, to: (from + hop) % nodes,
                                  ballot: index % 9 + 1, value: index % nodes)
            let point = layout.flightPoint(from: message.from, to: message.to, progress: Double(index % 7) / 6)
            return PillRequest(from: message.from, to: message.to, x: point.x, y: point.y,
                               labels: MessageCue.pillLabels(message, rules: rules))
        }
    }

    static func plan(_ count: Int, nodes: Int, board: (w: Int, h: Int, zoom: Double)) -> (PillPlan, PillPlacer) {
        let layout = BoardLayout(width: board.w, height: board.h, nodeCount: nodes, zoom: board.zoom, lecture: true)
        let placer = PillPlacer(layout: layout, reservedBottom: 20 * layout.scale, measure: measure)
        return (placer.place(requests(count, layout: layout)), placer)
    }

    @Test("no two pills overlap, all lie in the band, and lecture pills stay at least 40 px tall",
          arguments: [30, 60], [3, 5])
    func noOverlap(count: Int, nodes: Int) {
        for board in Self.boards {
            let (plan, placer) = Self.plan(count, nodes: nodes, board: board)
            let pills = plan.pills
            for i in pills.indices {
                #expect(placer.area.encloses(pills[i].rect), "\(pills[i].label) leaves the band at \(board)")
                #expect(pills[i].rect.h >= PillPlacer.lectureMinimumHeight, "\(pills[i].label) at \(board)")
                for j in pills.indices where j > i {
                    #expect(!pills[i].rect.intersects(pills[j].rect),
                            "\(pills[i].label) covers \(pills[j].label) with \(count) messages at \(nodes) nodes, \(board)")
                }
            }
        }
    }

    @Test("every message is in exactly one pill or counted as hidden", arguments: [30, 60], [3, 5])
    func everyMessageAccounted(count: Int, nodes: Int) {
        for board in Self.boards {
            let (plan, _) = Self.plan(count, nodes: nodes, board: board)
            let drawn = plan.pills.flatMap(\.members) + plan.hidden
            #expect(drawn.sorted() == Array(0..<count), "at \(board)")
        }
    }

    @Test("at 3 nodes 30 messages all find room")
    func thirtyAllShownAtThree() {
        for board in Self.boards {
            let (plan, _) = Self.plan(30, nodes: 3, board: board)
            #expect(plan.hidden.isEmpty, "\(plan.hidden.count) hidden, \(plan.pills.count) pills at \(board)")
        }
    }

    /// Five nodes have 20 paths, more folded pills than a lecture band holds at 1280x800: the rest are counted
    /// on the board, never drawn over each other. In lecture mode five nodes stand in two rows, which leave the
    /// band less height (their boxes' type is what a hall must read), so up to half of a crowd of 30 may be left
    /// out; a round's usual traffic (a broadcast to four nodes and its four replies, and a few more) all shows.
    @Test("at 5 nodes in lecture mode at most half of 30 messages are left out, and none of 12 without zoom")
    func thirtyMostlyShownAtFive() {
        for board in Self.boards {
            let (crowd, _) = Self.plan(30, nodes: 5, board: board)
            #expect(crowd.hidden.count <= 30 / 2, "\(crowd.hidden.count) hidden, \(crowd.pills.count) pills at \(board)")
        }
        // Zoom 2 on top of lecture mode makes pills of 56 px type at 1280x800: fewer rows fit there.
        for board in Self.boards where board.zoom == 1 {
            let (round, _) = Self.plan(12, nodes: 5, board: board)
            #expect(round.hidden.isEmpty, "\(round.hidden.count) of 12 hidden at \(board)")
        }
    }

    @Test("a quiet band keeps each pill whole, centred on its own point")
    func quietBandUntouched() throws {
        let layout = BoardLayout(width: 1280, height: 800, nodeCount: 3, lecture: true)
        let placer = PillPlacer(layout: layout, reservedBottom: 20, measure: Self.measure)
        let requests = Self.requests(1, layout: layout)
        let pill = try #require(placer.place(requests).pills.first)
        #expect(pill.label == requests[0].labels[0])
        #expect(abs(pill.rect.midY - requests[0].y) < 1e-9)
    }

    @Test("a path folded into one pill says how many more it carries")
    func foldedPathCounts() {
        let layout = BoardLayout(width: 1280, height: 800, nodeCount: 3, lecture: true)
        let placer = PillPlacer(layout: layout, reservedBottom: 20, measure: Self.measure)
        let point = layout.flightPoint(from: 0, to: 1, progress: 0.5)
        let message = Message(kind: .p2a, from: 0, to: 1, ballot: 1, value: 0)
        let labels = MessageCue.pillLabels(message, rules: ProtocolRules(nodeCount: 3))
        let requests = (0..<40).map { _ in PillRequest(from: 0, to: 1, x: point.x, y: point.y, labels: labels) }
        let plan = placer.place(requests)
        #expect(plan.pills.count == 1)
        #expect(plan.pills.first?.label == "R·p2a→G +39")
    }
}
