extension PaxosGame {
    /// Applies a player's action now. Returns nil when done, or the reason it was refused (also an event).
    @discardableResult
    public mutating func perform(_ action: PlayerAction) -> String? {
        let node = action.node
        guard nodes.indices.contains(node) else {
            return refuse(action, "There is no node \(node + 1)")
        }
        if let reason = refusal(of: action) {
            return refuse(action, reason)
        }
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
        case .deliver(let message):
            emit(.scheduled(action))
            launch(message)
        case .startBallot:
            emit(.scheduled(action))
            apply(PaxosNode.startBallot(nodes[node].state, rules: rules), to: node)
        }
        settle()
        return nil
    }

    /// Why the action is not allowed now, or nil if it is.
    public func refusal(of action: PlayerAction) -> String? {
        let node = action.node
        let name = NodeNames.title(node)
        switch action {
        case .kill:
            guard nodes[node].isAlive else { return "\(name) is already down" }
            let down = nodes.filter { !$0.isAlive }.map { NodeNames.title($0.id) }
            guard down.count < rules.maxDown else {
                let who = down.count == 1 ? down[0] : down.joined(separator: " or ")
                return "Recover \(who) first: at most \(rules.maxDown) of \(rules.nodeCount) may be down"
            }
            return nil
        case .recover:
            return nodes[node].isAlive ? "\(name) is not down" : nil
        case .hold:
            guard nodes[node].isAlive else { return "\(name) is down: recover it before holding it" }
            return nodes[node].isHeld ? "\(name) is already held" : nil
        case .release:
            return nodes[node].isHeld ? nil : "\(name) is not held"
        case .deliver(let message):
            guard config.followsSchedule else { return "Only a schedule from the checker delivers messages" }
            guard network.contains(message) else { return "\(message.label) was never sent" }
            return nodes[node].isAlive ? nil : "\(name) is down"
        case .startBallot:
            guard config.followsSchedule else { return "Only a schedule from the checker starts ballots" }
            return nodes[node].isAlive ? nil : "\(name) is down"
        }
    }

    private mutating func refuse(_ action: PlayerAction, _ reason: String) -> String {
        emit(.refused(action: action, reason: reason))
        return reason
    }

    private mutating func kill(_ node: NodeID) {
        let endedHold = nodes[node].isHeld
        nodes[node].isAlive = false
        nodes[node].isHeld = false
        nodes[node].heldSince = nil
        emit(.kill(node: node, endedHold: endedHold))
        take(PaxosNode.crash(nodes[node].state, rules: rules), at: node)
        nodes[node].inbox.removeAll()
        nodes[node].outbox.removeAll()
        nodes[node].processTimer.disarm()
        nodes[node].sendGapTimer.disarm()
        nodes[node].electionTimer.disarm()
        if openingProposer == node { openingProposer = nil }
    }

    /// A recovered node keeps its acceptor state and starts as a follower with a fresh election timer.
    private mutating func recover(_ node: NodeID) {
        nodes[node].isAlive = true
        emit(.recover(node: node))
        if nodes[node].state.learned == nil {
            armElection(node, range: electionTimeout)
        }
    }
}
