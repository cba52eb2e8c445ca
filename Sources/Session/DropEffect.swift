import GameCore

/// A message that reached a dead node: drawn breaking apart at its box for a moment.
public struct DropEffect {
    public static let durationMs = 1_400.0

    public let message: Message
    /// Game time it landed, in ms.
    public let time: Double
}
