extension BoardLayout {
    /// Where a message leaves or reaches a node: just outside its box on the band's side (under an upper box,
    /// over a lower box's crown), so a pill never covers the box's text.
    public func flightAnchor(_ id: NodeID) -> (x: Double, y: Double) {
        guard boxes.indices.contains(id) else { return (0, 0) }
        let inset = 14 * scale
        return isInLowerRow(id) ? (boxes[id].midX, flightBand.maxY - inset) : (boxes[id].midX, boxes[id].maxY + inset)
    }

    /// Which way from a node's anchor lies the band's middle: 1 down (an upper box), -1 up (a lower box).
    public func bandSide(of id: NodeID) -> Double { isInLowerRow(id) ? -1 : 1 }

    /// Where a message from `from` to `to` is when it has flown `progress` (0 to 1) of its way.
    ///
    /// Between two boxes of one row it arcs into the flight band and back; rightward messages reach deeper into
    /// the band than leftward ones so a request and its reply do not collide. Between the rows it crosses the band,
    /// bowed to one side by its direction, for the same reason.
    public func flightPoint(from: NodeID, to: NodeID, progress: Double) -> (x: Double, y: Double) {
        guard boxes.indices.contains(from), boxes.indices.contains(to) else { return (0, 0) }
        let t = min(1, max(0, progress))
        let (x0, y0) = flightAnchor(from), (x1, y1) = flightAnchor(to)
        let control: (x: Double, y: Double)
        if isInLowerRow(from) == isInLowerRow(to) {
            let rowCount = isInLowerRow(from) ? nodeCount - upperRowCount : upperRowCount
            let distance = Double(abs(to - from))
            let reach = rowCount > 2 ? (distance - 1) / Double(rowCount - 2) : 0
            let depth = min(0.95, (from < to ? 0.58 : 0.26) + 0.34 * reach)
            let peak = isInLowerRow(from) ? flightBand.maxY - depth * flightBand.h : flightBand.y + depth * flightBand.h
            // A quadratic Bezier peaks halfway to its control point, so the control sits twice as deep.
            control = ((x0 + x1) / 2, 2 * peak - (y0 + y1) / 2)
        } else {
            let bow = (from < to ? 1.0 : -1.0) * 0.3 * abs(y1 - y0)
            control = ((x0 + x1) / 2 + bow, (y0 + y1) / 2)
        }
        let u = 1 - t
        return (u * u * x0 + 2 * u * t * control.x + t * t * x1,
                u * u * y0 + 2 * u * t * control.y + t * t * y1)
    }
}
