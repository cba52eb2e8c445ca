/// The type sizes of a card fitted to the window (the welcome card, the help card): each a design size times the
/// card's fitting scale, except that in lecture mode none goes below lecture mode's body size, 28 px at 1280x800
/// and growing with the window, so a class at the back can still read every line. A card that would not fit at
/// that size must hold less, not shrink its type further.
public struct CardType: Sendable {
    /// The design size of body text, at the design window size and no zoom.
    public static let designBody = 15.0

    /// The least size any text on the card takes, in pixels: 0 outside lecture mode.
    public let floor: Double

    public init(layout: BoardLayout) {
        // Lecture mode's own scale, or less when the player has zoomed out in it: the floor follows the window and
        // that zoom, but a zoom in does not raise it, or no card would fit.
        let lectureScale = min(layout.scale, layout.windowScale * BoardLayout.lectureFactor)
        floor = layout.lecture ? Self.designBody * lectureScale : 0
    }

    /// A text's size on the card at the card's fitting `scale`.
    public func size(_ design: Double, scale: Double) -> Double {
        max(design * scale, floor)
    }
}
