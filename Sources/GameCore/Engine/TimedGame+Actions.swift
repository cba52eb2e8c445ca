extension TimedGame {
    /// Applies a player's action now. Returns nil when done, or why it was refused (also an event).
    @discardableResult
    public mutating func perform(_ action: PlayerAction) -> Refusal? {
        if let refusal = refusal(of: action) {
            emit(.refused(action: action, reason: refusal))
            return refusal
        }
        let node = action.node
        switch action {
        case .kill: kill(node)
        case .recover: recover(node)
        case .hold:
            nodes[node].isHeld = true
            nodes[node].heldSince = now
            emit(.hold(node: node))
        case .release:
            nodes[node].isHeld = false
            nodes[node].heldSince = nil
            emit(.release(node: node))
            sendNext(node)
        case .deliver, .deliverRaft:
            emit(.scheduled(action))
            if let message = P.scheduled(action) { launch(message) }
        case .startBallot:
            emit(.scheduled(action))
            apply(P.startElection(nodes[node].state, rules: rules), to: node)
        }
        settle()
        return nil
    }

    /// Why the action is not allowed now, or nil if it is.
    public func refusal(of action: PlayerAction) -> Refusal? {
        let node = action.node
        guard nodes.indices.contains(node) else { return .noSuchNode(node) }
        switch action {
        case .kill:
            guard nodes[node].isAlive else { return .alreadyDown(node) }
            let down = nodes.filter { !$0.isAlive }.map(\.id)
            guard down.count < rules.maxDown else {
                return .tooManyDown(down: down, maxDown: rules.maxDown, nodeCount: rules.nodeCount)
            }
            return nil
        case .recover:
            return nodes[node].isAlive ? .notDown(node) : nil
        case .hold:
            guard nodes[node].isAlive else { return .holdWhileDown(node) }
            return nodes[node].isHeld ? .alreadyHeld(node) : nil
        case .release:
            return nodes[node].isHeld ? nil : .notHeld(node)
        case .deliver(let message):
            guard config.followsSchedule else { return .scheduleOnly(action) }
            guard let sent = P.scheduled(action), network.contains(sent) else { return .neverSent(message) }
            return nodes[node].isAlive ? nil : .scheduledNodeDown(node)
        case .deliverRaft(let message):
            guard config.followsSchedule else { return .scheduleOnly(action) }
            guard let sent = P.scheduled(action), network.contains(sent) else { return .neverSentRaft(message) }
            return nodes[node].isAlive ? nil : .scheduledNodeDown(node)
        case .startBallot:
            guard config.followsSchedule else { return .scheduleOnly(action) }
            return nodes[node].isAlive ? nil : .scheduledNodeDown(node)
        }
    }

    private mutating func kill(_ node: NodeID) {
        let endedHold = nodes[node].isHeld
        nodes[node].isAlive = false
        nodes[node].isHeld = false
        nodes[node].heldSince = nil
        emit(.kill(node: node, endedHold: endedHold))
        take(P.crash(nodes[node].state, rules: rules), at: node)
        nodes[node].inbox.removeAll()
        nodes[node].outbox.removeAll()
        nodes[node].processTimer.disarm()
        nodes[node].sendGapTimer.disarm()
        nodes[node].electionTimer.disarm()
        if openingProposer == node { openingProposer = nil }
    }

    /// A recovered node keeps what its stable storage held and starts as a follower with a fresh election timer.
    private mutating func recover(_ node: NodeID) {
        nodes[node].isAlive = true
        emit(.recover(node: node))
        if nodes[node].state.learned == nil || P.knowersKeepTimeouts {
            armElection(node, range: electionTimeout)
        }
    }
}
