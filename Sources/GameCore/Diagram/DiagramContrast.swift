/// How the diagram keeps its arrows, lifelines and labels visible against what they are drawn on: WCAG's 3:1 for
/// graphics, on the SVG's white paper and on the window's dark board alike.
public enum DiagramContrast {
    public static let lineRatio = 3.0
    /// How opaque an arrow that landed a while ago would like to be, so the ones in flight stand out.
    public static let fadedAlpha = 0.5
    /// How opaque a lifeline would like to be, a step behind the arrows.
    public static let lifelineAlpha = 0.75

    /// A node's colour for lines on white: its own where it already stands out, else its text shade, so a pale
    /// colour (yellow, the colour-blind mint) darkens to the very shade its labels wear and arrow and label match.
    static func lineOnWhite(_ colour: RGB) -> RGB {
        colour.contrastRatio(with: DiagramPalette.white) >= lineRatio ? colour : DiagramPalette.readableOnWhite(colour)
    }

    /// The least alpha from `wanted` up at which `colour` drawn over the window's board still stands out from it,
    /// and, for an arrow's label (a sprite drawn with that alpha), from the label's own dark card.
    public static func windowAlpha(_ colour: RGB, wanted: Double, in scheme: PaletteScheme) -> Double {
        var alpha = colour.readableAlpha(wanted, on: scheme.background, ratio: lineRatio)
        while alpha < 1, labelContrast(colour, alpha: alpha, in: scheme) < lineRatio { alpha = min(1, alpha + 0.05) }
        return alpha
    }

    /// The contrast of a label's words against its card (ink at 0.85), the whole sprite drawn at `alpha` on the board.
    public static func labelContrast(_ colour: RGB, alpha: Double, in scheme: PaletteScheme) -> Double {
        let board = scheme.background
        let card = board.mixed(with: board.mixed(with: scheme.ink, labelCardAlpha), alpha)
        return board.mixed(with: colour, alpha).contrastRatio(with: card)
    }

    /// How opaque the dark card behind a label in the window is.
    public static let labelCardAlpha = 0.85
}
