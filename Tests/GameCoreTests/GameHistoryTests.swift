import Testing
import GameCore

/// What must agree between a restored game and the game played straight through (the ledger is compared
/// on its own: its description lists a dictionary, whose order is not fixed).
func fingerprint(_ game: PaxosGame) -> String {
    let flights = game.flights.sorted { $0.sequence < $1.sequence }
    let nodes = game.nodes.map { "\($0.state) alive \($0.isAlive) held \($0.isHeld) in \($0.inbox) out \($0.outbox)" }
    return "\(game.now) round \(game.round) \(nodes) \(flights) \(game.score) \(String(describing: game.nextEventTime))"
}

/// The game played straight through a list of actions to `time`, with no history and no snapshot.
func straightGame(_ config: GameConfig, actions: [TimedAction], to time: Tick) -> PaxosGame {
    var game = PaxosGame(config: config)
    for action in actions where action.time <= time {
        game.advance(to: action.time)
        game.perform(action.action)
    }
    game.advance(to: time)
    return game
}

/// A history of a random-adversary game played to `length`.
func adversaryHistory(seed: UInt64, nodeCount: Int, length: Tick) -> GameHistory {
    var history = GameHistory(config: GameConfig(seed: seed, nodeCount: nodeCount))
    var adversary = RandomAdversary(seed: seed)
    history.play(&adversary, to: length)
    return history
}

@Suite("Time travel: the game keeps its history and any earlier moment comes back exactly")
struct GameHistoryTests {
    static let games: [(UInt64, Int)] = [(1, 3), (2, 3), (3, 5), (4, 5)]

    @Test("a history played with the random adversary is the game HeadlessRun plays", arguments: games)
    func historyPlaysLikeHeadlessRun(seed: UInt64, nodeCount: Int) {
        let history = adversaryHistory(seed: seed, nodeCount: nodeCount, length: 200_000)
        let config = GameConfig(seed: seed, nodeCount: nodeCount)
        let headless = eventLog(config, player: RandomAdversary(seed: seed), rounds: 12).filter { $0.time <= 200_000 }
        #expect(headless.last?.time ?? 0 > 150_000, "seed \(seed): the headless run should reach past 150 s")
        #expect(history.events == headless, "seed \(seed)")
        #expect(history.actions.count > 10)
    }

    @Test("rewinding to any event time and advancing again gives the same events as the original run",
          arguments: games)
    func rewindThenAdvanceRepeatsTheEvents(seed: UInt64, nodeCount: Int) throws {
        var history = adversaryHistory(seed: seed, nodeCount: nodeCount, length: 240_000)
        let original = history.events
        var times = Array(Set(original.map(\.time))).sorted()
        var rng = SeededGenerator(seed: seed)
        times.shuffle(using: &rng)  // so restores go back and forth, not only in order
        #expect(times.count > 100, "seed \(seed): the game should be busy enough to rewind through")
        for time in times {
            history.seek(to: time)
            let pastCount = original.firstIndex { $0.time > time } ?? original.count
            #expect(history.now == time)
            #expect(Array(history.past) == Array(original[..<pastCount]), "seed \(seed): past at \(time)")
            let until = min(time + 12_000, 240_000)
            let played = history.advance(to: until)
            let later = original[pastCount...].prefix { $0.time <= until }
            #expect(played == Array(later), "seed \(seed): events after rewinding to \(time)")
        }
        history.seek(to: 0)
        let again = Array(history.past) + history.advance(to: 240_000)
        #expect(again == original, "seed \(seed): the whole game again")
        #expect(history.events == original)
    }

    @Test("a restored moment is the very state the game had then", arguments: games)
    func restoredStateMatchesStraightRun(seed: UInt64, nodeCount: Int) {
        var history = adversaryHistory(seed: seed, nodeCount: nodeCount, length: 240_000)
        let config = GameConfig(seed: seed, nodeCount: nodeCount)
        var rng = SeededGenerator(seed: seed &+ 99)
        for _ in 0..<40 {
            let time = rng.int(in: 0...240_000)
            history.seek(to: time)
            let straight = straightGame(config, actions: history.actions, to: time)
            #expect(fingerprint(history.game) == fingerprint(straight), "seed \(seed): state at \(time)")
            #expect(history.game.ledger == straight.ledger, "seed \(seed): ledger at \(time)")
        }
    }

