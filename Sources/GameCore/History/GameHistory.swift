/// A game that remembers its past, so the clock can go back: the player's timed actions, every event of the
/// branch being played, and a snapshot of the game every second or so (`TimedGame` is a value).
///
/// The game at the playhead is `game`. Going back restores the last snapshot before the target and advances
/// from it: the seed and the actions fix every event, so the restored game is exactly the one that was there.
/// Acting anywhere but at the far end of what was played (`act`) starts a new branch: the old future is gone.
///
/// Every change of the game goes through a fixed sequence "advance to an action's time, perform it, ... advance
/// to the target", the same sequence `HeadlessRun` and the window use, so a recording replays to this game.
/// Generic over the protocol, as `TimedGame` is: `GameHistory` plays Paxos, `RaftHistory` Raft.
/// Its entry points are specialised for both protocols here (`@_specialize(exported:)`), so the window and the
/// benchmarks, in other modules, run them as fast as the concrete history they replace.
public struct TimedHistory<P: Consensus>: Sendable {
    public typealias Event = TimedEvent<P.Event>

    public let config: GameSetup<P>
    /// The game at the playhead.
    public private(set) var game: TimedGame<P>
    /// The player's actions on this branch in time order: done ones, then (after a rewind, or in a replay)
    /// those still to come.
    public private(set) var actions: [TimedAction]
    /// How many of `actions` the game at the playhead has performed.
    public private(set) var actionsDone = 0
    /// Every event of this branch, up to the frontier, oldest first.
    public private(set) var events: [Event] = []
    /// How many of `events` the game at the playhead has produced: `events[..<eventsDone]` is its past.
    public private(set) var eventsDone = 0
    /// The furthest time this branch has been played to.
    public private(set) var frontier: Tick = 0
    /// Oldest first, at multiples of `snapshotIntervalMs`, none after the frontier.
    private(set) var snapshots: [HistorySnapshot<P>] = []
    /// Game time between snapshots; doubles whenever there would be more than `maxSnapshots`.
    public private(set) var snapshotIntervalMs: Tick

    /// Bounds memory whatever the game's length: a 10-minute game keeps 600 one-second snapshots.
    public static var maxSnapshots: Int { 1024 }

    /// A new game at time 0; `actions` (a replay's, say) are performed when the clock reaches them.
    @_specialize(exported: true, where P == Paxos)
    @_specialize(exported: true, where P == Raft)
    public init(config: GameSetup<P>, actions: [TimedAction] = [], snapshotIntervalMs: Tick = 1_000) {
        precondition(snapshotIntervalMs > 0, "snapshots need a positive interval")
        self.config = config
        self.actions = actions
        self.snapshotIntervalMs = snapshotIntervalMs
        game = TimedGame<P>(config: config)
        _ = takeEvents()
        snapshots = [snapshot()]
    }

    /// The playhead's time.
    public var now: Tick { game.now }

    /// The events that led to the game at the playhead, oldest first.
    public var past: ArraySlice<Event> { events[..<eventsDone] }

    /// Whether the playhead is behind the far end of this branch (after a rewind).
    public var isInPast: Bool { now < frontier }

    /// How many snapshots are kept (for the benchmark and the memory bound).
    public var snapshotCount: Int { snapshots.count }

    // MARK: Moving the playhead

    /// Plays forward to `target`, performing the actions due on the way; returns the events played, oldest first.
    /// Behind the frontier they are the events already known; past it, new ones, which join `events`.
    @discardableResult
    @_specialize(exported: true, where P == Paxos)
    @_specialize(exported: true, where P == Raft)
    public mutating func advance(to target: Tick) -> [Event] {
        var played: [Event] = []
        while actionsDone < actions.count, actions[actionsDone].time <= target {
            let due = actions[actionsDone]
            run(to: due.time, into: &played)
            game.perform(due.action)
            actionsDone += 1
            played += takeEvents()
        }
        run(to: target, into: &played)
        return played
    }

