/// Checks that a recording can be played in a given game: its nodes exist there, and every schedule step
/// it holds is one the game accepts. A recording that does not fit is an error naming its line, not a replay
/// that silently does something else.
extension Recording {
    public func problem<P: Consensus>(playing config: GameSetup<P>) -> RecordingError? {
        let count = config.rules.nodeCount
        if let recorded = nodeCount, recorded != count {
            return RecordingError(line: headerLine ?? 1,
                                  reason: "the recording is for \(recorded) nodes, not \(count) (leave out --nodes)")
        }
        for (index, timed) in actions.enumerated() where !timed.action.nodes.allSatisfy({ $0 < count }) {
            return RecordingError(line: line(of: index), reason: "names a node that a game of \(count) nodes does not have")
        }
        guard actions.contains(where: \.action.isScheduleStep) else { return nil }
        return scheduleProblem(config)
    }

    /// Plays the schedule once, headless, and reports the first step the game refuses (a message never sent,
    /// a step for a node that is down, or a schedule step in a recording that is not a schedule).
    private func scheduleProblem<P: Consensus>(_ config: GameSetup<P>) -> RecordingError? {
        var game = TimedGame<P>(config: config)
        for (index, timed) in actions.enumerated() {
            game.advance(to: max(game.now, timed.time))
            let refusal = game.perform(timed.action)
            _ = game.drainEvents()
            if timed.action.isScheduleStep, let refusal {
                return RecordingError(line: line(of: index), reason: "the game refuses this step: \(refusal.text)")
            }
        }
        return nil
    }

    private func line(of index: Int) -> Int {
        actionLines.indices.contains(index) ? actionLines[index] : 1
    }
}

extension PlayerAction {
    /// Every node the action names, including a delivered message's sender, receiver and values.
    var nodes: [NodeID] {
        switch self {
        case .deliver(let message):
            return [message.from, message.to] + [message.value, message.acceptedValue].compactMap { $0 }
        case .deliverRaft(let message):
            return [message.from, message.to] + [message.value].compactMap { $0 }
        default:
            return [node]
        }
    }
}
