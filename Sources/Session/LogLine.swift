import GameCore

/// A line of the event log: game time, sentence, and the node whose colour it takes.
public struct LogLine {
    public let time: Tick
    public let text: String
    public let node: NodeID?
}