    /// Puts the playhead at `target` (0 or later): back by restoring a snapshot, forward by playing on.
    /// Going forward, returns the events between the old playhead and the new one; going back, none (the game
    /// was restored: its past is `past`).
    @discardableResult
    @_specialize(exported: true, where P == Paxos)
    @_specialize(exported: true, where P == Raft)
    public mutating func seek(to target: Tick) -> [Event] {
        let target = max(0, target)
        let (start, startDone) = (now, eventsDone)
        let index = lastSnapshot(atOrBefore: target)
        // Restoring also pays going forward when a snapshot lies between the playhead and the target.
        if target < now || snapshots[index].time > now {
            restore(snapshots[index])
        }
        advance(to: target)
        return now >= start && eventsDone >= startDone ? Array(events[startDone..<eventsDone]) : []
    }

    /// The player acts at the playhead. Anything later on this branch (played events, actions still to come)
    /// is discarded first: acting in the past starts a new branch. Returns the refusal, if any, as `perform` does.
    @discardableResult
    @_specialize(exported: true, where P == Paxos)
    @_specialize(exported: true, where P == Raft)
    public mutating func act(_ action: PlayerAction) -> ActOutcome<P.Event> {
        let discardedUntil = frontier > now || actionsDone < actions.count ? max(frontier, actions.last?.time ?? 0) : nil
        discardFuture()
        actions.append(TimedAction(time: now, action: action))
        let refusal = game.perform(action)
        actionsDone += 1
        return ActOutcome(refusal: refusal, events: takeEvents(), discardedUntil: discardedUntil)
    }

    // MARK: Inside

    /// Advances the game, stopping at each snapshot time it passes for the first time to take one.
    private mutating func run(to target: Tick, into played: inout [Event]) {
        while let last = snapshots.last, last.time + snapshotIntervalMs <= target {
            game.advance(to: last.time + snapshotIntervalMs)
            played += takeEvents()
            snapshots.append(snapshot())
            thinSnapshotsIfNeeded()
        }
        game.advance(to: target)
        played += takeEvents()
    }

    /// Takes the game's new events; those beyond what this branch knew are appended to `events`.
    private mutating func takeEvents() -> [Event] {
        let fresh = game.drainEvents()
        for event in fresh {
            if eventsDone < events.count {
                assert(events[eventsDone] == event, "a replayed game diverged from its history")
            } else {
                events.append(event)
            }
            eventsDone += 1
        }
        frontier = max(frontier, game.now)
        return fresh
    }

    private mutating func discardFuture() {
        actions.removeSubrange(actionsDone...)
        events.removeSubrange(eventsDone...)
        let time = now
        snapshots.removeAll { $0.time > time }
        frontier = time
    }

    private func snapshot() -> HistorySnapshot<P> {
        HistorySnapshot(time: game.now, game: game, actionsDone: actionsDone, eventsDone: eventsDone)
    }

    private mutating func restore(_ snapshot: HistorySnapshot<P>) {
        game = snapshot.game
        actionsDone = snapshot.actionsDone
        eventsDone = snapshot.eventsDone
    }

    /// The index of the last snapshot at or before `time` (there is always one at 0).
    private func lastSnapshot(atOrBefore time: Tick) -> Int {
        var low = 0
        var high = snapshots.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if snapshots[middle].time <= time { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Keeps every other snapshot and doubles the interval: memory stays bounded, rewinds grow a little slower.
    private mutating func thinSnapshotsIfNeeded() {
        guard snapshots.count > Self.maxSnapshots else { return }
        snapshotIntervalMs *= 2
        let interval = snapshotIntervalMs
        snapshots.removeAll { $0.time % interval != 0 }
    }
}

/// What the game looked like at one moment, with how far along the branch's actions and events it was.
struct HistorySnapshot<P: Consensus>: Sendable {
    let time: Tick
    let game: TimedGame<P>
    let actionsDone: Int
    let eventsDone: Int
}

/// A Paxos game with its past.
public typealias GameHistory = TimedHistory<Paxos>
/// A Raft game with its past.
public typealias RaftHistory = TimedHistory<Raft>

/// What came of a player's action through `TimedHistory.act`.
public struct ActOutcome<Kind: Hashable & Sendable>: Sendable {
    /// Why the game refused it, or nil if it was done.
    public let refusal: Refusal?
    /// The events it caused.
    public let events: [TimedEvent<Kind>]
    /// When it started a new branch: how far the discarded future reached. Nil when nothing was discarded.
    public let discardedUntil: Tick?

    /// Whether this action cut off a future that had been played (or was still to be replayed).
    public var startedBranch: Bool { discardedUntil != nil }
}
