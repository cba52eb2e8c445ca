/// One step of `TimedGame.play`: a game event processed, or the player's action performed.
public struct PlayStep<Kind: Hashable & Sendable> {
    /// The action the player took in this step; nil when the game moved on by itself.
    public let action: PlayerAction?
    /// The events of this step, oldest first.
    public let events: [TimedEvent<Kind>]

    public init(action: PlayerAction?, events: [TimedEvent<Kind>]) {
        self.action = action
        self.events = events
    }
}

/// Why `TimedGame.play` returned.
public enum PlayEnd: Equatable, Sendable {
    /// The caller's `onStep` asked to stop.
    case stopped
    /// The game clock reached the time asked for.
    case reachedTime
    /// Nothing more can happen: no event is due and the player will never act again.
    case stalled
}

extension TimedGame {
    /// The one loop that drives a game with a player, used by the window, the headless runs, the benchmark and
    /// the tests alike, so a replay in the window and a headless replay are equal by construction.
    ///
    /// Events due at or before the player's next action happen first, then the action. `onStep` sees each
    /// step's events (and may return true to stop). With `time`, the clock ends exactly there.
    /// Compiled ahead for each protocol with each of the game's own players, as `HeadlessRun.play` is.
    @discardableResult
    @_specialize(exported: true, where P == Paxos, Someone == RandomAdversary)
    @_specialize(exported: true, where P == Paxos, Someone == IdlePlayer)
    @_specialize(exported: true, where P == Paxos, Someone == ScriptedPlayer)
    @_specialize(exported: true, where P == Raft, Someone == RandomAdversary)
    @_specialize(exported: true, where P == Raft, Someone == IdlePlayer)
    @_specialize(exported: true, where P == Raft, Someone == ScriptedPlayer)
    public mutating func play<Someone: Player>(_ player: inout Someone, upTo time: Tick? = nil,
                                               onStep: (PlayStep<P.Event>, TimedGame) -> Bool = { _, _ in false })
        -> PlayEnd {
        let limit = time ?? .max
        while true {
            let actionAt = player.nextActionTime(in: self)
            let action: PlayerAction?
            if let eventAt = nextEventTime, eventAt <= limit, actionAt.map({ eventAt <= $0 }) ?? true {
                step()
                action = nil
            } else if let actionAt, actionAt <= limit {
                advance(to: max(now, actionAt))
                action = player.takeAction(in: self)
                if let action { perform(action) }
            } else {
                guard let time else { return .stalled }
                advance(to: max(now, time))
                return .reachedTime
            }
            if onStep(PlayStep(action: action, events: drainEvents()), self) { return .stopped }
        }
    }
}
