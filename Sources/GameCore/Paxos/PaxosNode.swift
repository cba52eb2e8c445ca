/// The protocol handlers: pure functions from a node's state and an input to a `NodeStep`.
///
/// The timed game, the headless simulator and the exhaustive checker all run these same functions.
public enum PaxosNode {
    /// The node times out (or is first to propose) and runs phase 1 with its next ballot.
    public static func startBallot(_ state: NodeState, rules: ProtocolRules) -> NodeStep {
        var step = NodeStep(state: state)
        let ballot = state.nextBallot(rules: rules)
        if state.role == .leading {
            step.events.append(.crownLost(node: state.id, ballot: state.ballot, reason: .restarted,
                                          toppled: state.crownCanTopple))
        }
        step.state.role = .preparing
        step.state.ballot = ballot
        step.state.highestSeen = ballot
        step.state.promisers = NodeSet()
        step.state.accepters = NodeSet()
        step.state.reportedBallot = 0
        step.state.reportedValue = nil
        step.state.proposal = nil
        step.state.decided = false
        step.events.append(.prepare(node: state.id, ballot: ballot))
        for other in rules.others(than: state.id) {
            step.outgoing.append(Message(kind: .p1a, from: state.id, to: other, ballot: ballot))
        }
        // Its own acceptor promises at once; the ballot is above anything it has seen.
        step.state.promised = ballot
        step.events.append(.promise(node: state.id, ballot: ballot))
        countPromise(&step, from: state.id, acceptedBallot: state.acceptedBallot,
                     acceptedValue: state.acceptedValue, rules: rules)
        return step
    }

    /// The node processes one message that reached it.
    public static func receive(_ message: Message, state: NodeState, rules: ProtocolRules) -> NodeStep {
        var step = NodeStep(state: state)
        step.state.highestSeen = max(state.highestSeen, message.ballot)
        switch message.kind {
        case .p1a: onPrepare(message, &step, rules: rules)
        case .p1b: onPromise(message, &step, rules: rules)
        case .p2a: onAcceptRequest(message, &step, rules: rules)
        case .p2b: onAccepted(message, &step, rules: rules)
        case .p3: onDecision(message, &step)
        }
        return step
    }

    /// The node crashes: proposer state is lost, acceptor and learner state stay (unless the level forgets them).
    public static func crash(_ state: NodeState, rules: ProtocolRules) -> NodeStep {
        var step = NodeStep(state: state)
        if state.role == .leading {
            step.events.append(.crownLost(node: state.id, ballot: state.ballot, reason: .crashed,
                                          toppled: state.crownCanTopple))
        }
        var fresh = NodeState(id: state.id)
        if rules.acceptorsKeepStateOnCrash {
            fresh.promised = rules.plantedBug == .crashForgetsPromise ? 0 : state.promised
            fresh.acceptedBallot = state.acceptedBallot
            fresh.acceptedValue = state.acceptedValue
        }
        fresh.learned = state.learned
        fresh.highestSeen = max(fresh.promised, fresh.acceptedBallot)
        step.state = fresh
        return step
    }

    // MARK: Acceptor

    private static func onPrepare(_ message: Message, _ step: inout NodeStep, rules: ProtocolRules) {
        let me = step.state.id
        guard message.ballot > step.state.promised else {
            step.events.append(.reject(node: me, message: message, promised: step.state.promised))
            return
        }
        yieldProposal(to: message.ballot, &step)
        step.state.promised = message.ballot
        step.events.append(.promise(node: me, ballot: message.ballot))
        step.outgoing.append(Message(kind: .p1b, from: me, to: message.from, ballot: message.ballot,
                                     acceptedBallot: step.state.acceptedBallot,
                                     acceptedValue: step.state.acceptedValue))
        step.heardProgress = true
    }

    private static func onAcceptRequest(_ message: Message, _ step: inout NodeStep, rules: ProtocolRules) {
        let me = step.state.id
        let keepsPromise = rules.plantedBug == .strictAccept
            ? message.ballot > step.state.promised : message.ballot >= step.state.promised
        guard keepsPromise || rules.acceptsBelowPromise, let value = message.value else {
            step.events.append(.reject(node: me, message: message, promised: step.state.promised))
            return
        }
        yieldProposal(to: message.ballot, &step)
        step.state.promised = max(step.state.promised, message.ballot)
        step.state.acceptedBallot = message.ballot
        step.state.acceptedValue = value
        step.events.append(.accept(node: me, ballot: message.ballot, value: value))
        step.outgoing.append(Message(kind: .p2b, from: me, to: message.from, ballot: message.ballot))
        step.heardProgress = true
    }

