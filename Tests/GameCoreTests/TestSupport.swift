import Testing
import GameCore

// Small builders shared by the GameCore tests, so each test body shows only the case it is about.

let red: NodeID = 0
let green: NodeID = 1
let blue: NodeID = 2
let yellow: NodeID = 3
let purple: NodeID = 4

let threeNodes = ProtocolRules(nodeCount: 3)
let fiveNodes = ProtocolRules(nodeCount: 5)

/// A node's state with the acceptor and learner fields set directly.
func node(_ id: NodeID, promised: Ballot = 0, accepted: (Ballot, Value)? = nil, learned: Value? = nil) -> NodeState {
    var state = NodeState(id: id)
    state.promised = promised
    state.highestSeen = max(promised, accepted?.0 ?? 0)
    if let (ballot, value) = accepted {
        state.acceptedBallot = ballot
        state.acceptedValue = value
    }
    state.learned = learned
    return state
}

func p1a(_ ballot: Ballot, from: NodeID, to: NodeID) -> Message {
    Message(kind: .p1a, from: from, to: to, ballot: ballot)
}

func p1b(_ ballot: Ballot, from: NodeID, to: NodeID, accepted: (Ballot, Value)? = nil) -> Message {
    Message(kind: .p1b, from: from, to: to, ballot: ballot,
            acceptedBallot: accepted?.0 ?? 0, acceptedValue: accepted?.1)
}

func p2a(_ ballot: Ballot, _ value: Value, from: NodeID, to: NodeID) -> Message {
    Message(kind: .p2a, from: from, to: to, ballot: ballot, value: value)
}

func p2b(_ ballot: Ballot, from: NodeID, to: NodeID) -> Message {
    Message(kind: .p2b, from: from, to: to, ballot: ballot)
}

func p3(_ value: Value, ballot: Ballot, from: NodeID, to: NodeID) -> Message {
    Message(kind: .p3, from: from, to: to, ballot: ballot, value: value)
}

/// Feeds messages to one node in order, threading its state, and returns every step.
func feed(_ state: NodeState, _ messages: [Message], rules: ProtocolRules = threeNodes) -> (state: NodeState, steps: [NodeStep]) {
    var current = state
    var steps: [NodeStep] = []
    for message in messages {
        let step = PaxosNode.receive(message, state: current, rules: rules)
        steps.append(step)
        current = step.state
    }
    return (current, steps)
}

/// A leader of `ballot` in phase 2: it ran phase 1 and has promises from a quorum, proposing `value`.
func leader(_ id: NodeID, rules: ProtocolRules = threeNodes, promisesFrom others: [NodeID]? = nil) -> NodeState {
    let start = PaxosNode.startBallot(NodeState(id: id), rules: rules)
    let promisers = others ?? Array(rules.others(than: id).prefix(rules.quorum - 1))
    var state = start.state
    for other in promisers where state.role == .preparing {
        state = PaxosNode.receive(p1b(state.ballot, from: other, to: id), state: state, rules: rules).state
    }
    precondition(state.role == .leading, "the helper should have made a leader")
    return state
}

extension Array where Element == EventKind {
    var crownsGained: [(node: NodeID, ballot: Ballot, value: Value)] {
        compactMap { if case .crownGained(let n, let b, let v) = $0 { return (n, b, v) } else { return nil } }
    }
    var crownsLost: [(node: NodeID, ballot: Ballot, reason: CrownLoss, toppled: Bool)] {
        compactMap { if case .crownLost(let n, let b, let r, let t) = $0 { return (n, b, r, t) } else { return nil } }
    }
    var rejections: [(node: NodeID, message: Message, promised: Ballot)] {
        compactMap { if case .reject(let n, let m, let p) = $0 { return (n, m, p) } else { return nil } }
    }
}

// MARK: The timed game

/// A game plus every event it produced, so a test can both drive it and read its history.
struct GameDriver {
    var game: PaxosGame
    private(set) var log: [GameEvent] = []

    init(seed: UInt64 = 1, nodeCount: Int = 3, variant: Variant = .paxos) {
        game = PaxosGame(config: GameConfig(seed: seed, nodeCount: nodeCount, variant: variant))
        collect()
    }

    var now: Tick { game.now }
    var kinds: [EventKind] { log.map(\.kind) }

    mutating func collect() { log += game.drainEvents() }

    /// Most events a `run(until:)` takes: a cap besides game time, so no loop can spin forever.
    static let stepLimit = 200_000

    /// Runs events one at a time until `done` holds on a new event, or `limit` ms of game time (or `stepLimit`
    /// events) pass. Returns the event that matched, if one did.
    @discardableResult
    mutating func run(until done: (GameEvent) -> Bool, limit: Tick = 600_000) -> GameEvent? {
        let deadline = game.now + limit
        var steps = 0
        while let next = game.nextEventTime, next <= deadline, steps < Self.stepLimit {
            steps += 1
            game.step()
            let events = game.drainEvents()
            log += events
            if let hit = events.first(where: done) { return hit }
        }
        return nil
    }

