/// Someone who acts on the game: an adversary program, a script, or (in the window) a person.
public protocol Player {
    /// When this player next acts, given the game now; nil if it never will.
    mutating func nextActionTime(in game: PaxosGame) -> Tick?
    /// The action to take now (the game has been advanced to `nextActionTime`).
    mutating func takeAction(in game: PaxosGame) -> PlayerAction?
}

/// A player who never acts: Paxos left alone.
public struct IdlePlayer: Player {
    public init() {}
    public mutating func nextActionTime(in game: PaxosGame) -> Tick? { nil }
    public mutating func takeAction(in game: PaxosGame) -> PlayerAction? { nil }
}

/// A player that performs a fixed list of timed actions, such as those read from a recording.
public struct ScriptedPlayer: Player {
    public let actions: [TimedAction]
    private var cursor = 0

    public init(actions: [TimedAction]) { self.actions = actions }

    public mutating func nextActionTime(in game: PaxosGame) -> Tick? {
        cursor < actions.count ? actions[cursor].time : nil
    }

    public mutating func takeAction(in game: PaxosGame) -> PlayerAction? {
        guard cursor < actions.count else { return nil }
        defer { cursor += 1 }
        return actions[cursor].action
    }
}

/// A player's action with the game time it happens at.
public struct TimedAction: Hashable, Sendable {
    public let time: Tick
    public let action: PlayerAction

    public init(time: Tick, action: PlayerAction) {
        self.time = time
        self.action = action
    }
}
