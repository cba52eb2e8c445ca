import Testing
@testable import GameCore

@Suite("Palettes: every text is readable on its background, and node colours survive colour-blindness")
struct PaletteTests {
    @Test("the contrast ratio is WCAG's: black on white is 21, a colour on itself is 1, and order does not matter")
    func contrastRatioMatchesWCAG() {
        let black = RGB(hex: 0x000000), white = RGB(hex: 0xffffff), grey = RGB(hex: 0x777777)
        #expect(abs(black.contrastRatio(with: white) - 21) < 1e-9)
        #expect(abs(grey.contrastRatio(with: grey) - 1) < 1e-9)
        #expect(grey.contrastRatio(with: white) == white.contrastRatio(with: grey))
        // #767676 is the well-known lightest grey that passes AA on white; #777777 just fails it.
        #expect(RGB(hex: 0x767676).contrastRatio(with: white) >= 4.5)
        #expect(grey.contrastRatio(with: white) < 4.5)
    }

    @Test("every text colour on its background has a contrast ratio of at least 4.5:1 (WCAG AA)",
          arguments: PaletteScheme.Name.allCases)
    func everyTextPairPassesAA(name: PaletteScheme.Name) {
        let scheme = PaletteScheme.named(name)
        #expect(scheme.textPairs.count >= 30)
        for pair in scheme.textPairs {
            let ratio = pair.text.contrastRatio(with: pair.background)
            #expect(ratio >= 4.5, "\(name): \(pair.name) is \(ratio):1")
        }
    }

    @Test("a lane's older lines fade only as far as 4.5:1 allows, in both palettes", arguments: PaletteScheme.Name.allCases)
    func fadedLaneLinesStayReadable(name: PaletteScheme.Name) {
        let scheme = PaletteScheme.named(name)
        var faded = 0
        for colour in scheme.nodes {
            let alpha = colour.readableAlpha(0.45, on: scheme.lane)
            #expect(alpha >= 0.45 && alpha <= 1)
            #expect(scheme.lane.mixed(with: colour, alpha).contrastRatio(with: scheme.lane) >= 4.5, "\(name): \(colour) at \(alpha)")
            if alpha > 0.45 { faded += 1 }
        }
        // The standard fade would have broken the rule for some colour: the floor really works.
        #expect(faded > 0)
        #expect(RGB(hex: 0xffffff).readableAlpha(0.6, on: RGB(hex: 0x000000)) == 0.6, "white at 60% on black reads well: no change")
    }

    @Test("the typical viewer's simulation leaves a colour unchanged")
    func typicalVisionIsIdentity() {
        for hex: UInt32 in [0xe74c3c, 0x2ecc71, 0x3498db, 0x000000, 0xffffff, 0x808080] {
            #expect(ColourVision.typical.simulate(RGB(hex: hex)) == RGB(hex: hex))
        }
    }

    @Test("the simulations merge what the deficiencies are known to merge")
    func simulationsMergeKnownConfusions() {
        // Red and green are the classic confusion of protanopes and deuteranopes, not of tritanopes.
        let red = RGB(hex: 0xd62728), green = RGB(hex: 0x2ca02c)
        let typical = ColourVision.typical.difference(red, green)
        #expect(ColourVision.deuteranopia.difference(red, green) < typical / 2)
        #expect(ColourVision.protanopia.difference(red, green) < typical / 2)
        #expect(ColourVision.tritanopia.difference(red, green) > typical / 2)
        // Greys are seen as greys by everyone.
        let grey = RGB(hex: 0x808080)
        for vision in ColourVision.allCases {
            let seen = vision.simulate(grey)
            #expect(abs(Int(seen.r) - Int(seen.g)) <= 2 && abs(Int(seen.g) - Int(seen.b)) <= 2, "\(vision)")
        }
    }

    @Test("the colour-blind palette keeps all five node colours plainly apart under every deficiency",
          arguments: ColourVision.allCases)
    func colorblindNodesStayDistinct(vision: ColourVision) {
        let nodes = PaletteScheme.colorblind.nodes
        #expect(nodes.count == 5)
        for a in nodes.indices {
            for b in nodes.indices where a < b {
                let difference = vision.difference(nodes[a], nodes[b])
                #expect(difference >= 30, "\(vision): \(NodeNames.title(a)) and \(NodeNames.title(b)) differ by only \(difference)")
            }
        }
    }

    @Test("the colour-blind palette separates node colours better than the standard one for the worst-off viewer")
    func colorblindBeatsStandard() {
        func worst(_ scheme: PaletteScheme) -> Double {
            var least = Double.infinity
            for vision in ColourVision.allCases {
                for a in scheme.nodes.indices {
                    for b in scheme.nodes.indices where a < b {
                        least = min(least, vision.difference(scheme.nodes[a], scheme.nodes[b]))
                    }
                }
            }
            return least
        }
        #expect(worst(.colorblind) > 2 * worst(.standard))
    }
}
