/// Which stretch of a game a diagram shows: one round, or from one time to another.
public enum DiagramSpan: Hashable, Sendable {
    case round(Int)
    case times(from: Tick, to: Tick)
}

/// A stretch the game never reaches (a round after it stalls, say), said in one line.
public struct DiagramSpanError: Error, Equatable, CustomStringConvertible {
    public let description: String
}

extension TimedHistory {
    /// Game time a diagram is allowed to simulate looking for its stretch, so a request can never spin forever.
    public static var diagramSearchLimitMs: Tick { 48 * 3_600_000 }

    /// Plays on (with `player`, on top of the history's own actions) until everything in the stretch is known,
    /// including the fate of its last messages; returns the stretch's start and end.
    public mutating func playThrough<Someone: Player>(_ span: DiagramSpan, player: inout Someone) throws -> (start: Tick, end: Tick) {
        switch span {
        case .times(let from, let to):
            play(&player, to: to + config.timing.flightMs)
            return (from, to)
        case .round(let round):
            while true {
                if let found = roundSpans.first(where: { $0.round == round }), let end = found.end {
                    return (found.start, end)
                }
                if isStuck(player: &player) || now >= Self.diagramSearchLimitMs {
                    // A round under way when the game stops (a checker's schedule, a hold never let go) ends there,
                    // with two seconds more so its last sends show as arrows, not dots.
                    if let found = roundSpans.first(where: { $0.round == round }) {
                        return (found.start, max(found.start, events.last?.time ?? found.start) + 2_000)
                    }
                    let why = now >= Self.diagramSearchLimitMs
                        ? "within 48 hours of game time (it is in round \(game.round))"
                        : "the game stops in round \(game.round) at \(Seconds.text(events.last?.time ?? now)) s"
                    throw DiagramSpanError(description: "there is no round \(round): \(why)")
                }
                play(&player, to: now + 10_000)
            }
        }
    }

    /// Whether nothing can happen any more: no event due, no action to come from the history or the player.
    private mutating func isStuck<Someone: Player>(player: inout Someone) -> Bool {
        game.nextEventTime == nil && actionsDone == actions.count && player.nextActionTime(in: game) == nil
    }

    /// The diagram of a stretch of the events played so far. In the window, `to: now` draws the messages still
    /// flying part-way, up to the present (even after a rewind, where the branch's later events are known).
    public func diagram(from start: Tick, to end: Tick) -> SpaceTimeDiagram {
        SpaceTimeDiagram(events: events, nodeCount: config.rules.nodeCount, from: start, to: end,
                         flightMs: config.timing.flightMs, followsSchedule: config.followsSchedule)
    }
}
