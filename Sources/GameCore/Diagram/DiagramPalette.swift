/// The game's node colours as SVG hex, with darker shades for text on white (yellow text would not read).
enum DiagramPalette {
    static let nodes = ["#e74c3c", "#2ecc71", "#3498db", "#f1c40f", "#9b59b6"]
    static let text = ["#a93226", "#1d8348", "#1f618d", "#9a7d0a", "#6c3483"]
    static let ink = "#222222"
    static let faint = "#9a9a9a"
    static let grid = "#ececec"

    static func node(_ node: NodeID) -> String { nodes[node % nodes.count] }
    static func text(_ node: NodeID) -> String { text[node % text.count] }
}
