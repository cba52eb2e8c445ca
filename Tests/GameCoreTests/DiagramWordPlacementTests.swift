import Testing
@testable import GameCore

/// A mark's words (a crown's "leads term 2 with green", a refusal's reason) never cover an arrow's label or
/// another mark's words, and keep off the arrows where any spot nearby is free of them.
@Suite("Where the diagram's words go")
struct DiagramWordPlacementTests {
    enum Played: String, CaseIterable, CustomTestStringConvertible {
        case paxos, raft
        var testDescription: String { rawValue }
    }

    /// A round of a seeded game against the random adversary (the adversary's faults crowd the lifelines).
    static func diagram(_ played: Played, seed: UInt64, nodes: Int, round: Int = 2) throws -> SpaceTimeDiagram {
        var adversary = RandomAdversary(seed: seed)
        switch played {
        case .paxos:
            var history = GameHistory(config: GameConfig(seed: seed, nodeCount: nodes))
            let stretch = try history.playThrough(.round(round), player: &adversary)
            return history.diagram(from: stretch.start, to: stretch.end)
        case .raft:
            var history = RaftHistory(config: GameSetup<Raft>(seed: seed, nodeCount: nodes))
            let stretch = try history.playThrough(.round(round), player: &adversary)
            return history.diagram(from: stretch.start, to: stretch.end)
        }
    }

    static func layout(_ diagram: SpaceTimeDiagram) -> DiagramWordLayout {
        DiagramWordLayout(diagram, geometry: DiagramGeometry(diagram))
    }

    static let games: [(Played, UInt64, Int)] = Played.allCases.flatMap { played in
        [3, 5].flatMap { nodes in (1...6).map { (played, UInt64($0), nodes) } }
    }

    @Test("no mark's words cover an arrow's label or another mark's words", arguments: games)
    func marksCoverNoWords(played: Played, seed: UInt64, nodes: Int) throws {
        let diagram = try Self.diagram(played, seed: seed, nodes: nodes)
        let layout = Self.layout(diagram)
        try #require(!layout.marks.isEmpty, "\(played) seed \(seed) with \(nodes) nodes has marks")
        for (index, mark) in layout.marks.enumerated() {
            for other in layout.marks[(index + 1)...] {
                #expect(mark.box.overlap(other.box) == 0,
                        "\(played) seed \(seed), \(nodes) nodes: \"\(mark.text)\" covers \"\(other.text)\"")
            }
            for (label, message) in zip(layout.labels, diagram.messages) {
                #expect(mark.box.overlap(label) == 0,
                        "\(played) seed \(seed), \(nodes) nodes: \"\(mark.text)\" covers the label \(message.label)")
            }
        }
    }

    @Test("a mark's words stay within a few lines below its moment, on either side of its lifeline", arguments: games)
    func marksStayNearTheirMoment(played: Played, seed: UInt64, nodes: Int) throws {
        let diagram = try Self.diagram(played, seed: seed, nodes: nodes)
        let geometry = DiagramGeometry(diagram)
        for mark in Self.layout(diagram).marks {
            let lowest = Double(MarkWordSpots.rows - 1) * (DiagramWordLayout.markHeight + 2)
            #expect(mark.box.midY >= mark.y - 0.5 && mark.box.midY <= mark.y + lowest + 0.5, "\(played) seed \(seed): \(mark.text)")
            let lifeline = geometry.x(mark.node)
            #expect(mark.box.minX > lifeline || mark.box.maxX < lifeline, "\(played) seed \(seed): \(mark.text) straddles its lifeline")
            #expect((mark.leader == nil) == (abs(mark.box.midY - mark.y) < 0.5), "\(played) seed \(seed): \(mark.text)")
        }
    }

    /// With five nodes the leader's arrows fan out on both sides every second, so no near spot may be clear of
    /// them; with three there is always one.
    @Test("mark words keep off every arrow in a fault-free three-node round, and words moved off their moment get a leader line",
          arguments: Played.allCases, [3])
    func faultFreeMarksOffArrows(played: Played, nodes: Int) throws {
        var history = RaftHistory(config: GameSetup<Raft>(seed: 1, nodeCount: nodes))
        var paxos = GameHistory(config: GameConfig(seed: 1, nodeCount: nodes))
        var idle = IdlePlayer()
        let diagram: SpaceTimeDiagram
        switch played {
        case .raft:
            let stretch = try history.playThrough(.round(1), player: &idle)
            diagram = history.diagram(from: stretch.start, to: stretch.end)
        case .paxos:
            let stretch = try paxos.playThrough(.round(1), player: &idle)
            diagram = paxos.diagram(from: stretch.start, to: stretch.end)
        }
        let geometry = DiagramGeometry(diagram)
        let layout = Self.layout(diagram)
        let arrows = diagram.messages.map { geometry.arrow(of: $0, in: diagram) }.map { LabelLine(from: $0.start, to: $0.end) }
        let crown = try #require(layout.marks.first { if case .crownGained = $0.kind { true } else { false } })
        for mark in layout.marks {
            #expect(!arrows.contains(where: mark.box.isCrossed), "\(played), \(nodes) nodes: an arrow runs through \"\(mark.text)\"")
        }
        // The leader's answers arrive just as it takes the crown, so the spot beside the crown is on an arrow.
        let besideCrown = LabelBox(minX: geometry.x(crown.node) + 16, minY: crown.y - DiagramWordLayout.markHeight / 2,
                                   width: crown.box.maxX - crown.box.minX, height: DiagramWordLayout.markHeight)
        try #require(arrows.contains(where: besideCrown.isCrossed), "\(played), \(nodes) nodes: an arrow passes beside the crown")
        #expect(crown.leader != nil, "\(played), \(nodes) nodes: the crown's words moved and are tied to it")
    }

    @Test("the SVG writes each mark's words where the layout put them")
    func svgFollowsLayout() throws {
        let diagram = try Self.diagram(.raft, seed: 2, nodes: 5)
        let layout = Self.layout(diagram)
        let elements = try #require(SVGElements.parse(SpaceTimeSVG.render(diagram, title: "words")))
        let written = elements.filter { $0.attributes["class"] == "mark" }.compactMap { $0.attributes["x"].flatMap(Double.init) }
        #expect(written == layout.marks.map { SVGBuilder.number($0.box.minX + 3) }.compactMap(Double.init))
        let leaders = elements.filter { $0.attributes["class"] == "mark-leader" }.count
        #expect(leaders == layout.marks.filter { $0.leader != nil }.count)
    }
}
