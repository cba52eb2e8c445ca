/// The type sizes inside a node's box, so that its longest lines fit whole instead of ending in an ellipsis.
///
/// Type follows the zoom until the column is too narrow for it (five nodes under a big zoom or in lecture mode):
/// then it follows the column's width. The detail line (a promise, a vote) may shrink a little more, so that its
/// longest wording, "voted purple@12", still fits the box on one line.
public struct NodeBoxType: Hashable, Sendable {
    /// The column width the box's type was designed for at scale 1.
    public static let designColumn = 140.0
    /// The detail line shrinks at most to this share of its design size; below that it is too small to read
    /// from the back row, and the box falls back to a shorter wording ("purple@12") instead.
    public static let smallestDetailShare = 0.8

    /// What multiplies the design sizes of everything drawn in the box (padding, name, state, timer).
    public let scale: Double
    /// Left and right padding inside the box.
    public let padding: Double
    /// The width a line of text may take: the box less its padding.
    public let lineWidth: Double
    /// The state ("leader b12, purple"), wrapped at spaces onto more lines when it needs them.
    public let state: Double
    /// The timer and the HELD badge.
    public let small: Double
    /// The detail ("promised b12 · voted purple@12 · inbox 3"), each part whole on its line.
    public let detail: Double

    /// The longest detail parts a box must hold on one line each: every node's vote at a two-digit ballot, and
    /// a promise.
    public static var longestDetails: [String] {
        NodeNames.all.map { "voted \($0)@12" } + ["promised b12"]
    }

    /// `measure` gives a line's width in pixels at a type size; the app measures with its font.
    public init(layout: BoardLayout, measure: (String, Double) -> Double) {
        scale = layout.boxTypeScale
        padding = 12 * scale
        lineWidth = max(0, (layout.boxes.first?.w ?? Self.designColumn * scale) - 2 * padding)
        state = 17 * scale
        let small = 15 * scale
        self.small = small
        let widest = Self.longestDetails.map { measure($0, small) }.max() ?? 0
        // Whole pixels, as the app draws type, rounded down so the rounding never widens the line past the box.
        let fitting = widest > lineWidth ? (small * lineWidth / widest).rounded(.down) : small
        detail = max(small * Self.smallestDetailShare, fitting)
    }
}
