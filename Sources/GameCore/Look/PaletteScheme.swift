/// One of the game's two sets of colours, and every text-on-background pair it draws.
///
/// The app draws only with these colours, so the pairs below are what a test can hold to WCAG's 4.5:1.
public struct PaletteScheme: Sendable {
    public enum Name: String, CaseIterable, Sendable {
        /// Red, green, blue, yellow, purple, as the node names say.
        case standard
        /// Chosen so that the five node colours stay far apart under protanopia, deuteranopia and tritanopia.
        case colorblind
    }

    public let name: Name
    /// The shapes nodes wear in the colour-blind palette, in id order (boxes in the window, the SVG's legend).
    public static let nodeShapes = ["circle", "square", "triangle", "diamond", "bar"]
    /// Node colours in id order; node names stay Red, Green, Blue, Yellow, Purple in both schemes.
    public let nodes: [RGB]
    public let background: RGB
    public let headerBar: RGB
    public let pane: RGB
    public let card: RGB
    public let text: RGB
    public let dim: RGB
    /// Dark text drawn on node colours, gold and the held orange.
    public let ink: RGB
    public let gold: RGB
    public let gem: RGB
    public let down: RGB
    public let held: RGB
    public let good: RGB
    public let bad: RGB

    public static let standard = PaletteScheme(
        name: .standard,
        nodes: [RGB(hex: 0xe74c3c), RGB(hex: 0x2ecc71), RGB(hex: 0x3498db), RGB(hex: 0xf1c40f), RGB(hex: 0xb57edc)])

    public static let colorblind = PaletteScheme(
        name: .colorblind,
        nodes: [RGB(hex: 0xe76644), RGB(hex: 0x4cffc0), RGB(hex: 0x6494a8), RGB(hex: 0xf1ea2b), RGB(hex: 0xd74bff)])

    public static func named(_ name: Name) -> PaletteScheme {
        switch name {
        case .standard: return standard
        case .colorblind: return colorblind
        }
    }

    init(name: Name, nodes: [RGB]) {
        self.name = name
        self.nodes = nodes
        background = RGB(hex: 0x161b22)
        headerBar = RGB(hex: 0x0d1117)
        pane = RGB(hex: 0x1f2630)
        card = RGB(hex: 0x242c38)
        text = RGB(hex: 0xf0f3f6)
        dim = RGB(hex: 0xb4bcc6)
        ink = RGB(hex: 0x10141a)
        gold = RGB(hex: 0xffc93c)
        gem = RGB(hex: 0xc0392b)
        down = RGB(hex: 0x353a42)
        held = RGB(hex: 0xff9f1c)
        good = RGB(hex: 0x2ecc71)
        bad = RGB(hex: 0xff6b64)
    }

    public func node(_ id: NodeID) -> RGB { nodes.indices.contains(id) ? nodes[id] : dim }

    /// Behind a node's lane of sent messages: a shade darker than the board (a lighter one
    /// would take the red entries below 4.5:1).
    public var lane: RGB { background.mixed(with: headerBar, 0.6) }

    /// A log line about a node: its colour lightened toward the text colour, so it reads on the pane.
    public func logText(for node: NodeID) -> RGB { self.node(node).mixed(with: text, 0.35) }

    /// Every pair of text colour and the background it is drawn on, named for a failing test's message.
    public var textPairs: [(name: String, text: RGB, background: RGB)] {
        var pairs: [(String, RGB, RGB)] = []
        let surfaces = [("background", background), ("header", headerBar), ("pane", pane), ("card", card)]
        let inks = [("text", text), ("dim", dim), ("gold", gold), ("held", held), ("good", good), ("bad", bad)]
        for (surfaceName, surface) in surfaces {
            for (inkName, colour) in inks { pairs.append(("\(inkName) on \(surfaceName)", colour, surface)) }
        }
        for id in nodes.indices {
            let title = NodeNames.title(id)
            pairs.append(("ink on \(title)'s box", ink, nodes[id]))
            pairs.append(("\(title) on the board (lanes, legend)", nodes[id], background))
            pairs.append(("\(title)'s log lines on the pane", logText(for: id), pane))
            pairs.append(("\(title)'s lane entries", nodes[id], lane))
        }
        // A down node's name is drawn in text colour: node colours are too dark on the down grey.
        pairs.append(("dim on a lane", dim, lane))
        pairs.append(("text on a down box", text, down))
        pairs.append(("dim on a down box", dim, down))
        pairs.append(("held on ink (HELD badge)", held, ink))
        pairs.append(("ink on gold (crown)", ink, gold))
        return pairs
    }
}