    /// Runs until a kind of event happens (matched by a closure over the kind).
    @discardableResult
    mutating func runUntil(limit: Tick = 600_000, _ match: (EventKind) -> Bool) -> GameEvent? {
        run(until: { match($0.kind) }, limit: limit)
    }

    /// Runs until a kind of event happens, or fails the test naming what never happened ("no decision after
    /// 600 s of game time").
    @discardableResult
    mutating func require(_ what: String, limit: Tick = 600_000, _ match: (EventKind) -> Bool) throws -> GameEvent {
        let started = game.now
        guard let hit = runUntil(limit: limit, match) else {
            throw Stuck("no \(what) after \((game.now - started) / 1000) s of game time (seed \(game.config.seed))")
        }
        return hit
    }

    mutating func advance(by ms: Tick) {
        game.advance(to: game.now + ms)
        collect()
    }

    @discardableResult
    mutating func perform(_ action: PlayerAction) -> Refusal? {
        let reason = game.perform(action)
        collect()
        return reason
    }

    /// Events since a point in the log.
    func events(since index: Int) -> [GameEvent] { Array(log[index...]) }
}

extension EventKind {
    var isPrepare: Bool { if case .prepare = self { return true } else { return false } }
    var isCrownGained: Bool { if case .crownGained = self { return true } else { return false } }
    var isDecide: Bool { if case .decide = self { return true } else { return false } }
    var isTimeout: Bool { if case .timeout = self { return true } else { return false } }
    var isRoundEnd: Bool { if case .roundEnd = self { return true } else { return false } }
    var isRoundStart: Bool { if case .roundStart = self { return true } else { return false } }

}

// The parts of one kind of event, nil for any other: `try #require(event?.kind.prepared)` makes a test fail,
// rather than pass unexamined, when the event it needs never happens.
extension EventKind {
    var prepared: (node: NodeID, ballot: Ballot)? {
        if case .prepare(let n, let b) = self { return (n, b) } else { return nil }
    }
    var promised: (node: NodeID, ballot: Ballot)? {
        if case .promise(let n, let b) = self { return (n, b) } else { return nil }
    }
    var crowned: (node: NodeID, ballot: Ballot, value: Value)? {
        if case .crownGained(let n, let b, let v) = self { return (n, b, v) } else { return nil }
    }
    var accepted: (node: NodeID, ballot: Ballot, value: Value)? {
        if case .accept(let n, let b, let v) = self { return (n, b, v) } else { return nil }
    }
    var decided: (node: NodeID, ballot: Ballot, value: Value)? {
        if case .decide(let n, let b, let v) = self { return (n, b, v) } else { return nil }
    }
    var timedOut: NodeID? {
        if case .timeout(let n) = self { return n } else { return nil }
    }
    var delivered: Message? {
        if case .deliver(let m) = self { return m } else { return nil }
    }
    var roundEnded: (round: Int, points: Int)? {
        if case .roundEnd(let r, _, _, let p) = self { return (r, p) } else { return nil }
    }
    var refusal: Refusal? {
        if case .refused(_, let reason) = self { return reason } else { return nil }
    }
    var rejection: (node: NodeID, message: Message, promised: Ballot)? {
        if case .reject(let n, let m, let p) = self { return (n, m, p) } else { return nil }
    }
}

/// A test's wait that never ended: the message names what never happened.
struct Stuck: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Plays a headless game and fails, naming the seed and what never happened, if it stalls; the runner itself
/// gives up on a round after `HeadlessRun.roundLimitMs` of game time, so this never hangs.
func playRounds<P: Player>(_ config: GameConfig, player: inout P, rounds: Int,
                           onEvents: (([GameEvent]) -> Void)? = nil) throws -> HeadlessOutcome {
    let outcome = HeadlessRun.play(config: config, player: &player, rounds: rounds, onEvents: onEvents)
    if outcome.stalled {
        throw Stuck("seed \(config.seed): \(outcome.stallReason ?? "stalled") (after \(outcome.rounds.count) of \(rounds) rounds)")
    }
    return outcome
}

/// A player's action at a time given in seconds, as the hand-written scripts of the broken levels are written.
func at(_ seconds: Double, _ action: PlayerAction) -> TimedAction {
    TimedAction(time: Int((seconds * 1000).rounded()), action: action)
}

/// Plays a hand-written script on seed 1 with three nodes, expecting no action refused, and returns the game once
/// two nodes know different values (or after 200 s of game time).
func playScript<P: Consensus>(_ variant: P.Rules.Variant, _ script: [TimedAction], as _: P.Type) -> TimedGame<P> {
    var game = TimedGame<P>(config: GameSetup<P>(seed: 1, nodeCount: 3, variant: variant))
    var player = ScriptedPlayer(actions: script)
    game.play(&player, upTo: 200_000) { step, game in
        if let action = step.action {
            #expect(!step.events.contains { $0.kind.refusal != nil }, "\(action) was refused")
        }
        return game.decidedThisRound.count >= 2
    }
    return game
}
