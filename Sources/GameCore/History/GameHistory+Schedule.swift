extension TimedHistory {
    /// Following a schedule: the messages a schedule step has sent on their way this round, up to the playhead.
    /// Read from the past rather than kept alongside it, so it is right wherever time travel puts the playhead.
    public var dispatchedThisRound: [P.Message] {
        var dispatched: [P.Message] = []
        for event in past.reversed() {
            if event.kind.startedRound != nil { return dispatched.reversed() }
            if let action = event.kind.scheduledAction, let own = P.scheduled(action) { dispatched.append(own) }
        }
        return dispatched.reversed()
    }
}
