extension SpaceTimeDiagram {
    /// The diagram of the stretch from `start` to `end` (inclusive) of a game's events, which must begin at the
    /// game's start (so downs and holds already under way are known) and should run past `end` (so the fate
    /// of the last messages is known).
    public init<Events: Sequence<GameEvent>>(events: Events, nodeCount: Int, from start: Tick, to end: Tick,
                                             flightMs: Tick = Timing().flightMs) {
        precondition(start <= end, "a diagram needs start <= end")
        self.nodeCount = nodeCount
        self.flightMs = flightMs
        self.start = start
        self.end = end
        var builder = DiagramBuilder(nodeCount: nodeCount, start: start, end: end)
        for event in events { builder.take(event) }
        builder.finish()
        messages = builder.messages
        down = builder.down
        held = builder.held
        marks = builder.marks
    }
}

/// Walks the events once, pairing each send with its delivery or loss.
private struct DiagramBuilder {
    let nodeCount: Int
    let start: Tick
    let end: Tick
    var messages: [DiagramMessage] = []
    /// For each message in flight, the indices in `messages` of its copies, first sent first (nil when sent
    /// before the stretch). A dictionary only for lookup: nothing iterates it except to empty it.
    var flying: [Message: [Int?]] = [:]
    var downSince: [Tick?]
    var heldSince: [Tick?]
    var down: [NodeInterval] = []
    var held: [NodeInterval] = []
    var marks: [DiagramMark] = []

    init(nodeCount: Int, start: Tick, end: Tick) {
        self.nodeCount = nodeCount
        self.start = start
        self.end = end
        downSince = Array(repeating: nil, count: nodeCount)
        heldSince = Array(repeating: nil, count: nodeCount)
    }

    var inStretch: ClosedRange<Tick> { start...end }

    mutating func take(_ event: GameEvent) {
        let time = event.time
        switch event.kind {
        case .send(let message):
            var index: Int?
            if inStretch.contains(time) {
                index = messages.count
                let owner = SpaceTimeDiagram.owner(of: message.ballot, nodeCount: nodeCount)
                messages.append(DiagramMessage(message: message, sentAt: time, fate: .inFlight, ballotOwner: owner))
            }
            flying[message, default: []].append(index)
        case .deliver(let message):
            land(message, fate: .delivered(time))
        case .drop(let message):
            land(message, fate: .lost(time))
        case .roundStart:
            // A new round starts with an empty network: whatever still flew is gone.
            for copies in flying.values {
                for case let index? in copies { messages[index].fate = .discarded(time) }
            }
            flying.removeAll()
        case .kill(let node, let endedHold):
            if endedHold { closeHeld(node, at: time) }
            downSince[node] = time
            mark(node, time, .crashed)
        case .recover(let node):
            closeDown(node, at: time)
            mark(node, time, .recovered)
        case .hold(let node):
            heldSince[node] = time
        case .release(let node):
            closeHeld(node, at: time)
        case .crownGained(let node, let ballot, let value):
            mark(node, time, .crownGained(ballot: ballot, value: value))
        case .crownLost(let node, let ballot, _, let toppled):
            mark(node, time, .crownLost(ballot: ballot, toppled: toppled))
        case .reject(let node, let message, let promised):
            mark(node, time, .refused(message, promised: promised))
        case .decide(let node, _, let value):
            mark(node, time, .decided(value))
        case .learn(let node, _, let value):
            mark(node, time, .learned(value))
        default:
            break
        }
    }

    private mutating func land(_ message: Message, fate: DiagramMessage.Fate) {
        guard var copies = flying[message], !copies.isEmpty else { return }
        if let index = copies.removeFirst() { messages[index].fate = fate }
        flying[message] = copies.isEmpty ? nil : copies
    }

    private mutating func mark(_ node: NodeID, _ time: Tick, _ kind: DiagramMark.Kind) {
        guard inStretch.contains(time) else { return }
        marks.append(DiagramMark(node: node, time: time, kind: kind))
    }

    /// Ends an interval that began at `since[node]`, keeping the part inside the stretch.
    private func clipped(_ node: NodeID, from begin: Tick, to finish: Tick) -> NodeInterval? {
        let from = max(begin, start)
        let to = min(finish, end)
        return from < to ? NodeInterval(node: node, start: from, end: to) : nil
    }

    private mutating func closeDown(_ node: NodeID, at time: Tick) {
        guard let begin = downSince[node] else { return }
        downSince[node] = nil
        if let interval = clipped(node, from: begin, to: time) { down.append(interval) }
    }

    private mutating func closeHeld(_ node: NodeID, at time: Tick) {
        guard let begin = heldSince[node] else { return }
        heldSince[node] = nil
        if let interval = clipped(node, from: begin, to: time) { held.append(interval) }
    }

    /// Closes what is still open at the stretch's end and puts the intervals in time order.
    mutating func finish() {
        for node in 0..<nodeCount {
            closeDown(node, at: end)
            closeHeld(node, at: end)
        }
        down.sort { ($0.start, $0.node) < ($1.start, $1.node) }
        held.sort { ($0.start, $0.node) < ($1.start, $1.node) }
    }
}
