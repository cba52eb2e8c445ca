extension SpaceTimeDiagram {
    /// The diagram of the stretch from `start` to `end` (inclusive) of a game's events, which must begin at the
    /// game's start, or else say in `downAtStart` and `heldAtStart` which nodes were down or held as the
    /// stretch began; they should run past `end` (so the fate of the last messages is known).
    public init<Kind: DiagramEventKind, Events: Sequence<TimedEvent<Kind>>>(
        events: Events, nodeCount: Int, from start: Tick, to end: Tick, flightMs: Tick = Timing().flightMs,
        followsSchedule: Bool = false, downAtStart: Set<NodeID> = [], heldAtStart: Set<NodeID> = []
    ) {
        precondition(start <= end, "a diagram needs start <= end")
        self.nodeCount = nodeCount
        self.flightMs = flightMs
        ballotWord = Kind.ballotWord
        self.followsSchedule = followsSchedule
        self.start = start
        self.end = end
        var builder = DiagramBuilder<Kind.Message>(nodeCount: nodeCount, start: start, end: end)
        for node in downAtStart where node < nodeCount { builder.downSince[node] = start }
        for node in heldAtStart where node < nodeCount { builder.heldSince[node] = start }
        for event in events {
            if let fact = event.kind.diagramFact { builder.take(fact, at: event.time) }
        }
        builder.finish()
        messages = builder.messages
        down = builder.down
        held = builder.held
        marks = builder.marks
    }

    /// The nodes down and the nodes held once `events` (in time order) have happened.
    public static func underWay<Kind: DiagramEventKind, Events: Sequence<TimedEvent<Kind>>>(
        _ events: Events
    ) -> (down: Set<NodeID>, held: Set<NodeID>) {
        var down: Set<NodeID> = [], held: Set<NodeID> = []
        for event in events {
            switch event.kind.diagramFact {
            case .kill(let node, _)?: down.insert(node); held.remove(node)
            case .recover(let node)?: down.remove(node)
            case .hold(let node)?: held.insert(node)
            case .release(let node)?: held.remove(node)
            default: break
            }
        }
        return (down, held)
    }
}

/// Walks the events once, pairing each send with its delivery or loss.
private struct DiagramBuilder<Message: ConsensusMessage> {
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

    mutating func take(_ fact: DiagramFact<Message>, at time: Tick) {
        switch fact {
        case .send(let message):
            var index: Int?
            if inStretch.contains(time) {
                index = messages.count
                let owner = SpaceTimeDiagram.owner(of: message.colourBallot, nodeCount: nodeCount)
                messages.append(DiagramMessage(message: message, sentAt: time, fate: .inFlight, ballotOwner: owner))
            }
            flying[message, default: []].append(index)
        case .deliver(let message):
            land(message, fate: .delivered(time))
        case .drop(let message):
            land(message, fate: .lost(time))
        case .dispatch(let message):
            // The first copy still waiting goes; a schedule may also deliver a message again after it landed (the
            // network keeps it), and that flight is an arrow of its own, from the dispatch.
            if let index = (flying[message] ?? []).compactMap({ $0 }).first(where: { messages[$0].dispatchedAt == nil }) {
                messages[index].dispatchedAt = time
            } else if flying[message]?.isEmpty ?? true {
                var index: Int?
                if inStretch.contains(time) {
                    index = messages.count
                    let owner = SpaceTimeDiagram.owner(of: message.colourBallot, nodeCount: nodeCount)
                    var copy = DiagramMessage(message: message, sentAt: time, fate: .inFlight, ballotOwner: owner)
                    copy.dispatchedAt = time
                    messages.append(copy)
                }
                flying[message, default: []].append(index)
            }
        case .roundStart:
            // A new round starts with an empty network: whatever still flew is gone.
            for copies in flying.values {
                for case let index? in copies { messages[index].fate = .discarded(time) }
            }
            flying.removeAll()
        case .kill(let node, let endedHold):
            if endedHold { closeHeld(node, at: time) }
            downSince[node] = time
            mark(node, time, .crashed, "crashes")
        case .recover(let node):
            closeDown(node, at: time)
            mark(node, time, .recovered, "recovers")
        case .hold(let node):
            heldSince[node] = time
        case .release(let node):
            closeHeld(node, at: time)
        case let .mark(node, kind, text):
            mark(node, time, kind, text)
        }
    }

    private mutating func land(_ message: Message, fate: DiagramMessage.Fate) {
        guard var copies = flying[message], !copies.isEmpty else { return }
        if let index = copies.removeFirst() { messages[index].fate = fate }
        flying[message] = copies.isEmpty ? nil : copies
    }

    private mutating func mark(_ node: NodeID, _ time: Tick, _ kind: DiagramMark.Kind, _ text: String) {
        guard inStretch.contains(time) else { return }
        marks.append(DiagramMark(node: node, time: time, kind: kind, text: text))
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
