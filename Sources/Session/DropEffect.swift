import GameCore

/// A message that reached a dead node: drawn breaking apart at its box for a moment.
public struct DropEffect<Message: ConsensusMessage> {
    public static var durationMs: Double { 1_400 }

    public let message: Message
    /// Game time it landed, in ms.
    public let time: Double
}
