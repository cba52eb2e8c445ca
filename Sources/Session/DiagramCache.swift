import GameCore

/// The round's space-time diagram, kept between frames: building it walks the round's events, so it is rebuilt
/// only when the game's past changes (an event, a rewind, a branch), never just because the clock moved.
final class DiagramCache<P: Consensus> {
    private struct Key: Equatable {
        let eventsDone: Int
        let eventCount: Int
        let roundStart: Tick
        let revision: Int
    }

    private var key: Key?
    private var diagram: SpaceTimeDiagram?
    /// The events before the round that matter to it (downs and holds still under way), per round start.
    private var prelude: (start: Tick, revision: Int, down: Set<NodeID>, held: Set<NodeID>)?

    /// The diagram of the round at the playhead, from its start to the playhead.
    func diagram(of history: TimedHistory<P>, revision: Int) -> SpaceTimeDiagram {
        let start = history.currentRoundSpan.start
        let newKey = Key(eventsDone: history.eventsDone, eventCount: history.events.count, roundStart: start, revision: revision)
        if let diagram, key == newKey { return diagram }
        let events = history.events
        let first = Self.firstIndex(in: events, atOrAfter: start)
        if prelude?.start != start || prelude?.revision != revision {
            let underWay = SpaceTimeDiagram.underWay(events[..<first])
            prelude = (start, revision, underWay.down, underWay.held)
        }
        let built = SpaceTimeDiagram(events: events[first...], nodeCount: history.config.rules.nodeCount,
                                     from: start, to: max(start, history.now), flightMs: history.config.timing.flightMs,
                                     followsSchedule: history.config.followsSchedule,
                                     downAtStart: prelude?.down ?? [], heldAtStart: prelude?.held ?? [])
        key = newKey
        diagram = built
        return built
    }

    /// The first index of an event at or after `time` (events are in time order).
    static func firstIndex(in events: [TimedEvent<P.Event>], atOrAfter time: Tick) -> Int {
        var low = 0, high = events.count
        while low < high {
            let middle = (low + high) / 2
            if events[middle].time < time { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
