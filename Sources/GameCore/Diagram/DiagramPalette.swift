/// The diagram's colours as SVG hex, taken from the window's palette so a slide matches the board: each node's
/// colour for lines and marks, and a darker shade of it for text on white (yellow text would not read).
public struct DiagramPalette: Sendable {
    public let nodes: [String]
    /// Each node's colour darkened just enough for text on white to reach WCAG's 4.5:1.
    public let text: [String]
    /// Each node's colour for arrows and lifelines: the node's own where it reaches 3:1 on white, else its text shade.
    public let lines: [String]
    public let ink = "#222222"
    /// A down node's broken lifeline: pale beside the live ones, yet at 3:1 on white so the dashes still show.
    public let faint = "#949494"
    public let grid = "#ececec"
    public let paper = "#ffffff"
    /// The title's second line and a lost crown's outline.
    public let note = "#555555"
    /// The time axis's numbers.
    public let axis = "#666666"
    /// A crown, in the window's gold, with a dark edge so it shows on white.
    public let crown: String
    public let crownEdge = "#7d6608"
    /// The cross of a refused action, in the window's crown-gem red (not a node's colour).
    public let refusal: String
    /// Whether each node's mark in the legend is its shape (circle, square, triangle, diamond, bar), as the
    /// window's boxes wear them in the colour-blind palette, rather than a dot of its colour alone.
    public let marksShapes: Bool

    public init(_ scheme: PaletteScheme) {
        nodes = scheme.nodes.map(Self.hex)
        text = scheme.nodes.map { Self.hex(Self.readableOnWhite($0)) }
        lines = scheme.nodes.map { Self.hex(DiagramContrast.lineOnWhite($0)) }
        crown = Self.hex(scheme.gold)
        refusal = Self.hex(scheme.gem)
        marksShapes = scheme.name == .colorblind
    }

    public static func named(_ name: PaletteScheme.Name) -> DiagramPalette { DiagramPalette(PaletteScheme.named(name)) }

    public func node(_ node: NodeID) -> String { nodes[node % nodes.count] }
    public func text(_ node: NodeID) -> String { text[node % text.count] }
    public func line(_ node: NodeID) -> String { lines[node % lines.count] }

    /// The paper the diagram is drawn on.
    public static let white = RGB(hex: 0xffffff)

    /// The colour mixed toward black in small steps until text in it reads on white.
    static func readableOnWhite(_ colour: RGB) -> RGB {
        var amount = 0.0
        var shade = colour
        while shade.contrastRatio(with: white) < 4.5, amount < 1 {
            amount += 0.04
            shade = colour.mixed(with: RGB(hex: 0x000000), min(1, amount))
        }
        return shade
    }

    static func hex(_ colour: RGB) -> String {
        let digits = String(colour.hex, radix: 16)
        return "#" + String(repeating: "0", count: 6 - digits.count) + digits
    }
}
