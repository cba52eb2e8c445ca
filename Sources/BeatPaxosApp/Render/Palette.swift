import GameCore
import Session

/// The game's colours: a view of the chosen `PaletteScheme` (GameCore holds the colours and the tests of their
/// contrast); the window switches it at run time with C or `--palette`.
enum Palette {
    /// The scheme drawn with. Only the main thread draws, so one shared value is safe.
    nonisolated(unsafe) static var scheme = PaletteScheme.standard {
        didSet { nodes = scheme.nodes.map(Color.init) }
    }

    nonisolated(unsafe) private(set) static var nodes: [Color] = PaletteScheme.standard.nodes.map(Color.init)
    static var background: Color { Color(scheme.background) }
    static var headerBar: Color { Color(scheme.headerBar) }
    static var pane: Color { Color(scheme.pane) }
    static var card: Color { Color(scheme.card) }
    static var text: Color { Color(scheme.text) }
    static var dim: Color { Color(scheme.dim) }
    static var ink: Color { Color(scheme.ink) }
    static var gold: Color { Color(scheme.gold) }
    static var gem: Color { Color(scheme.gem) }
    static var down: Color { Color(scheme.down) }
    static var held: Color { Color(scheme.held) }
    static var good: Color { Color(scheme.good) }
    static var bad: Color { Color(scheme.bad) }

    /// Whether node boxes wear shapes besides colours (the colour-blind scheme).
    static var marksShapes: Bool { scheme.name == .colorblind }

    static func use(_ name: PaletteScheme.Name) {
        if scheme.name != name { scheme = PaletteScheme.named(name) }
    }

    static func node(_ id: NodeID) -> Color { nodes.indices.contains(id) ? nodes[id] : dim }

    /// A node's log lines on the pane: its colour lightened so it reads there.
    static func logText(_ id: NodeID) -> Color { Color(scheme.logText(for: id)) }

    /// A message's colour: the colour of its ballot's owner, not of its sender.
    static func message<P: Playable>(_ message: P.Message, rules: P.Rules, as _: P.Type) -> Color {
        node(P.colourOwner(message, rules: rules))
    }
}

extension Color {
    init(_ rgb: RGB) { self.init(r: rgb.r, g: rgb.g, b: rgb.b) }
}
