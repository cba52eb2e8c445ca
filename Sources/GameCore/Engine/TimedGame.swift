import HeapModule

/// The timed game: a consensus protocol between the nodes, driven by a game clock, attacked by the player.
///
/// Deterministic: the seed and the player's actions (with their times) fix every event.
/// The one entry point that moves time is `advance(to:)`; `perform(_:)` applies a player's action.
public struct TimedGame<P: Consensus>: Sendable {
    public let config: GameSetup<P>
    public var rules: P.Rules { config.rules }
    public var timing: Timing { config.timing }

    public internal(set) var now: Tick = 0
    public internal(set) var nodes: [TimedNode<P>]
    var flightQueue = Heap<MessageFlight<P.Message>>()
    var nextSequence = 0
    var rng: SeededGenerator

    public internal(set) var round = 0
    public internal(set) var roundStartedAt: Tick = 0
    /// When the round ends, once every live node has learned the decision.
    public internal(set) var roundEndsAt: Tick?
    /// The node that opens the round; its first ballot is not a timeout.
    var openingProposer: NodeID?
    public internal(set) var ledger: P.Ledger
    public internal(set) var stats = RoundStats()
    public internal(set) var score = ScoreBoard()
    public internal(set) var lastRound: RoundSummary?
    /// Whether every invariant held in every state of the whole game.
    public internal(set) var everyInvariantHeld = true
    /// The first invariant seen broken, and when.
    public internal(set) var firstViolation: (invariant: P.Invariant, time: Tick)?
    var checkedLedgerVersion = -1
    var pendingEvents: [TimedEvent<P.Event>] = []
    /// With a schedule: every message sent so far, waiting for a schedule step to deliver it.
    public internal(set) var network: [P.Message] = []

    public init(config: GameSetup<P>) {
        self.config = config
        rng = SeededGenerator(seed: config.seed)
        nodes = (0..<config.rules.nodeCount).map(TimedNode<P>.init(id:))
        ledger = P.Ledger(rules: config.rules)
        startRound()
    }

    /// Messages in flight, in no particular order.
    public var flights: [MessageFlight<P.Message>] { Array(flightQueue.unordered) }

    /// The invariants on the current state, with evidence, for the pane.
    public var invariantReports: [P.InvariantReport] { P.reports(on: ledger) }

    /// Takes the events that happened since the last call, oldest first.
    public mutating func drainEvents() -> [TimedEvent<P.Event>] {
        defer { pendingEvents.removeAll(keepingCapacity: true) }
        return pendingEvents
    }

    /// Whether a majority of nodes is up and not held, so a ballot can succeed.
    public var progressPossible: Bool {
        nodes.filter { $0.isAlive && !$0.isHeld }.count >= rules.majority
    }

    // MARK: Time

    /// When the next thing happens, if anything is due.
    public var nextEventTime: Tick? {
        var next = flightQueue.min?.arrival
        func consider(_ time: Tick?) {
            guard let time else { return }
            next = min(next ?? time, time)
        }
        for node in nodes {
            consider(node.processTimer.deadline)
            consider(node.sendGapTimer.deadline)
            consider(node.electionTimer.deadline)
        }
        consider(roundEndsAt)
        return next
    }

    /// Runs every event up to and including `target`, then sets the clock to it.
    public mutating func advance(to target: Tick) {
        while let next = nextEventTime, next <= target {
            runNextEvent()
        }
        now = max(now, target)
    }

    /// Runs the single next event, if any; returns whether there was one.
    @discardableResult
    public mutating func step() -> Bool {
        guard nextEventTime != nil else { return false }
        runNextEvent()
        return true
    }

    /// Ties at one tick go: landing flights (first sent first), then nodes by id, then the round's end.
    private mutating func runNextEvent() {
        guard let time = nextEventTime else { return }
        now = max(now, time)
        if let flight = flightQueue.min, flight.arrival == time {
            land(flightQueue.removeMin())
        } else if let node = nodes.firstIndex(where: { $0.processTimer.deadline == time }) {
            finishProcessing(node)
        } else if let node = nodes.firstIndex(where: { $0.electionTimer.deadline == time }) {
            timeOut(node)
        } else if let node = nodes.firstIndex(where: { $0.sendGapTimer.deadline == time }) {
            nodes[node].sendGapTimer.disarm()
            sendNext(node)
        } else if roundEndsAt == time {
            endRound()
            return
        }
        settle()
    }

    /// After anything happens: timers run or pause, the round may be over, the invariants are checked.
    mutating func settle() {
        refreshTimers()
        checkRoundEnd()
        checkInvariants()
    }

