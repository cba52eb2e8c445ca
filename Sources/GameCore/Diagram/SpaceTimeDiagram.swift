/// The message sequence (space-time) diagram of a stretch of a game: one lifeline per node, time flowing down,
/// every message an arrow from (sender, send time) to (receiver, delivery time), and what happened on the
/// lifelines. Built from the game's events alone, so the window and the SVG export draw the same thing.
public struct SpaceTimeDiagram: Hashable, Sendable {
    public let nodeCount: Int
    /// The stretch of game time drawn.
    public let start: Tick
    public let end: Tick
    /// How long a message flies, to place one still flying at the end part-way along its arrow.
    public let flightMs: Tick
    /// What the protocol numbers its leaders by, for the legend: "ballot", "term".
    public let ballotWord: String
    /// Whether the game follows a checker's schedule (Show me): a message then waits in the network until a
    /// schedule step sends it on its way, so one not yet dispatched is no flight at all.
    public let followsSchedule: Bool
    /// Every message sent from `start` to `end` (inclusive), in the order sent.
    public internal(set) var messages: [DiagramMessage] = []
    /// Times a node was down, clipped to the stretch.
    public internal(set) var down: [NodeInterval] = []
    /// Times a node was held, clipped to the stretch.
    public internal(set) var held: [NodeInterval] = []
    /// Crowns, refusals, decisions and learns, oldest first.
    public internal(set) var marks: [DiagramMark] = []

    /// When a message lands or stops, or, still flying, when it would land (a flight after its dispatch, when a
    /// checker's schedule held it back).
    public func arrival(of item: DiagramMessage) -> Tick {
        item.endedAt ?? (item.dispatchedAt ?? item.sentAt) + flightMs
    }

    /// Whether a message waits in the network at the diagram's end: it is drawn as a short stub at its sender,
    /// never as an arrival. Under a schedule, one not yet dispatched; otherwise one past its flight time.
    public func isWaiting(_ item: DiagramMessage) -> Bool {
        item.fate == .inFlight && ((followsSchedule && item.dispatchedAt == nil) || arrival(of: item) <= end)
    }

    /// The owner of a ballot: node i owns ballots i+1, i+1+N, ... (its arrows wear its colour).
    public static func owner(of ballot: Ballot, nodeCount: Int) -> NodeID {
        ballot > 0 ? (ballot - 1) % nodeCount : 0
    }
}

/// One message of the diagram: what it carried, when it left, and what became of it.
public struct DiagramMessage: Hashable, Sendable {
    public enum Fate: Hashable, Sendable {
        /// It reached its receiver, which was up.
        case delivered(Tick)
        /// It reached its receiver while that node was down, and was lost.
        case lost(Tick)
        /// The round ended while it flew: a new round starts with an empty network.
        case discarded(Tick)
        /// Still flying when the events end.
        case inFlight
    }

    public let from: NodeID
    public let to: NodeID
    /// The message's type alone: "p1a", "rv".
    public let type: String
    /// The ballot or term it carries, whose owner's colour it wears.
    public let ballot: Ballot
    /// "p1a(2)", "p2a(2, green)", "ae(4, green)".
    public let label: String
    public let sentAt: Tick
    public internal(set) var fate: Fate
    /// When a checker's schedule sent it on its way, if one held it back.
    public internal(set) var dispatchedAt: Tick?
    /// The node whose ballot this is, for the arrow's colour.
    public let ballotOwner: NodeID

    init<M: ConsensusMessage>(message: M, sentAt: Tick, fate: Fate, ballotOwner: NodeID) {
        from = message.from
        to = message.to
        type = message.typeName
        ballot = message.colourBallot
        label = message.label
        self.sentAt = sentAt
        self.fate = fate
        self.ballotOwner = ballotOwner
    }

    /// When it stopped flying, if it did.
    public var endedAt: Tick? {
        switch fate {
        case .delivered(let time), .lost(let time), .discarded(let time): return time
        case .inFlight: return nil
        }
    }
}

/// A node's stretch of time in some condition (down, held); `end` is where the diagram ends if it lasted.
public struct NodeInterval: Hashable, Sendable {
    public let node: NodeID
    public let start: Tick
    public let end: Tick

    public init(node: NodeID, start: Tick, end: Tick) {
        self.node = node
        self.start = start
        self.end = end
    }
}

/// Something marked on a lifeline.
public struct DiagramMark: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case crownGained(ballot: Ballot, value: Value)
        case crownLost(ballot: Ballot, toppled: Bool)
        /// A request refused: a p1a or p2a below a promise, a vote or an entry Raft turns down.
        case refused
        case decided(Value)
        case learned(Value)
        case crashed
        case recovered
    }

    public let node: NodeID
    public let time: Tick
    public let kind: Kind
    /// The words beside the mark, in the protocol's terms: "leads 4, proposes green", "refuses p1a(2): promised
    /// 4", "commits green".
    public let text: String

    public init(node: NodeID, time: Tick, kind: Kind, text: String) {
        self.node = node
        self.time = time
        self.kind = kind
        self.text = text
    }
}