    @Test("acting in the past starts a branch, and its recording replays exactly that branch", arguments: games)
    func branchReplaysFromItsRecording(seed: UInt64, nodeCount: Int) throws {
        var history = adversaryHistory(seed: seed, nodeCount: nodeCount, length: 200_000)
        let oldFuture = history.events.filter { $0.time > 80_000 }
        history.seek(to: 80_000)
        let game = history.game
        let choices = game.nodes.indices.flatMap { [PlayerAction.kill($0), .hold($0)] }
        let action = try #require(choices.first { game.refusal(of: $0) == nil }, "seed \(seed)")
        let outcome = history.act(action)
        #expect(outcome.startedBranch)
        #expect(outcome.refusal == nil)
        #expect(history.frontier == 80_000)
        #expect(history.actions.last == TimedAction(time: 80_000, action: action))
        history.advance(to: 260_000)
        #expect(history.events.filter { $0.time > 80_000 } != oldFuture, "seed \(seed): the branch should differ")

        let recording = try RecordingReader.parse(history.recordingText())
        #expect(recording.actions == history.actions, "seed \(seed)")
        var script = ScriptedPlayer(actions: recording.actions)
        var replayed: [GameEvent] = []
        _ = HeadlessRun.play(config: recording.config(seed: nil, nodeCount: nil, variant: nil), player: &script,
                             rounds: history.roundSpans.count + 1, onEvents: { replayed += $0 })
        #expect(replayed.filter { $0.time <= 260_000 } == history.events, "seed \(seed): the replay")
    }

    /// Moves the playhead; a move that goes nowhere fails the test.
    func travel(_ history: inout GameHistory, _ move: TimeTravel) throws -> TravelResult {
        let result = history.travel(move)
        return try #require(result, "\(move) from \(history.now) went nowhere")
    }