    mutating func emit(_ kind: P.Event) {
        pendingEvents.append(TimedEvent(time: now, kind: kind))
        P.record(kind, in: &ledger)
        switch kind.tally {
        case .sent: stats.messages += 1
        case .ballotStarted: stats.ballots += 1
        case .crownLost(let toppled) where toppled: stats.crownsToppled += 1
        case .crownGained(let value):
            stats.proposedValues.insert(value)
            stats.phaseTwoBallots += 1
        case .decided(let value) where stats.firstDecisionAt == nil:
            stats.firstDecisionAt = now
            stats.decidedValue = value
        default: break
        }
    }

    // MARK: Nodes at work

    private mutating func land(_ flight: MessageFlight<P.Message>) {
        let message = flight.message
        let to = message.to
        guard nodes[to].isAlive else {
            emit(.drop(message))
            return
        }
        emit(.deliver(message))
        nodes[to].inbox.append(message)
        startProcessingIfIdle(to)
    }

    private mutating func startProcessingIfIdle(_ node: NodeID) {
        guard !nodes[node].processTimer.isArmed, !nodes[node].inbox.isEmpty else { return }
        nodes[node].processTimer.arm(timing.processMs)
        nodes[node].processTimer.run(canWork(node), now: now)
    }

    private mutating func finishProcessing(_ node: NodeID) {
        nodes[node].processTimer.disarm()
        guard let message = nodes[node].inbox.popFirst() else { return }
        apply(P.receive(message, state: nodes[node].state, rules: rules), to: node)
        startProcessingIfIdle(node)
    }

    private mutating func timeOut(_ node: NodeID) {
        if openingProposer == node {
            openingProposer = nil
        } else {
            emit(.timeout(node: node))
        }
        apply(P.startElection(nodes[node].state, rules: rules), to: node)
        armElection(node, range: electionTimeout)
    }

    /// Takes in a protocol step's result: new state, events, messages to send, and timer resets.
    mutating func apply(_ step: P.Step, to node: NodeID) {
        take(step, at: node)
        sendNext(node)
        if step.state.learned != nil, !P.knowersKeepTimeouts {
            nodes[node].electionTimer.disarm()
        } else if step.heardProgress {
            armElection(node, range: electionTimeout)
        }
    }

    /// Puts a step's state, events and outgoing messages in place (the messages wait in the outbox).
    /// The same order as `NodeStep.apply`, which the checker uses: state, then events, then messages.
    mutating func take(_ step: P.Step, at node: NodeID) {
        nodes[node].state = step.state
        for event in step.events { emit(P.gameEvent(event)) }
        for message in step.outgoing { nodes[node].outbox.append(message) }
    }

    /// Sends the head of the outbox unless the node is still in the gap after its last send.
    /// Following a schedule, everything goes at once into the network, to fly when a step delivers it.
    mutating func sendNext(_ node: NodeID) {
        guard canWork(node), !nodes[node].sendGapTimer.isArmed else { return }
        while let message = nodes[node].outbox.popFirst() {
            emit(.send(message))
            nodes[node].noteSent(message, at: now)
            guard !config.followsSchedule else {
                if !network.contains(message) { network.append(message) }
                continue
            }
            launch(message)
            nodes[node].sendGapTimer.arm(timing.staggerMs)
            nodes[node].sendGapTimer.resume(now: now)
            return
        }
    }

    mutating func launch(_ message: P.Message) {
        flightQueue.insert(MessageFlight(arrival: now + timing.flightMs, sequence: nextSequence, sentAt: now, message: message))
        nextSequence += 1
    }

    /// How long a node waits for progress before it starts a ballot, in this cluster.
    var electionTimeout: ClosedRange<Tick> { timing.electionTimeoutMs(nodeCount: rules.nodeCount) }

    /// Following a schedule, nobody times out: the schedule says who starts a ballot.
    mutating func armElection(_ node: NodeID, range: ClosedRange<Tick>) {
        guard !config.followsSchedule else { return }
        nodes[node].electionTimer.arm(rng.int(in: range))
    }

    func canWork(_ node: NodeID) -> Bool { nodes[node].isAlive && !nodes[node].isHeld }

    /// A held node's timers stop; with no majority able to work, nobody's election timer runs.
    mutating func refreshTimers() {
        let majority = progressPossible
        for index in nodes.indices {
            let working = canWork(index)
            nodes[index].processTimer.run(working, now: now)
            nodes[index].sendGapTimer.run(working, now: now)
            nodes[index].electionTimer.run(working && majority, now: now)
        }
    }

    private mutating func checkInvariants() {
        guard ledger.version != checkedLedgerVersion else { return }
        checkedLedgerVersion = ledger.version
        for invariant in P.Invariant.allCases where !invariant.holds(on: ledger) {
            stats.invariantsHeld = false
            everyInvariantHeld = false
            if firstViolation == nil { firstViolation = (invariant, now) }
        }
    }
}

