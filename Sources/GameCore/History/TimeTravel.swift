/// A move of the playhead, as the lecture keys and the timeline bar ask for it.
public enum TimeTravel: Hashable, Sendable {
    /// To the next protocol event (Right).
    case stepForward
    /// To the previous protocol event (Left).
    case stepBack
    /// By this many ms, back when negative (Shift+Left / Shift+Right: 5 s).
    case jump(Tick)
    /// To the start of the round at the playhead; already there, to the previous round's start (Home).
    case roundStart
    /// To a time (the timeline bar: a click or a drag).
    case seek(Tick)

    /// The jump of Shift+Left and Shift+Right.
    public static let jumpMs: Tick = 5_000
}

/// Where a move took the playhead, with the one line that says so on stdout.
public struct TimedTravelResult<Kind: Hashable & Sendable>: Sendable {
    public let from: Tick
    public let to: Tick
    /// "rewind to 12.5 s", "step to 13.0 s: Red receives p1a(2) from Green".
    public let line: String
    /// The events between `from` and `to`, going forward. Going back, none: the game was restored, so redraw
    /// from `TimedHistory.past`.
    public let played: [TimedEvent<Kind>]

    /// Whether the playhead went back (the view must be rebuilt, not just moved on).
    public var wentBack: Bool { to < from }
}

/// Where a move took a Paxos game's playhead.
public typealias TravelResult = TimedTravelResult<EventKind>

extension TimedHistory {
    /// Moves the playhead. Returns nil when the move goes nowhere (no earlier event, nothing ever happens again).
    @_specialize(exported: true, where P == Paxos)
    @_specialize(exported: true, where P == Raft)
    public mutating func travel(_ move: TimeTravel) -> TimedTravelResult<P.Event>? {
        let (start, startDone) = (now, eventsDone)
        guard let target = target(of: move) else {
            seek(to: start)  // looking ahead for a next event may have played on: stay where the player was
            return nil
        }
        seek(to: target)
        guard now != start else { return nil }
        // Forward, what was played in between (looking ahead may already have played some of it).
        let played = now > start ? Array(events[startDone..<eventsDone]) : []
        return TimedTravelResult(from: start, to: now, line: line(for: move, from: start), played: played)
    }

    /// Where a move goes, playing the game on when the next event lies beyond what was played so far.
    private mutating func target(of move: TimeTravel) -> Tick? {
        switch move {
        case .stepForward: return nextStop(after: now)
        case .stepBack: return previousStop(before: now)
        case .jump(let ms): return max(0, now + ms)
        case .seek(let time): return max(0, time)
        case .roundStart:
            let start = game.roundStartedAt
            return start < now ? start : roundStarts.last { $0 < now }
        }
    }

    /// The time of the last step stop before `time`, if there is one.
    @_specialize(exported: true, where P == Paxos)
    @_specialize(exported: true, where P == Raft)
    public func previousStop(before time: Tick) -> Tick? {
        var index = firstEvent(after: time - 1) - 1
        while index >= 0 {
            if events[index].kind.isStepStop { return events[index].time }
            index -= 1
        }
        return nil
    }

    /// The time of the first step stop after `time`: from the events played so far, or by playing on.
    /// Nil if nothing will ever happen again (every node stuck and no action to come).
    @_specialize(exported: true, where P == Paxos)
    @_specialize(exported: true, where P == Raft)
    public mutating func nextStop(after time: Tick) -> Tick? {
        var index = firstEvent(after: time)
        while index < events.count {
            if events[index].kind.isStepStop { return events[index].time }
            index += 1
        }
        // Nothing more is known: play on from the far end until something happens.
        seek(to: max(frontier, time))
        // A game where nothing at all happens for an hour is stuck for good: give up rather than spin.
        let giveUpAt = now + 3_600_000
        while true {
            let actionAt = actionsDone < actions.count ? actions[actionsDone].time : nil
            guard let next = [game.nextEventTime, actionAt].compactMap({ $0 }).min(), next <= giveUpAt else { return nil }
            if let stop = advance(to: next).first(where: { $0.kind.isStepStop && $0.time > time }) {
                return stop.time
            }
        }
    }

    /// The start times of the rounds played so far on this branch, oldest first.
    public var roundStarts: [Tick] {
        events.compactMap { $0.kind.startedRound == nil ? nil : $0.time }
    }

    /// The index of the first event later than `time` (events are in time order).
    func firstEvent(after time: Tick) -> Int {
        var low = 0
        var high = events.count
        while low < high {
            let middle = (low + high) / 2
            if events[middle].time <= time { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The line a move prints, with the events of a step told ("step to 13.0 s: Red receives p1a(2) from Green").
    private func line(for move: TimeTravel, from start: Tick) -> String {
        let at = "\(Seconds.text(now)) s"
        switch move {
        case .stepForward: return "step to \(at): \(stepSummary(at: now))"
        case .stepBack: return "step back to \(at): \(stepSummary(at: now))"
        case .jump: return now < start ? "jump back to \(at)" : "jump forward to \(at)"
        case .roundStart: return "rewind to the start of round \(game.round) at \(at)"
        case .seek: return now < start ? "rewind to \(at)" : "forward to \(at)"
        }
    }

    /// The events at one time, the weightiest first; more than two are counted rather than told.
    public func stepSummary(at time: Tick) -> String {
        let start = firstEvent(after: time - 1)
        let end = firstEvent(after: time)
        let stops = events[start..<end].filter(\.kind.isStepStop)
        let ordered = stops.enumerated().sorted {
            ($0.element.kind.stepWeight, $0.offset) < ($1.element.kind.stepWeight, $1.offset)
        }.map(\.element.kind.stepPhrase)
        guard !ordered.isEmpty else { return "nothing happens" }
        let told = ordered.prefix(2).joined(separator: "; ")
        return ordered.count > 2 ? "\(told) (and \(ordered.count - 2) more)" : told
    }

    /// The line for a player's action through `act`: a new branch says so.
    public static func actLine(_ action: PlayerAction, outcome: ActOutcome<P.Event>, at time: Tick) -> String? {
        guard let until = outcome.discardedUntil else { return nil }
        let told = outcome.refusal.map { "refused: \($0.text)" } ?? outcome.events.first?.kind.sentence ?? action.verb
        return "new branch at \(Seconds.text(time)) s: \(told); the old future to \(Seconds.text(until)) s is discarded"
    }
}