    @Test("stepping back three events and forward two moves the clock back then forward, event by event")
    func stepBackAndForward() throws {
        var history = adversaryHistory(seed: 5, nodeCount: 3, length: 60_000)
        var times: [Tick] = [history.now]
        for _ in 0..<3 { times.append(try travel(&history, .stepBack).to) }
        let back = times
        for _ in 0..<2 {
            let result = try travel(&history, .stepForward)
            #expect(result.line.hasPrefix("step to \(Seconds.text(result.to)) s: "))
            times.append(result.to)
        }
        #expect(back == back.sorted(by: >) && Set(back).count == 4, "going back: \(back)")
        #expect(Array(times[4...]) == [back[2], back[1]], "going forward retraces the steps: \(times)")
        let forward = history.seek(to: back[0])
        #expect(forward == history.events.filter { $0.time > back[1] && $0.time <= back[0] },
                "a forward seek hands over every event on the way")
        // Every stop is the time of an event, and nothing happened in between.
        for pair in zip(back.dropFirst(), back) {
            #expect(history.events.contains { $0.time == pair.0 })
            #expect(!history.events.contains { $0.kind.isStepStop && $0.time > pair.0 && $0.time < pair.1 })
        }
    }

    @Test("stepping forward at the far end plays the game on to its next event")
    func stepForwardPlaysOn() throws {
        var history = GameHistory(config: GameConfig(seed: 3))
        history.advance(to: 10_000)
        let known = history.events.count
        let result = try travel(&history, .stepForward)
        #expect(result.to > 10_000)
        #expect(history.events.count > known)
        #expect(history.events.last?.time == result.to)
        #expect(result.line.contains(": "))
        #expect(result.played == Array(history.events[known...]), "the events played looking ahead are handed over")
        #expect(!result.played.isEmpty)
    }

    @Test("a step line tells what arrives: \"Red receives p1a(2) from Green\"")
    func stepLineNamesDelivery() {
        let message = p1a(2, from: green, to: red)
        #expect(EventKind.deliver(message).stepPhrase == "Red receives p1a(2) from Green")
        #expect(EventKind.send(message).stepPhrase == "Green sends p1a(2) to Red")
    }

    @Test("jumps, seeks and Home print where they went")
    func travelLines() throws {
        var history = GameHistory(config: GameConfig(seed: 2))
        history.advance(to: 40_000)
        let lines = try [TimeTravel.jump(-TimeTravel.jumpMs), .seek(12_500), .jump(TimeTravel.jumpMs), .roundStart]
            .map { try travel(&history, $0).line }
        #expect(lines == ["jump back to 35.0 s", "rewind to 12.5 s", "jump forward to 17.5 s",
                          "rewind to the start of round 1 at 0.0 s"])
        let noEarlierRound = history.travel(.roundStart)
        let nothingBefore = history.travel(.stepBack)
        #expect(noEarlierRound == nil)
        #expect(nothingBefore == nil)
        #expect(history.now == 0)
    }

    @Test("Home goes to the start of the round at the playhead, then to the round before")
    func homeGoesToRoundStarts() throws {
        var history = GameHistory(config: GameConfig(seed: 4))
        history.advance(to: 200_000)
        let spans = history.roundSpans
        try #require(spans.count >= 3)
        history.seek(to: spans[2].start + 4_000)
        let first = try travel(&history, .roundStart).to
        let second = try travel(&history, .roundStart).to
        #expect(first == spans[2].start)
        #expect(second == spans[1].start)
        #expect(history.game.round == spans[1].round)
    }

    @Test("a 10-minute game keeps one snapshot a second; a 3-hour one stays within the bound and rewinds exactly")
    func snapshotsStayBounded() {
        var short = GameHistory(config: GameConfig(seed: 6))
        short.advance(to: 600_000)
        #expect(short.snapshotCount == 601)
        var long = GameHistory(config: GameConfig(seed: 6))
        long.advance(to: 3 * 3_600_000)
        #expect(long.snapshotCount <= GameHistory.maxSnapshots)
        #expect(long.snapshotIntervalMs == 16_000)
        long.seek(to: 5_432_109)
        let straight = straightGame(GameConfig(seed: 6), actions: [], to: 5_432_109)
        #expect(fingerprint(long.game) == fingerprint(straight))
        #expect(long.game.ledger == straight.ledger)
    }

    @Test("a replay's actions still to come are performed when the clock reaches them, and acting drops them")
    func replayActionsThenBranch() {
        let script = [TimedAction(time: 4_000, action: .kill(red)), TimedAction(time: 30_000, action: .recover(red))]
        var history = GameHistory(config: GameConfig(seed: 8), actions: script)
        history.advance(to: 10_000)
        #expect(history.events.contains { $0.kind == .kill(node: red, endedHold: false) && $0.time == 4_000 })
        let outcome = history.act(.hold(blue))
        #expect(outcome.startedBranch, "the recover to come is discarded")
        #expect(history.actions.map(\.time) == [4_000, 10_000])
        let line = GameHistory.actLine(.hold(blue), outcome: outcome, at: 10_000)
        #expect(line == "new branch at 10.0 s: Blue is held; the old future to 30.0 s is discarded")
    }

    @Test("acting at the far end of the game adds to it without a branch")
    func actingLiveIsNoBranch() {
        var history = GameHistory(config: GameConfig(seed: 8))
        history.advance(to: 10_000)
        let outcome = history.act(.kill(green))
        #expect(!outcome.startedBranch)
        #expect(GameHistory.actLine(.kill(green), outcome: outcome, at: 10_000) == nil)
    }

    @Test("the timeline marks the player's faults, crowns and decisions")
    func timelineMarks() throws {
        let script = [TimedAction(time: 3_000, action: .hold(green)), TimedAction(time: 5_000, action: .release(green))]
        var history = GameHistory(config: GameConfig(seed: 1), actions: script)
        history.advance(to: 120_000)
        let span = try #require(history.roundSpans.first)
        let marks = history.marks(from: span.start, to: try #require(span.end))
        #expect(marks.contains(TimelineMark(time: 3_000, kind: .hold(green))))
        #expect(marks.contains(TimelineMark(time: 5_000, kind: .release(green))))
        #expect(marks.contains { if case .crownGained = $0.kind { return true } else { return false } })
        #expect(marks.contains { if case .decision = $0.kind { return true } else { return false } })
        #expect(marks.map(\.time) == marks.map(\.time).sorted())
    }
}
