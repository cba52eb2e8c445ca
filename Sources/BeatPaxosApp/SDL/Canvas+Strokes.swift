import CSDL2

extension Canvas {
    /// A straight line `width` px thick as parallel one-pixel lines: on the software renderer a long slanted
    /// line drawn as triangles costs its whole bounding box, these only their pixels (the diagram's arrows).
    func stroke(from a: (Double, Double), to b: (Double, Double), width: Double, _ color: Color) {
        let dx = b.0 - a.0, dy = b.1 - a.1
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0, color.a > 0 else { return }
        // Offsets along whichever axis is across the line, so the strands touch without gaps.
        let across = abs(dx) > abs(dy) ? (0.0, 1.0) : (1.0, 0.0)
        let strands = max(1, Int(width.rounded()))
        SDL_SetRenderDrawColor(renderer, color.r, color.g, color.b, color.a)
        for strand in 0..<strands {
            let offset = Double(strand) - Double(strands - 1) / 2
            SDL_RenderDrawLineF(renderer, Float(a.0 + across.0 * offset), Float(a.1 + across.1 * offset),
                                Float(b.0 + across.0 * offset), Float(b.1 + across.1 * offset))
        }
    }
}
