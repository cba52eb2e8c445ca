import GameCore

/// Everything the keyboard (or a presentation clicker) can ask of the game, as a value: the window maps keys to
/// these through `Controls`, and tests send them directly.
public enum SessionCommand: Hashable, Sendable {
    case quit
    /// Esc: closes a card; on the welcome card, quits.
    case closeCard
    /// Handled by the window, which owns the screen; the game itself ignores it.
    case toggleFullscreen
    case toggleHelp
    case togglePause
    case faster
    case slower
    /// The checker's shortest break of this level, replayed and narrated.
    case showMe
    /// The same game again, same seed.
    case restart
    /// On the welcome card: highlight the next level; in the game: play it.
    case nextLevel
    /// Leaves the welcome card for the level highlighted on it.
    case start
    /// On the welcome card: highlight level `n` (0-based, in `Variant.allCases` order).
    case pickLevel(Int)
    /// Moves the playhead (the lecture keys): a step, a jump, the round's start.
    case travel(TimeTravel)
    /// D and Shift+D: the space-time diagram in place of the lanes, or over the whole board; again to hide it.
    case toggleDiagram(DiagramMode)
    /// E: the round's diagram as SVG and the frame as an image, saved for slides.
    case export
    /// On the welcome card: highlight the previous level.
    case previousLevel
    /// In the game: open the level chooser (the welcome card).
    case chooseLevel
    case zoomIn
    case zoomOut
    case zoomReset
    case toggleLecture
    case togglePalette
    /// Tab / Shift+Tab: the node the keyboard acts on.
    case focusNext
    case focusPrevious
    /// Enter: crash the focused node, or recover it.
    case crashOrRecover
    /// The hold key went down (its release is `GameSession.releaseKeyHold`).
    case holdFocused
    /// Lecture mode: end the waiting round.
    case nextRound
    /// On the level chooser: play the other protocol (Paxos or Raft) in the same window.
    case switchProtocol
}
