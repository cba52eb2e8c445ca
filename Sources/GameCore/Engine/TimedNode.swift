import DequeModule

/// A line of a node's lane: a message it sent, when.
public struct SentMessage<Message: ConsensusMessage>: Hashable, Sendable {
    public let time: Tick
    public let message: Message

    /// "p1a(4) -> Blue".
    public var text: String { "\(message.label) -> \(NodeNames.title(message.to))" }
}

/// A line of a Paxos node's lane.
public typealias SentRecord = SentMessage<Message>

/// A Paxos node in the timed game.
public typealias NodeRuntime = TimedNode<Paxos>

/// A node in the timed game: its protocol state plus what the game adds, liveness, queues and timers.
public struct TimedNode<P: Consensus>: Sendable {
    public static var laneLength: Int { 40 }

    public var state: P.NodeState
    public internal(set) var isAlive = true
    public internal(set) var isHeld = false
    /// When the current hold began, for the "held 2.5 s" label.
    public internal(set) var heldSince: Tick?
    /// Messages that reached it and wait to be processed, first in first out.
    public internal(set) var inbox = Deque<P.Message>()
    /// Messages it produced and waits to send, staggered.
    public internal(set) var outbox = Deque<P.Message>()
    /// The messages it sent, newest last, bounded.
    public internal(set) var lane = Deque<SentMessage<P.Message>>()

    /// Counts down the message at the head of the inbox.
    var processTimer = PausableTimer()
    /// The gap after each send before the next one.
    var sendGapTimer = PausableTimer()
    /// Fires when it has heard no progress for a while: it then starts a ballot.
    var electionTimer = PausableTimer()

    init(id: NodeID) { state = P.NodeState(id: id) }

    public var id: NodeID { state.id }

    /// How long until it times out, if its election timer is armed (running or paused).
    public func electionLeft(now: Tick) -> Tick? { electionTimer.left(now: now) }

    /// Whether it is busy with a message, and how far along (0 to 1).
    public func processingProgress(now: Tick, processMs: Tick) -> Double? {
        guard let left = processTimer.left(now: now), processMs > 0 else { return nil }
        return 1 - Double(left) / Double(processMs)
    }

    mutating func noteSent(_ message: P.Message, at time: Tick) {
        lane.append(SentMessage(time: time, message: message))
        if lane.count > Self.laneLength { lane.removeFirst() }
    }
}
