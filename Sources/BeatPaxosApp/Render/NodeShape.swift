import GameCore

/// In the colour-blind palette each node's box also wears a shape (circle, square, triangle, diamond, bar), so
/// the nodes stay apart for anyone who cannot tell their colours.
enum NodeShape {
    static let names = ["circle", "square", "triangle", "diamond", "bar"]

    /// The node's shape in the box's bottom-right corner (a leader's number takes the top-right).
    static func draw(_ id: NodeID, in box: Rect, scale s: Double, canvas: Canvas, _ colour: Color) {
        let size = min(20 * s, box.h / 5)
        let x = box.maxX - 12 * s - size, y = box.maxY - 12 * s - size
        let area = Rect(x: x, y: y, w: size, h: size)
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
