import GameCore

/// A line of the event log: game time, sentence, and the node whose colour it takes.
struct LogLine {
    let time: Tick
    let text: String
    let node: NodeID?
}
