/// Where things go in the SVG diagram: lifeline positions, the time scale, and text sizes.
struct DiagramGeometry {
    /// Body text: message labels and marks are never smaller, so they read on a projector.
    static let fontSize = 16.0
    static let titleSize = 22.0
    /// DejaVu Sans averages a little over half an em per character; labels are measured with this.
    static let charWidth = 0.62

    let start: Tick
    let end: Tick
    let nodeCount: Int
    let left = 100.0
    let top = 150.0
    let column: Double
    let rightMargin = 330.0
    let pxPerSecond: Double

    init(_ diagram: SpaceTimeDiagram) {
        start = diagram.start
        end = diagram.end
        nodeCount = diagram.nodeCount
        column = nodeCount <= 3 ? 330 : 260
        // Long stretches get a tighter scale, but never so tight that a node's sends (2 s apart) crowd.
        let seconds = max(1, Double(end - start) / 1000)
        pxPerSecond = min(24, max(18, 2_400 / seconds))
    }

    var width: Double { left + column * Double(nodeCount - 1) + rightMargin }
    var height: Double { y(end) + 50 }

    func x(_ node: NodeID) -> Double { left + 40 + column * Double(node) }
    func y(_ time: Tick) -> Double { top + Double(time - start) / 1000 * pxPerSecond }

    /// The width a label takes at body size.
    static func textWidth(_ text: String, size: Double = fontSize) -> Double {
        Double(text.count) * size * charWidth
    }

    /// Seconds between time-axis ticks: about one every 60 to 150 px.
    var tickSeconds: Int {
        [2, 5, 10, 20, 30, 60].first { Double($0) * pxPerSecond >= 60 } ?? 60
    }
}
