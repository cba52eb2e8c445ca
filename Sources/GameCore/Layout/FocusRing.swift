/// The keyboard's selection (Tab): a ring just outside a node's box, in the gap around it, as four edges.
///
/// The ring's top and sides lie in the node's region and its bottom edge in the flight band below the box, so
/// the window draws it in both: each draws the part inside its own clip, and together they close the ring.
public struct FocusRing: Hashable, Sendable {
    /// The outside of the ring.
    public let outer: Rect
    /// How thick the ring's line is.
    public let width: Double

    /// `scale` is the box's type scale: the ring keeps a gap of 5 design pixels from the box and a 3-pixel line,
    /// never thinner than 2 pixels so it stays visible in a small window.
    public init(around box: Rect, scale: Double) {
        let gap = 5 * scale
        width = max(2, 3 * scale)
        outer = Rect(x: box.x - gap, y: box.y - gap, w: box.w + 2 * gap, h: box.h + 2 * gap)
    }

    /// Top, bottom, left and right: the sides run the full height, so the corners are filled.
    public var edges: [Rect] {
        [Rect(x: outer.x, y: outer.y, w: outer.w, h: width),
         Rect(x: outer.x, y: outer.maxY - width, w: outer.w, h: width),
         Rect(x: outer.x, y: outer.y, w: width, h: outer.h),
         Rect(x: outer.maxX - width, y: outer.y, w: width, h: outer.h)]
    }
}
