import Testing
import GameCore

/// The shortest break of a Raft level, as the explorer finds it.
private func shortestBreak(_ variant: RaftVariant) throws -> RaftCounterexample {
    let rules = RaftRules(nodeCount: 3, variant: variant)
    let result = RaftExplorer(rules: rules, maxTerm: 2).run()
    return try #require(result.violations.first { $0.invariant == .agreement }, "\(variant.rawValue) held")
}

/// Every schedule step the timed game took, in order.
private func scheduledActions(_ events: [TimedEvent<RaftEventKind>]) -> [PlayerAction] {
    events.compactMap { event -> PlayerAction? in
        switch event.kind {
        case .scheduled(let action): return action
        case .kill(let node, _): return .kill(node)
        case .recover(let node): return .recover(node)
        default: return nil
        }
    }
}

@Suite("Raft schedules: the timed Raft game follows the explorer's counterexample move for move")
struct RaftScheduleTests {
    @Test("each level's shortest break, written as a recording and replayed, ends with two committed values",
          arguments: [RaftVariant.noElectionRestriction, .amnesia, .smallQuorum])
    func counterexampleReplaysToTwoCommits(variant: RaftVariant) throws {
        let trace = try shortestBreak(variant)
        let lines = trace.recordingLines()
        #expect(lines[0].contains(#""protocol":"raft""#) && lines[0].contains(#""schedule":true"#))
        let recording = try RecordingReader.parse(lines.joined(separator: "\n"))
        #expect(recording.protocolKind == .raft)
        #expect(recording.actions == trace.timedActions)
        let config = recording.raftConfig(seed: nil, nodeCount: nil)
        #expect(config == trace.config())
        #expect(recording.problem(playing: config) == nil)

        var player = ScriptedPlayer(actions: recording.actions)
        var events: [TimedEvent<RaftEventKind>] = []
        let outcome = HeadlessRun.play(config: config, player: &player, rounds: 1, onEvents: { events += $0 })
        #expect(!outcome.stalled)
        #expect(outcome.finalGame.ledger.decidedValues.count == 2, "\(variant.rawValue)")
        #expect(outcome.finalGame.firstViolation != nil)
        // The game took exactly the explorer's moves, and its nodes end where the handlers' replay ends.
        #expect(scheduledActions(events) == trace.timedActions.map(\.action))
        let replayed = try #require(RaftExplorer.replay(trace.steps, rules: trace.rules))
        #expect(outcome.finalGame.nodes.map(\.state) == replayed.nodes)
        #expect(outcome.finalGame.ledger == replayed.ledger)
    }

    @Test("the same counterexample replays to the same game, event for event")
    func replayIsDeterministic() throws {
        let trace = try shortestBreak(.noElectionRestriction)
        func play() -> [TimedEvent<RaftEventKind>] {
            var player = ScriptedPlayer(actions: trace.timedActions)
            var events: [TimedEvent<RaftEventKind>] = []
            _ = HeadlessRun.play(config: trace.config(), player: &player, rounds: 1, onEvents: { events += $0 })
            return events
        }
        let first = play()
        #expect(first.count > 20)
        #expect(first == play())
    }

    @Test("a game that followed a counterexample, recorded, replays line for line",
          arguments: [RaftVariant.noElectionRestriction, .amnesia, .smallQuorum])
    func recordedScheduleGameReplaysExactly(variant: RaftVariant) throws {
        let trace = try shortestBreak(variant)
        func record(_ config: GameSetup<Raft>, _ actions: [TimedAction]) -> [String] {
            var player = ScriptedPlayer(actions: actions)
            var lines = [Raft.recordingHeader(config)]
            _ = HeadlessRun.play(config: config, player: &player, rounds: 1, onEvents: { events in
                lines += events.map { $0.kind.recordingLine(at: $0.time) }
            })
            return lines
        }
        let original = record(trace.config(), trace.timedActions)
        let recording = try RecordingReader.parse(original.joined(separator: "\n"))
        #expect(recording.followsSchedule)
        #expect(recording.actions == trace.timedActions)
        let config = recording.raftConfig(seed: nil, nodeCount: nil)
        #expect(record(config, recording.actions) == original)
    }

