extension GameHistory {
    /// Following a schedule: the messages a schedule step has sent on their way this round, up to the playhead.
    /// Read from the past rather than kept alongside it, so it is right wherever time travel puts the playhead.
    public var dispatchedThisRound: [Message] {
        var dispatched: [Message] = []
        for event in past.reversed() {
            switch event.kind {
            case .roundStart: return dispatched.reversed()
            case .scheduled(.deliver(let message)): dispatched.append(message)
            default: continue
            }
        }
        return dispatched.reversed()
    }
}
