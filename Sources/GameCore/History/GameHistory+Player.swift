extension TimedHistory {
    /// Plays on to `target` with a player that decides as it goes (the random adversary), exactly as
    /// `HeadlessRun` interleaves it: every event due at or before the player's next action runs first.
    @discardableResult
    @_specialize(exported: true, where P == Paxos, Someone == RandomAdversary)
    @_specialize(exported: true, where P == Paxos, Someone == IdlePlayer)
    @_specialize(exported: true, where P == Paxos, Someone == ScriptedPlayer)
    @_specialize(exported: true, where P == Raft, Someone == RandomAdversary)
    @_specialize(exported: true, where P == Raft, Someone == IdlePlayer)
    @_specialize(exported: true, where P == Raft, Someone == ScriptedPlayer)
    public mutating func play<Someone: Player>(_ player: inout Someone, to target: Tick) -> [Event] {
        var played: [Event] = []
        while true {
            let actionAt = player.nextActionTime(in: game)
            if let eventAt = game.nextEventTime, eventAt <= target, actionAt.map({ eventAt <= $0 }) ?? true {
                played += advance(to: eventAt)
            } else if let actionAt, actionAt <= target {
                played += advance(to: max(now, actionAt))
                if let action = player.takeAction(in: game) { played += act(action).events }
            } else {
                break
            }
        }
        played += advance(to: target)
        return played
    }
}
