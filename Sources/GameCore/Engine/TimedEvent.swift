/// One event with the game time it happened at.
public struct TimedEvent<Kind: Hashable & Sendable>: Hashable, Sendable {
    public let time: Tick
    public let kind: Kind

    public init(time: Tick, kind: Kind) {
        self.time = time
        self.kind = kind
    }
}

/// A Paxos game's event with its time.
public typealias GameEvent = TimedEvent<EventKind>
