extension DiagramGeometry {
    /// Where a message's arrow is drawn: from its sending to its landing, or as far as it flew by the diagram's
    /// end; a message waiting in the network under a checker's schedule is a short stub at its sender.
    func arrow(of item: DiagramMessage, in diagram: SpaceTimeDiagram) -> (start: (Double, Double), end: (Double, Double)) {
        let x1 = x(item.from), y1 = y(item.sentAt)
        let arrival = diagram.arrival(of: item)
        let stop = min(arrival, diagram.end)
        var fraction = arrival > item.sentAt ? Double(stop - item.sentAt) / Double(arrival - item.sentAt) : 1
        if diagram.isWaiting(item) { fraction = 0.3 }
        let x2 = x(item.to), y2 = y(arrival)
        return ((x1, y1), (x1 + (x2 - x1) * fraction, y1 + (y2 - y1) * fraction))
    }
}
