import Testing
import GameCore

/// A Raft game recorded as `simulate --protocol raft --record` writes it: the header, then one line per event.
private func recordRaft<Someone: Player>(_ config: GameSetup<Raft>, player: Someone, rounds: Int) -> [String] {
    var player = player
    var lines = [Raft.recordingHeader(config)]
    _ = HeadlessRun.play(config: config, player: &player, rounds: rounds, onEvents: { events in
        lines += events.map { $0.kind.recordingLine(at: $0.time) }
    })
    return lines
}

@Suite("Raft recordings: the header names Raft, the lines carry Raft's messages, and replays are exact")
struct RaftRecordingTests {
    @Test("the header says protocol raft, with seed, node count and variant, and reads back")
    func headerRoundTrips() throws {
        let line = Raft.recordingHeader(GameSetup<Raft>(seed: 4_321, nodeCount: 5))
        #expect(line == #"{"t":0.000,"ev":"game","protocol":"raft","seed":4321,"nodes":5,"variant":"raft"}"#)
        let recording = try RecordingReader.parse(line)
        #expect(recording.protocolKind == .raft)
        #expect(recording.raftVariant == .raft)
        #expect(recording.variant == nil)
        #expect(recording.raftConfig(seed: nil, nodeCount: nil) == GameSetup<Raft>(seed: 4_321, nodeCount: 5))
    }

    @Test("a Paxos header names no protocol, and reads back as Paxos")
    func paxosHeaderUnchanged() throws {
        let recording = try RecordingReader.parse(RecordingFormat.header(GameConfig(seed: 3)))
        #expect(recording.protocolKind == nil)
        #expect(recording.variant == .paxos)
    }

    @Test("a fault-free Raft round writes rv, vr, ae, ar and commit with their terms, votes, appends and the commit")
    func faultFreeLines() throws {
        let lines = recordRaft(GameSetup<Raft>(seed: 11), player: IdlePlayer(), rounds: 1)
        let sends = lines.filter { $0.contains(#""ev":"send""#) }
        #expect(sends.contains { $0.contains(#""type":"rv","term":"#) && $0.contains(#""last_log_term":0"#) })
        #expect(sends.contains { $0.contains(#""type":"vr","term":"#) && $0.contains(#""granted":true"#) })
        #expect(sends.contains { $0.contains(#""type":"ae","term":"#) && $0.contains(#""value":"#) })
        #expect(sends.contains { $0.contains(#""type":"ar","term":"#) && $0.contains(#""success":true"#) })
        #expect(sends.contains { $0.contains(#""type":"commit","term":"#) })
        for event in ["vote", "append", "crown_gained", "decide", "learn", "stand"] {
            #expect(lines.contains { $0.contains(#""ev":"\#(event)""#) }, "no \(event) line")
        }
        let vote = try #require(lines.first { $0.contains(#""ev":"vote""#) })
        #expect(vote.contains(#""term":"#) && vote.contains(#""for":"#))
    }

    @Test("a recorded Raft game against the swarm replays event for event", arguments: [(UInt64(7), 3), (8, 5)])
    func replaysExactly(seed: UInt64, nodeCount: Int) throws {
        let config = GameSetup<Raft>(seed: seed, nodeCount: nodeCount)
        let original = recordRaft(config, player: RandomAdversary(seed: seed), rounds: 8)
        let recording = try RecordingReader.parse(original.joined(separator: "\n"))
        #expect(recording.protocolKind == .raft)
        #expect(!recording.actions.isEmpty)
        let replayConfig = recording.raftConfig(seed: nil, nodeCount: nil)
        #expect(recording.problem(playing: replayConfig) == nil)
        let replay = recordRaft(replayConfig, player: ScriptedPlayer(actions: recording.actions), rounds: 8)
        #expect(replay == original, "seed \(seed)")
    }

    @Test("an unknown protocol in a header is an error naming its line")
    func unknownProtocol() throws {
        let error = try #require(throws: RecordingError.self) {
            try RecordingReader.parse(#"{"t":0,"ev":"game","protocol":"zab","nodes":3}"#)
        }
        #expect(error.line == 1)
        #expect(error.reason == #"unknown "protocol" (expected one of paxos, raft)"#)
    }
}
