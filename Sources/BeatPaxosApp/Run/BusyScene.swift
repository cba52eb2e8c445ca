import GameCore

/// A crowded moment of a game for the benchmark: five nodes, a random adversary, full lanes and log.
enum BusyScene {
    /// Plays a game with a random adversary to its busiest moment, then adds pills up to `messages` in flight.
    static func make(messages: Int) throws -> GameSession {
        let config = GameConfig(seed: 7, nodeCount: 5, variant: .paxos)
        var game = PaxosGame(config: config)
        var adversary = RandomAdversary(seed: 7)
        var actions: [TimedAction] = []
        var busiest = (time: 0, flights: -1)
        while game.now < 240_000 {
            let actionAt = adversary.nextActionTime(in: game) ?? Int.max
            let next = min(actionAt, game.now + 250)
            game.advance(to: next)
            if next == actionAt, let action = adversary.takeAction(in: game), game.perform(action) == nil {
                actions.append(TimedAction(time: game.now, action: action))
            }
            _ = game.drainEvents()
            if game.flights.count > busiest.flights { busiest = (game.now, game.flights.count) }
        }
        let session = try GameSession(config: config, skipIntro: true, scores: ScoreStore(persistent: false), replay: actions)
        session.jump(toMs: busiest.time)
        let real = session.flightViews
        let now = session.renderTime
        session.decoyFlights = (0..<max(0, messages - real.count)).map { index in
            let from = index % 5, to = (index / 5 + from + 1) % 5
            let message = Message(kind: MessageKind.allCases[index % 5], from: from, to: to == from ? (from + 1) % 5 : to,
                                  ballot: index % 9 + 1, value: index % 5)
            let offset = Double(index % 10) * 500
            return FlightView(message: message, sentAt: now - offset, arrival: now - offset + 60_000, sequence: 1_000_000 + index)
        }
        return session
    }
}
