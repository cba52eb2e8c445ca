/// A message on its way: it left at `sentAt` and lands at `arrival`.
public struct MessageFlight<Message: ConsensusMessage>: Comparable, Hashable, Sendable {
    public let arrival: Tick
    /// Breaks ties between flights that land at the same tick: first sent, first landed.
    public let sequence: Int
    public let sentAt: Tick
    public let message: Message

    public init(arrival: Tick, sequence: Int, sentAt: Tick, message: Message) {
        self.arrival = arrival
        self.sequence = sequence
        self.sentAt = sentAt
        self.message = message
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.arrival, lhs.sequence) < (rhs.arrival, rhs.sequence)
    }

    /// How far along its path it is at `now`, from 0 to 1.
    public func progress(at now: Double) -> Double {
        let span = Double(arrival - sentAt)
        guard span > 0 else { return 1 }
        return min(1, max(0, (now - Double(sentAt)) / span))
    }
}

/// A Paxos message on its way.
public typealias Flight = MessageFlight<Message>
