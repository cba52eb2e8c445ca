/// Type sizes with lecture mode's floor: each a design size times the scale its part of the window can afford,
/// except that in lecture mode none goes below lecture mode's body size, 28 px at 1280x800 and growing with the
/// window, so a class at the back can still read every line. A part that would not fit at that size must hold
/// less (the welcome card) or put its text where it fits (the timeline's labels), not shrink its type further.
public struct LectureType: Sendable {
    /// The design size of body text, at the design window size and no zoom.
    public static let designBody = 15.0

    /// The least size any text takes, in pixels: 0 outside lecture mode.
    public let floor: Double

    public init(layout: BoardLayout) {
        // Lecture mode's own scale, or less when the player has zoomed out in it: the floor follows the window and
        // that zoom, but a zoom in does not raise it, or no card would fit.
        let lectureScale = min(layout.scale, layout.windowScale * BoardLayout.lectureFactor)
        floor = layout.lecture ? Self.designBody * lectureScale : 0
    }

    /// A text's size at `scale`, the scale its part of the window affords.
    public func size(_ design: Double, scale: Double) -> Double {
        max(design * scale, floor)
    }
}
