/// A game event that a recording can hold: each protocol writes its own messages and node events, and both
/// write the player's actions the same way, so one reader replays either.
public protocol RecordedEventKind: Hashable, Sendable {
    /// The event as one recording line, at game time `time`.
    func recordingLine(at time: Tick) -> String
}

extension EventKind: RecordedEventKind {
    public func recordingLine(at time: Tick) -> String {
        RecordingFormat.line(GameEvent(time: time, kind: self))
    }
}

extension RaftEventKind: RecordedEventKind {
    public func recordingLine(at time: Tick) -> String {
        RaftRecordingFormat.line(TimedEvent(time: time, kind: self))
    }
}
