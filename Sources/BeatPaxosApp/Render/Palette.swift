import GameCore

/// The game's colours: node colours on a dark stage, readable on a projector.
enum Palette {
    static let nodes: [Color] = [
        Color(hex: 0xe74c3c), Color(hex: 0x2ecc71), Color(hex: 0x3498db), Color(hex: 0xf1c40f), Color(hex: 0x9b59b6),
    ]
    static let background = Color(hex: 0x161b22)
    static let headerBar = Color(hex: 0x0d1117)
    static let pane = Color(hex: 0x1f2630)
    static let card = Color(hex: 0x242c38)
    static let text = Color(hex: 0xf0f3f6)
    static let dim = Color(hex: 0xa3adb8)
    static let ink = Color(hex: 0x10141a)
    static let gold = Color(hex: 0xffc93c)
    static let gem = Color(hex: 0xc0392b)
    static let down = Color(hex: 0x3d434c)
    static let held = Color(hex: 0xff9f1c)
    static let good = Color(hex: 0x2ecc71)
    static let bad = Color(hex: 0xff5e57)

    static func node(_ id: NodeID) -> Color { nodes.indices.contains(id) ? nodes[id] : dim }

    /// A message's colour: the colour of its ballot's owner, not of its sender.
    static func message(_ message: Message, rules: ProtocolRules) -> Color {
        message.ballot > 0 ? node(rules.owner(of: message.ballot)) : node(message.from)
    }
}
