import Testing
@testable import GameCore

/// The space-time diagram wears the window's palette: the colour-blind one when it is chosen, never a set of
/// colours of its own.
@Suite("The diagram's colours")
struct DiagramPaletteTests {
    /// Every colour an SVG document names in a fill or stroke.
    static func colours(in svg: String) throws -> Set<String> {
        let elements = try #require(SVGElements.parse(svg))
        return Set(elements.flatMap { [$0.attributes["fill"], $0.attributes["stroke"]].compactMap { $0 } }
            .filter { $0.hasPrefix("#") })
    }

    static func fiveNodeRound() throws -> SpaceTimeDiagram {
        var history = GameHistory(config: GameConfig(seed: 3, nodeCount: 5))
        var adversary = RandomAdversary(seed: 3)
        let stretch = try history.playThrough(.round(2), player: &adversary)
        return history.diagram(from: stretch.start, to: stretch.end)
    }

    @Test("the diagram's node colours are the selected palette's", arguments: PaletteScheme.Name.allCases)
    func nodesFollowPalette(name: PaletteScheme.Name) {
        let scheme = PaletteScheme.named(name)
        let colours = DiagramPalette.named(name)
        #expect(colours.nodes == scheme.nodes.map(DiagramPalette.hex))
        for id in scheme.nodes.indices { #expect(colours.node(id) == DiagramPalette.hex(scheme.node(id))) }
    }

    @Test("each node's label colour reads on white at 4.5:1 or more", arguments: PaletteScheme.Name.allCases)
    func labelsReadOnWhite(name: PaletteScheme.Name) {
        for colour in PaletteScheme.named(name).nodes {
            let shade = DiagramPalette.readableOnWhite(colour)
            #expect(shade.contrastRatio(with: DiagramPalette.white) >= 4.5, "\(DiagramPalette.hex(colour))")
        }
    }

    @Test("an SVG drawn in the colour-blind palette uses its node colours and none of the standard ones")
    func colourBlindSVG() throws {
        let diagram = try Self.fiveNodeRound()
        let used = try Self.colours(in: SpaceTimeSVG.render(diagram, title: "colour-blind", palette: .colorblind))
        let colourBlind = DiagramPalette.named(.colorblind), standard = DiagramPalette.named(.standard)
        #expect(!used.isDisjoint(with: colourBlind.nodes), "some node colour of the colour-blind palette is drawn")
        #expect(used.isDisjoint(with: standard.nodes + standard.text), "no standard node colour: \(used.sorted())")
        let neutral: Set = [colourBlind.paper, colourBlind.ink, colourBlind.faint, colourBlind.grid, colourBlind.note,
                            colourBlind.axis, colourBlind.crown, colourBlind.crownEdge, colourBlind.refusal]
        #expect(used.isSubset(of: neutral.union(colourBlind.nodes).union(colourBlind.text)), "\(used.sorted())")
    }

    @Test("by default the SVG is drawn in the standard palette")
    func standardByDefault() throws {
        let diagram = try Self.fiveNodeRound()
        let used = try Self.colours(in: SpaceTimeSVG.render(diagram, title: "standard"))
        #expect(used.isDisjoint(with: DiagramPalette.named(.colorblind).nodes))
        #expect(!used.isDisjoint(with: DiagramPalette.named(.standard).nodes))
    }
}

@Suite("The diagram's node marks")
struct DiagramShapeTests {
    @Test("in the colour-blind palette each node's legend mark is its own shape, as its box in the window; in the standard one a dot")
    func shapesInColourBlindSVG() throws {
        var history = GameHistory(config: GameConfig(seed: 1, nodeCount: 5))
        history.advance(to: 20_000)
        let diagram = history.diagram(from: 0, to: 20_000)
        let blind = try #require(SVGElements.parse(SpaceTimeSVG.render(diagram, title: "cb", palette: .colorblind)))
        let shapes = blind.compactMap { $0.attributes["data-shape"] }
        #expect(shapes == PaletteScheme.nodeShapes)
        #expect(Set(blind.filter { $0.attributes["data-shape"] != nil }.map(\.name)) == ["circle", "rect", "polygon"])
        let standard = try #require(SVGElements.parse(SpaceTimeSVG.render(diagram, title: "std")))
        #expect(standard.allSatisfy { $0.attributes["data-shape"] == nil })
    }
}
