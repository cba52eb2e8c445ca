/// A protocol's game events: the engine builds its own happenings (rounds, flights, timeouts, the player's
/// actions) through these constructors, and reads back only the few facts the score needs.
///
/// An enum satisfies the constructors with its cases, so Paxos's `EventKind` conforms as it is.
public protocol GameEventKind: Hashable, Sendable {
    associatedtype Message
    static func roundStart(round: Int) -> Self
    static func roundEnd(round: Int, value: Value?, decisionMs: Tick?, points: Int) -> Self
    static func send(_ message: Message) -> Self
    static func deliver(_ message: Message) -> Self
    static func drop(_ message: Message) -> Self
    static func timeout(node: NodeID) -> Self
    static func kill(node: NodeID, endedHold: Bool) -> Self
    static func recover(node: NodeID) -> Self
    static func hold(node: NodeID) -> Self
    static func release(node: NodeID) -> Self
    static func refused(action: PlayerAction, reason: Refusal) -> Self
    static func scheduled(_ action: PlayerAction) -> Self

    /// What this event counts for in the round's statistics.
    var tally: EventTally { get }
}

/// The facts about an event that the round's statistics and the headless runner count.
public enum EventTally: Hashable, Sendable {
    /// Counts for nothing.
    case none
    /// A message sent.
    case sent
    /// A node started a ballot (Paxos phase 1) or stood for a term (Raft).
    case ballotStarted
    /// A node took the crown, proposing `value`.
    case crownGained(value: Value)
    /// A leader lost its crown; `toppled` when no decision had reached it: a point for the player.
    case crownLost(toppled: Bool)
    /// A leader decided (Paxos) or committed (Raft) `value`.
    case decided(value: Value)
    /// The round ended.
    case roundEnded
}
