import Testing
import GameCore

/// A Raft game's observable state, to compare a restored game with one played straight through.
func raftFingerprint(_ game: RaftGame) -> String {
    let flights = game.flights.sorted { $0.sequence < $1.sequence }
    let nodes = game.nodes.map { "\($0.state) alive \($0.isAlive) held \($0.isHeld) in \($0.inbox) out \($0.outbox)" }
    return "\(game.now) round \(game.round) \(nodes) \(flights) \(game.score) \(String(describing: game.nextEventTime))"
}

/// A Raft history played with the random adversary to `length`.
func raftAdversaryHistory(seed: UInt64, nodeCount: Int, length: Tick) -> RaftHistory {
    var history = RaftHistory(config: GameSetup<Raft>(seed: seed, nodeCount: nodeCount))
    var adversary = RandomAdversary(seed: seed)
    history.play(&adversary, to: length)
    return history
}

@Suite("Time travel in Raft: the same history rewinds and replays a Raft game exactly")
struct RaftHistoryTests {
    static let games: [(UInt64, Int)] = [(1, 3), (2, 3), (3, 5)]

    @Test("a Raft history played with the random adversary is the game HeadlessRun plays", arguments: games)
    func historyPlaysLikeHeadlessRun(seed: UInt64, nodeCount: Int) {
        let history = raftAdversaryHistory(seed: seed, nodeCount: nodeCount, length: 200_000)
        var adversary = RandomAdversary(seed: seed)
        var headless: [TimedEvent<RaftEventKind>] = []
        _ = HeadlessRun.play(config: GameSetup<Raft>(seed: seed, nodeCount: nodeCount), player: &adversary, rounds: 12,
                             onEvents: { headless += $0 })
        headless = headless.filter { $0.time <= 200_000 }
        #expect(headless.last?.time ?? 0 > 150_000, "seed \(seed): the headless run should reach past 150 s")
        #expect(history.events == headless, "seed \(seed)")
        #expect(history.actions.count > 10, "seed \(seed)")
    }

    @Test("rewinding a Raft game to any event time and advancing again gives the same events, event for event",
          arguments: games)
    func rewindThenAdvanceRepeatsTheEvents(seed: UInt64, nodeCount: Int) {
        var history = raftAdversaryHistory(seed: seed, nodeCount: nodeCount, length: 200_000)
        let original = history.events
        var times = Array(Set(original.map(\.time))).sorted()
        var rng = SeededGenerator(seed: seed)
        times.shuffle(using: &rng)
        #expect(times.count > 100, "seed \(seed): the game should be busy enough to rewind through")
        for time in times.prefix(300) {
            history.seek(to: time)
            let pastCount = original.firstIndex { $0.time > time } ?? original.count
            #expect(history.now == time)
            #expect(Array(history.past) == Array(original[..<pastCount]), "seed \(seed): past at \(time)")
            let until = min(time + 12_000, 200_000)
            let played = history.advance(to: until)
            #expect(played == Array(original[pastCount...].prefix { $0.time <= until }), "seed \(seed): after \(time)")
        }
        history.seek(to: 0)
        let again = Array(history.past) + history.advance(to: 200_000)
        #expect(again == original, "seed \(seed): the whole game again")
    }

    @Test("a restored Raft moment is the very state the game had then", arguments: games)
    func restoredStateMatchesStraightRun(seed: UInt64, nodeCount: Int) {
        var history = raftAdversaryHistory(seed: seed, nodeCount: nodeCount, length: 200_000)
        let config = GameSetup<Raft>(seed: seed, nodeCount: nodeCount)
        var rng = SeededGenerator(seed: seed &+ 7)
        for _ in 0..<30 {
            let time = rng.int(in: 0...200_000)
            history.seek(to: time)
            var straight = RaftGame(config: config)
            for action in history.actions where action.time <= time {
                straight.advance(to: action.time)
                straight.perform(action.action)
            }
            straight.advance(to: time)
            #expect(raftFingerprint(history.game) == raftFingerprint(straight), "seed \(seed): state at \(time)")
            #expect(history.game.ledger == straight.ledger, "seed \(seed): ledger at \(time)")
        }
    }

    @Test("stepping through a Raft game tells its steps in Raft's words")
    func stepLinesSpeakRaft() throws {
        var history = RaftHistory(config: GameSetup<Raft>(seed: 2))
        history.advance(to: 30_000)
        var lines: [String] = []
        for _ in 0..<12 {
            let moved = history.travel(.stepBack)
            let result = try #require(moved, "a step back went nowhere")
            lines.append(result.line)
        }
        #expect(lines.allSatisfy { $0.hasPrefix("step back to ") })
        let text = lines.joined(separator: "\n")
        #expect(text.contains("rv(") || text.contains("ae(") || text.contains("vr(") || text.contains("term"), "\(text)")
        #expect(!text.contains("p1a") && !text.contains("p2a") && !text.contains("ballot"), "\(text)")
        #expect(RaftEventKind.deliver(RaftMessage(kind: .rv, from: 1, to: 0, term: 2)).stepPhrase
                    == "Red receives rv(2) from Green")
    }

    @Test("acting in a Raft game's past starts a branch whose recording replays exactly that branch")
    func branchReplaysFromItsRecording() throws {
        var history = raftAdversaryHistory(seed: 4, nodeCount: 3, length: 150_000)
        history.seek(to: 60_000)
        let game = history.game
        let choices = game.nodes.indices.flatMap { [PlayerAction.kill($0), .hold($0)] }
        let action = try #require(choices.first { game.refusal(of: $0) == nil })
        let outcome = history.act(action)
        #expect(outcome.startedBranch)
        let line = try #require(RaftHistory.actLine(action, outcome: outcome, at: 60_000))
        #expect(line.hasPrefix("new branch at 60.0 s: "))
        history.advance(to: 200_000)

        let recording = try RecordingReader.parse(history.recordingText())
        #expect(recording.protocolKind == .raft)
        #expect(recording.actions == history.actions)
        var script = ScriptedPlayer(actions: recording.actions)
        var replayed: [TimedEvent<RaftEventKind>] = []
        _ = HeadlessRun.play(config: recording.raftConfig(seed: nil, nodeCount: nil), player: &script,
                             rounds: history.roundSpans.count + 1, onEvents: { replayed += $0 })
        #expect(replayed.filter { $0.time <= 200_000 } == history.events)
    }

    @Test("the timeline marks a Raft game's faults, crowns with their term, and commits")
    func timelineMarks() throws {
        let script = [TimedAction(time: 3_000, action: .hold(green)), TimedAction(time: 5_000, action: .release(green))]
        var history = RaftHistory(config: GameSetup<Raft>(seed: 1), actions: script)
        history.advance(to: 150_000)
        let span = try #require(history.roundSpans.first)
        let marks = history.marks(from: span.start, to: try #require(span.end))
        #expect(marks.contains(TimelineMark(time: 3_000, kind: .hold(green))))
        #expect(marks.contains(TimelineMark(time: 5_000, kind: .release(green))))
        let crown = try #require(marks.first { if case .crownGained = $0.kind { return true } else { return false } })
        if case .crownGained(_, let term) = crown.kind { #expect(term > 0) }
        #expect(marks.contains { if case .decision = $0.kind { return true } else { return false } })
    }
}