    /// A proposer that sees a higher ballot gives up its own; a leader loses its crown.
    private static func yieldProposal(to ballot: Ballot, _ step: inout NodeStep) {
        let state = step.state
        guard state.role != .follower, ballot > state.ballot else { return }
        if state.role == .leading {
            step.events.append(.crownLost(node: state.id, ballot: state.ballot, reason: .higherBallot(ballot),
                                          toppled: state.crownCanTopple))
        }
        step.state.role = .follower
    }

    // MARK: Proposer

    private static func onPromise(_ message: Message, _ step: inout NodeStep, rules: ProtocolRules) {
        guard step.state.role == .preparing, message.ballot == step.state.ballot else {
            step.events.append(.ignore(node: step.state.id, message: message, reason: .of(message, at: step.state)))
            return
        }
        step.heardProgress = true
        countPromise(&step, from: message.from, acceptedBallot: message.acceptedBallot,
                     acceptedValue: message.acceptedValue, rules: rules)
    }

    private static func countPromise(_ step: inout NodeStep, from node: NodeID,
                                     acceptedBallot: Ballot, acceptedValue: Value?, rules: ProtocolRules) {
        step.state.promisers.insert(node)
        let higher = rules.plantedBug == .adoptsLowestAccepted
            ? step.state.reportedBallot == 0 || acceptedBallot < step.state.reportedBallot
            : acceptedBallot > step.state.reportedBallot
        if let value = acceptedValue, higher {
            step.state.reportedBallot = acceptedBallot
            step.state.reportedValue = value
        }
        if step.state.role == .preparing, step.state.promisers.count >= rules.quorum {
            enterPhaseTwo(&step, rules: rules)
        }
    }

    private static func enterPhaseTwo(_ step: inout NodeStep, rules: ProtocolRules) {
        let me = step.state.id
        let ballot = step.state.ballot
        let value = rules.leaderAdoptsReportedValue ? (step.state.reportedValue ?? me) : me
        step.state.role = .leading
        step.state.proposal = value
        step.events.append(.crownGained(node: me, ballot: ballot, value: value))
        for other in rules.others(than: me) {
            step.outgoing.append(Message(kind: .p2a, from: me, to: other, ballot: ballot, value: value))
        }
        // Its own acceptor accepts at once: it promised this ballot and has promised nothing higher.
        step.state.acceptedBallot = ballot
        step.state.acceptedValue = value
        step.events.append(.accept(node: me, ballot: ballot, value: value))
        countAccept(&step, from: me, rules: rules)
    }

    private static func onAccepted(_ message: Message, _ step: inout NodeStep, rules: ProtocolRules) {
        guard step.state.role == .leading, message.ballot == step.state.ballot, !step.state.decided else {
            step.events.append(.ignore(node: step.state.id, message: message, reason: .of(message, at: step.state)))
            return
        }
        step.heardProgress = true
        countAccept(&step, from: message.from, rules: rules)
    }

    private static func countAccept(_ step: inout NodeStep, from node: NodeID, rules: ProtocolRules) {
        step.state.accepters.insert(node)
        guard !step.state.decided, step.state.accepters.count >= rules.quorum,
              let value = step.state.proposal else { return }
        let me = step.state.id
        step.state.decided = true
        // A node keeps the first value it came to know; a second, different decision (only a broken level
        // gets one) is still an event, so the log and the invariants show both.
        if step.state.learned == nil { step.state.learned = value }
        step.events.append(.decide(node: me, ballot: step.state.ballot, value: value))
        for other in rules.others(than: me) {
            step.outgoing.append(Message(kind: .p3, from: me, to: other, ballot: step.state.ballot, value: value))
        }
    }

    // MARK: Learner

    private static func onDecision(_ message: Message, _ step: inout NodeStep) {
        guard let value = message.value, step.state.learned != value else { return }
        let me = step.state.id
        if step.state.role == .leading, !step.state.decided {
            step.events.append(.crownLost(node: me, ballot: step.state.ballot, reason: .learnedDecision,
                                          toppled: false))
            step.state.role = .follower
        }
        if step.state.learned == nil { step.state.learned = value }
        step.events.append(.learn(node: me, ballot: message.ballot, value: value))
        step.heardProgress = true
    }
}