    @Test("real Raft refuses the moves that break a level: its replay commits one value at most",
          arguments: [RaftVariant.noElectionRestriction, .amnesia, .smallQuorum])
    func realRaftResistsTheBreak(variant: RaftVariant) throws {
        let trace = try shortestBreak(variant)
        var player = ScriptedPlayer(actions: trace.timedActions)
        let real = GameSetup<Raft>(seed: 1, nodeCount: 3, followsSchedule: true)
        let outcome = HeadlessRun.play(config: real, player: &player, rounds: 1)
        #expect(outcome.finalGame.ledger.decidedValues.count <= 1)
        #expect(outcome.everyInvariantHeld)
    }

    @Test("a Raft schedule can only deliver a Raft message that was sent, and only in a game that follows one")
    func deliveriesNeedASentMessage() {
        let vote = rv(1, from: 0, to: 1)
        var following = RaftGame(config: GameSetup<Raft>(seed: 1, followsSchedule: true))
        #expect(following.perform(.deliverRaft(vote)) == .neverSentRaft(vote))
        #expect(following.perform(.startBallot(0)) == nil)
        #expect(following.perform(.deliverRaft(vote)) == nil)
        var free = RaftGame(config: GameSetup<Raft>(seed: 1))
        #expect(free.perform(.deliverRaft(vote)) == .scheduleOnly(.deliverRaft(vote)))
        // A Paxos game has no Raft message to deliver.
        var paxos = PaxosGame(config: GameConfig(seed: 1, followsSchedule: true))
        #expect(paxos.perform(.deliverRaft(vote)) == .neverSentRaft(vote))
    }

    @Test("a Raft schedule line that delivers a message never sent is an error naming its line")
    func unsentDeliveryInAFile() throws {
        let lines = [
            #"{"t":0.000,"ev":"game","protocol":"raft","seed":1,"nodes":3,"variant":"raft","schedule":true}"#,
            #"{"t":1.000,"ev":"schedule","step":"deliver","from":"red","to":"green","type":"rv","term":1,"last_log_term":0}"#,
        ]
        let recording = try RecordingReader.parse(lines.joined(separator: "\n"))
        let problem = try #require(recording.problem(playing: recording.raftConfig(seed: nil, nodeCount: nil)))
        #expect(problem.line == 2)
        #expect(problem.reason.contains("rv(1) was never sent"))
    }

    @Test("every kind of Raft message reads back from a schedule line as it was written",
          arguments: [rv(3, lastLogTerm: 1, from: 2, to: 0), vr(2, granted: false, from: 0, to: 1),
                      ae(4, 1, from: 0, to: 2), ar(4, success: true, from: 2, to: 0), commitMessage(5, 2, from: 1, to: 0)])
    func scheduleLinesRoundTrip(message: RaftMessage) throws {
        let header = RaftRecordingFormat.header(GameSetup<Raft>(seed: 1, followsSchedule: true))
        let line = RaftRecordingFormat.line(TimedEvent(time: 1_000, kind: .scheduled(.deliverRaft(message))))
        #expect(line.contains(#""ev":"schedule","step":"deliver""#))
        let recording = try RecordingReader.parse(header + "\n" + line)
        #expect(recording.actions == [TimedAction(time: 1_000, action: .deliverRaft(message))])
    }

    @Test("a Raft schedule line with a Paxos message type is an error naming its line")
    func paxosTypeInRaftSchedule() throws {
        let text = #"{"t":0,"ev":"game","protocol":"raft","nodes":3,"schedule":true}"# + "\n"
            + #"{"t":1,"ev":"schedule","step":"deliver","from":"red","to":"green","type":"p1a","ballot":1}"#
        let error = try #require(throws: RecordingError.self) { try RecordingReader.parse(text) }
        #expect(error.line == 2)
        #expect(error.reason.contains("rv, vr, ae, ar, commit"))
    }

    @Test("a Raft schedule line whose ae carries no colour is an error naming its line")
    func aeWithoutColour() throws {
        let text = #"{"t":0,"ev":"game","protocol":"raft","nodes":3,"schedule":true}"# + "\n"
            + #"{"t":1,"ev":"schedule","step":"deliver","from":"red","to":"green","type":"ae","term":1,"value":"mauve"}"#
        let error = try #require(throws: RecordingError.self) { try RecordingReader.parse(text) }
        #expect(error.line == 2)
        #expect(error.reason == #""value" must name a colour"#)
    }
}
