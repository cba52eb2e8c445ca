import GameCore

/// A crowded moment of a game for the benchmark: five nodes, a random adversary, full lanes and log.
public enum BusyScene {
    /// Plays a game with a random adversary to its busiest moment, then adds pills up to `messages` in flight.
    public static func make(messages: Int) throws -> GameSession {
        let config = GameConfig(seed: 7, nodeCount: 5, variant: .paxos)
        var game = PaxosGame(config: config)
        var adversary = RandomAdversary(seed: 7)
        var actions: [TimedAction] = []
        var busiest = (time: 0, flights: -1)
        game.play(&adversary, upTo: 240_000) { step, game in
            if let action = step.action, !step.events.contains(where: { if case .refused = $0.kind { true } else { false } }) {
                actions.append(TimedAction(time: game.now, action: action))
            }
            if game.flights.count > busiest.flights { busiest = (game.now, game.flights.count) }
            return false
        }
        let session = try GameSession(config: config, skipIntro: true, savesScores: false, replay: actions)
        session.jump(toMs: busiest.time)
        keepBusy(session, messages: messages)
        return session
    }

    /// Tops the scene up with decoy messages so `messages` are in flight; each flies for 1.5 to 3 s of game time,
    /// so the pills move like real ones and land (and are replaced) while the benchmark runs.
    public static func keepBusy(_ session: GameSession, messages: Int) {
        let now = Tick(session.renderTime)
        let landed = session.decoyFlights.contains { $0.arrival <= now }
        let missing = messages - session.flights.count
        guard landed || missing > 0 else { return }
        var decoys = session.decoyFlights.filter { $0.arrival > now }
        var index = (decoys.last?.sequence ?? 1_000_000) + 1
        let count = max(2, session.config.rules.nodeCount)
        let rules = session.config.rules
        while session.realFlightCount + decoys.count < messages {
            // Messages Paxos could send: the ballot's owner asks (p1a, p2a) and tells (p3) another node, which
            // answers it (p1b, p2b); it proposes and decides its own value (only p2a and p3 carry one), and no node
            // writes to itself.
            let kind = MessageKind.allCases[index % 5], ballot = index % 9 + 1
            let owner = rules.owner(of: ballot), other = (owner + (index / count) % (count - 1) + 1) % count
            let answers = kind == .p1b || kind == .p2b
            let message = Message(kind: kind, from: answers ? other : owner, to: answers ? owner : other,
                                  ballot: ballot, value: kind == .p2a || kind == .p3 ? owner : nil)
            let started = now - Tick(index % 7) * 200
            decoys.append(Flight(arrival: started + 1_500 + Tick(index % 4) * 500, sequence: index, sentAt: started, message: message))
            index += 1
        }
        session.decoyFlights = decoys
    }
}
