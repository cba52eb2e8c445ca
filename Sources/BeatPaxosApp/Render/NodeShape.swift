import GameCore

/// In the colour-blind palette each node's box also wears a shape (circle, square, triangle, diamond, bar), so
/// the nodes stay apart for anyone who cannot tell their colours.
enum NodeShape {

    /// The node's shape filling `area` (a square beside the node's name).
    static func draw(_ id: NodeID, in area: Rect, canvas: Canvas, _ colour: Color) {
        let size = area.w
        switch id % 5 {
        case 0: canvas.roundedBox(area, radius: size / 2, colour)
        case 1: canvas.fill(area, colour)
        case 2: canvas.triangles([(area.midX, area.y), (area.maxX, area.maxY), (area.x, area.maxY)], colour)
        case 3: canvas.triangles([(area.midX, area.y), (area.maxX, area.midY), (area.midX, area.maxY),
                                  (area.midX, area.y), (area.midX, area.maxY), (area.x, area.midY)], colour)
        default: canvas.fill(Rect(x: area.x, y: area.midY - size / 5, w: size, h: size * 0.4), colour)
        }
    }
}
