/// One pointer happening, as plain values: the app turns SDL events into these, tests write them by hand.
///
/// Times are milliseconds from any fixed origin (SDL's event timestamps); `clicks` is the platform's
/// running click count for a press (1 for a single press, 2 or more for a double-click).
public enum PointerInput: Hashable, Sendable {
    case down(x: Double, y: Double, time: Int, clicks: Int)
    case up(x: Double, y: Double, time: Int)
    case move(x: Double, y: Double, time: Int)
    /// Time passes with the pointer still: a press may now have lasted long enough to be a hold.
    case tick(time: Int)
    /// The pointer left the window (or the window lost the mouse).
    case leave(time: Int)
}
