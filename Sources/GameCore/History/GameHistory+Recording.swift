extension TimedHistory {
    /// The recording of this branch as it was finally played, up to its far end: the header, then every event.
    /// `simulate --player` and `play --replay` replay it to this very game, since only its player-action lines
    /// are read and the discarded futures are not in it.
    public func recordingText() -> String {
        var text = P.recordingHeader(config) + "\n"
        for event in events { text += event.kind.recordingLine(at: event.time) + "\n" }
        return text
    }
}
