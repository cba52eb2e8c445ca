import GameCore

/// The round's space-time diagram, kept between frames: building it walks the round's events, so it is rebuilt
/// only when the game's past changes (an event, a rewind, a branch), never just because the clock moved.
final class DiagramCache {
    private struct Key: Equatable {
        let eventsDone: Int
        let eventCount: Int
        let roundStart: Tick
        let revision: Int
    }

    private var key: Key?
    private var diagram: SpaceTimeDiagram?
    /// The events before the round that matter to it (downs and holds still under way), per round start.
    private var prelude: (start: Tick, revision: Int, events: [GameEvent])?

    /// The diagram of the round at the playhead, from its start to the playhead.
    func diagram(of history: GameHistory, revision: Int) -> SpaceTimeDiagram {
        let start = history.currentRoundSpan.start
        let newKey = Key(eventsDone: history.eventsDone, eventCount: history.events.count, roundStart: start, revision: revision)
        if let diagram, key == newKey { return diagram }
        let events = history.events
        let first = Self.firstIndex(in: events, atOrAfter: start)
        if prelude?.start != start || prelude?.revision != revision {
            prelude = (start, revision, Self.underWay(events[..<first], nodeCount: history.config.rules.nodeCount, at: start))
        }
        let built = SpaceTimeDiagram(events: (prelude?.events ?? []) + events[first...], nodeCount: history.config.rules.nodeCount,
                                     from: start, to: max(start, history.now), flightMs: history.config.timing.flightMs)
        key = newKey
        diagram = built
        return built
    }

    /// The first index of an event at or after `time` (events are in time order).
    static func firstIndex(in events: [GameEvent], atOrAfter time: Tick) -> Int {
        var low = 0, high = events.count
        while low < high {
            let middle = (low + high) / 2
            if events[middle].time < time { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Crashes and holds still under way at `time`, as events just before it (so they are drawn as a broken
    /// lifeline or a band from the start, without a mark), so the diagram needs none of the events before it.
    static func underWay(_ events: ArraySlice<GameEvent>, nodeCount: Int, at time: Tick) -> [GameEvent] {
        var down = Array(repeating: false, count: nodeCount)
        var held = Array(repeating: false, count: nodeCount)
        for event in events {
            switch event.kind {
            case .kill(let node, _) where node < nodeCount: (down[node], held[node]) = (true, false)
            case .recover(let node) where node < nodeCount: down[node] = false
            case .hold(let node) where node < nodeCount: held[node] = true
            case .release(let node) where node < nodeCount: held[node] = false
            default: break
            }
        }
        var prelude: [GameEvent] = []
        for node in 0..<nodeCount {
            if down[node] { prelude.append(GameEvent(time: time - 1, kind: .kill(node: node, endedHold: false))) }
            if held[node] { prelude.append(GameEvent(time: time - 1, kind: .hold(node: node))) }
        }
        return prelude
    }
}
