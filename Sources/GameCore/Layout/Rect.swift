/// An axis-aligned rectangle in window pixels, as floating point so layouts scale smoothly.
public struct Rect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var w: Double
    public var h: Double

    public init(x: Double, y: Double, w: Double, h: Double) {
        self.x = x
        self.y = y
        // Negative sizes appear when a window is tiny; clamping keeps every later sum meaningful.
        self.w = max(0, w)
        self.h = max(0, h)
    }

    public var maxX: Double { x + w }
    public var maxY: Double { y + h }
    public var midX: Double { x + w / 2 }
    public var midY: Double { y + h / 2 }
    public var isEmpty: Bool { w <= 0 || h <= 0 }

    /// Whether the point lies inside; the far edges are outside, so neighbours never share a point.
    public func contains(x px: Double, y py: Double) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// Whether the two share any area (touching edges do not count).
    public func intersects(_ other: Rect) -> Bool {
        !isEmpty && !other.isEmpty && x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// Whether `other` lies wholly inside this one.
    public func encloses(_ other: Rect) -> Bool {
        other.x >= x - 1e-9 && other.y >= y - 1e-9 && other.maxX <= maxX + 1e-9 && other.maxY <= maxY + 1e-9
    }

    /// The area the two share; empty (at this one's corner) when they share none.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return Rect(x: x, y: y, w: 0, h: 0) }
        return Rect(x: left, y: top, w: right - left, h: bottom - top)
    }

    /// The rectangle shrunk by `dx` and `dy` on each side, never below zero size.
    public func insetBy(_ dx: Double, _ dy: Double) -> Rect {
        Rect(x: x + dx, y: y + dy, w: w - 2 * dx, h: h - 2 * dy)
    }
}
