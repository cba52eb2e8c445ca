/// Someone who acts on the game: an adversary program, a script, or (in the window) a person.
///
/// A player acts on a node by its id, so the same player can attack any protocol's game.
public protocol Player {
    /// When this player next acts, given the game now; nil if it never will.
    mutating func nextActionTime<P: Consensus>(in game: TimedGame<P>) -> Tick?
    /// The action to take now (the game has been advanced to `nextActionTime`).
    mutating func takeAction<P: Consensus>(in game: TimedGame<P>) -> PlayerAction?
}

/// A player who never acts: the protocol left alone.
public struct IdlePlayer: Player {
    public init() {}
    public mutating func nextActionTime<P: Consensus>(in game: TimedGame<P>) -> Tick? { nil }
    public mutating func takeAction<P: Consensus>(in game: TimedGame<P>) -> PlayerAction? { nil }
}

/// A player that performs a fixed list of timed actions, such as those read from a recording.
public struct ScriptedPlayer: Player {
    public let actions: [TimedAction]
    private var cursor = 0

    public init(actions: [TimedAction]) { self.actions = actions }

    public mutating func nextActionTime<P: Consensus>(in game: TimedGame<P>) -> Tick? {
        cursor < actions.count ? actions[cursor].time : nil
    }

    public mutating func takeAction<P: Consensus>(in game: TimedGame<P>) -> PlayerAction? {
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
