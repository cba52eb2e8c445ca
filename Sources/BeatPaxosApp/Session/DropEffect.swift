import GameCore

/// A message that reached a dead node: drawn breaking apart at its box for a moment.
struct DropEffect {
    static let durationMs = 1_400.0

    let message: Message
    /// Game time it landed, in ms.
    let time: Double
}
