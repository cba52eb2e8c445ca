/// Something the timeline bar marks: the player's faults, crowns gained and lost, and decisions.
public struct TimelineMark: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case crash(NodeID)
        case recover(NodeID)
        case hold(NodeID)
        case release(NodeID)
        case crownGained(NodeID, ballot: Ballot)
        /// `toppled`: the player earned a point for it.
        case crownLost(NodeID, ballot: Ballot, toppled: Bool)
        case decision(NodeID, value: Value)
    }

    public let time: Tick
    public let kind: Kind

    public init(time: Tick, kind: Kind) {
        self.time = time
        self.kind = kind
    }

    /// The node the mark is about, for its colour.
    public var node: NodeID {
        switch kind {
        case .crash(let node), .recover(let node), .hold(let node), .release(let node),
             .crownGained(let node, _), .crownLost(let node, _, _), .decision(let node, _):
            return node
        }
    }

    /// The mark an event makes, if it makes one.
    public init?<Kind: HistoryEventKind>(_ event: TimedEvent<Kind>) {
        guard let kind = event.kind.timelineMark else { return nil }
        time = event.time
        self.kind = kind
    }
}

/// A round's stretch of game time; `end` is nil while it is still being played.
public struct RoundSpan: Hashable, Sendable {
    public let round: Int
    public let start: Tick
    public let end: Tick?
}

extension TimedHistory {
    /// The marks between two times (inclusive), oldest first, from everything played on this branch.
    public func marks(from start: Tick, to end: Tick) -> [TimelineMark] {
        events[firstEvent(after: start - 1)..<firstEvent(after: end)].compactMap(TimelineMark.init)
    }

    /// The rounds of this branch so far.
    public var roundSpans: [RoundSpan] { RoundSpan.all(in: events) }

    /// The round the playhead is in, with its span (its end if this branch has played that far).
    public var currentRoundSpan: RoundSpan {
        roundSpans.last { $0.round == game.round } ?? RoundSpan(round: game.round, start: game.roundStartedAt, end: nil)
    }
}

extension RoundSpan {
    /// Every round that starts in an event list, with its end where the list has it.
    public static func all<Kind: HistoryEventKind, Events: Collection<TimedEvent<Kind>>>(in events: Events) -> [RoundSpan] {
        var spans: [RoundSpan] = []
        var open: (round: Int, start: Tick)?
        for event in events {
            if let round = event.kind.startedRound {
                open = (round, event.time)
            } else if let round = event.kind.endedRound?.round, let current = open, current.round == round {
                spans.append(RoundSpan(round: round, start: current.start, end: event.time))
                open = nil
            }
        }
        if let current = open { spans.append(RoundSpan(round: current.round, start: current.start, end: nil)) }
        return spans
    }
}
