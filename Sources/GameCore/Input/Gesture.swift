/// What the player meant by a sequence of pointer inputs, on which node.
public enum Gesture: Hashable, Sendable {
    /// A press and release that was neither a hold nor part of a double-click: does nothing in the game.
    case click(NodeID)
    /// Kill the node, or recover it if it is down.
    case doubleClick(NodeID)
    /// The press lasted past the hold threshold: slow the node down.
    case holdBegan(NodeID)
    /// The hold ended by release or by the pointer leaving the box.
    case holdEnded(NodeID)
}
