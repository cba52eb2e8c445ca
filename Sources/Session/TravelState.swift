import GameCore

/// Time travel's state in the window: the tween of a step forward and a drag on the timeline bar.
struct TravelState<Message: ConsensusMessage> {
    /// A step forward shown as motion: the clock the messages are drawn at runs from `from` to `to` while the
    /// game is already at `to`, so a message that lands on the step is seen arriving.
    struct Tween {
        let from: Tick
        let to: Tick
        /// The messages in flight at `from` (those landing on the step among them).
        let flights: [MessageFlight<Message>]
        var elapsedMs = 0.0
    }

    var tween: Tween?
    /// Where the playhead was when a drag on the timeline began, while one goes on.
    var scrubFrom: Tick?
    /// The bar's span when the drag began: it stays put while the drag crosses into another round.
    var scrubSpan: (start: Tick, end: Tick)?
    /// Bumped whenever the playhead moves by time travel or a branch starts, so the window redraws it all.
    var revision = 0
}

/// How the space-time diagram is shown: in place of the lanes, or over the whole board.
public enum DiagramMode: Hashable, Sendable {
    case lanes
    case board
}
