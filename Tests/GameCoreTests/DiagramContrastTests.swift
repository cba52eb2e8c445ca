import Testing
@testable import GameCore

/// Every arrow, lifeline and label of the diagram stands out at 3:1 or more from what it is drawn on, in both
/// palettes: white paper in the SVG, the dark board in the window.
@Suite("The diagram's contrast")
struct DiagramContrastTests {
    static func nodes(_ name: PaletteScheme.Name) -> [(NodeID, RGB)] {
        Array(PaletteScheme.named(name).nodes.enumerated())
    }

    @Test("in the SVG each node's arrows and lifeline reach 3:1 on white, and its labels 4.5:1",
          arguments: PaletteScheme.Name.allCases)
    func svgLinesOnWhite(name: PaletteScheme.Name) {
        let colours = DiagramPalette.named(name)
        for (id, _) in Self.nodes(name) {
            let line = RGB(hex: UInt32(colours.line(id).dropFirst(), radix: 16) ?? 0xffffff)
            let text = RGB(hex: UInt32(colours.text(id).dropFirst(), radix: 16) ?? 0xffffff)
            #expect(line.contrastRatio(with: DiagramPalette.white) >= 3, "\(name) \(NodeNames.title(id)): \(colours.line(id))")
            #expect(text.contrastRatio(with: DiagramPalette.white) >= 4.5, "\(name) \(NodeNames.title(id)): \(colours.text(id))")
        }
    }

    @Test("a node colour that already stands out on white keeps it; a pale one darkens to its labels' shade",
          arguments: PaletteScheme.Name.allCases)
    func svgLinesKeepIdentity(name: PaletteScheme.Name) {
        let colours = DiagramPalette.named(name)
        for (id, colour) in Self.nodes(name) {
            let own = colour.contrastRatio(with: DiagramPalette.white) >= 3
            #expect(colours.line(id) == (own ? colours.node(id) : colours.text(id)), "\(name) \(NodeNames.title(id))")
        }
    }

    @Test("the colour-blind palette's mint arrows, faint on white, are drawn darker in the SVG")
    func mintDarkens() throws {
        let colours = DiagramPalette.named(.colorblind)
        let mint = try #require(PaletteScheme.colorblind.nodes.firstIndex(of: RGB(hex: 0x4cffc0)))
        #expect(colours.line(mint) != colours.node(mint))
    }

    @Test("every arrow and lifeline an SVG draws is in a colour reaching 3:1 on white", arguments: PaletteScheme.Name.allCases)
    func svgArrowsDrawn(name: PaletteScheme.Name) throws {
        let diagram = try DiagramWordPlacementTests.diagram(.raft, seed: 2, nodes: 5)
        let elements = try #require(SVGElements.parse(SpaceTimeSVG.render(diagram, title: "contrast", palette: name)))
        // The time axis's faint rules are paper texture, not arrows.
        let strokes = elements.filter { $0.name == "line" }.compactMap { $0.attributes["stroke"] }
            .filter { $0 != DiagramPalette.named(name).grid }
        try #require(!strokes.isEmpty)
        for stroke in Set(strokes) {
            let colour = RGB(hex: UInt32(stroke.dropFirst(), radix: 16) ?? 0xffffff)
            #expect(colour.contrastRatio(with: DiagramPalette.white) >= 3, "\(name): \(stroke)")
        }
    }

    @Test("in the window each node's arrows, faded arrows, lifeline and labels reach 3:1 on the board",
          arguments: PaletteScheme.Name.allCases)
    func windowOnBoard(name: PaletteScheme.Name) {
        let scheme = PaletteScheme.named(name)
        for (id, colour) in Self.nodes(name) {
            let who = "\(name) \(NodeNames.title(id))"
            #expect(colour.contrastRatio(with: scheme.background) >= 3, "\(who) at full strength")
            for wanted in [DiagramContrast.fadedAlpha, DiagramContrast.lifelineAlpha] {
                let alpha = DiagramContrast.windowAlpha(colour, wanted: wanted, in: scheme)
                #expect(alpha >= wanted)
                #expect(scheme.background.mixed(with: colour, alpha).contrastRatio(with: scheme.background) >= 3,
                        "\(who) at alpha \(alpha)")
                #expect(DiagramContrast.labelContrast(colour, alpha: alpha, in: scheme) >= 3, "\(who)'s label at alpha \(alpha)")
            }
            #expect(DiagramContrast.labelContrast(colour, alpha: 1, in: scheme) >= 3, "\(who)'s label")
        }
    }

    @Test("in the window a mark's words and a faded lost cross reach 3:1", arguments: PaletteScheme.Name.allCases)
    func windowMarks(name: PaletteScheme.Name) {
        let scheme = PaletteScheme.named(name)
        for (word, colour) in [("text", scheme.text), ("gold", scheme.gold), ("bad", scheme.bad), ("good", scheme.good)] {
            #expect(DiagramContrast.labelContrast(colour, alpha: 1, in: scheme) >= 3, "\(name): \(word) on a mark's card")
        }
        let alpha = DiagramContrast.windowAlpha(scheme.bad, wanted: DiagramContrast.fadedAlpha, in: scheme)
        #expect(scheme.background.mixed(with: scheme.bad, alpha).contrastRatio(with: scheme.background) >= 3, "\(name)")
    }
}
