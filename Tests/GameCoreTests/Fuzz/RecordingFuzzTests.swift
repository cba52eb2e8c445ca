import Foundation
import Testing
import GameCore

/// Valid recordings to damage: games against the random adversary (3 and 5 nodes) and a checker's schedule.
private let recordingCorpus: [[UInt8]] = {
    var corpus: [[UInt8]] = []
    for (seed, nodes) in [(UInt64(3), 3), (11, 5)] {
        let config = GameConfig(seed: seed, nodeCount: nodes)
        var player = RandomAdversary(seed: seed)
        var lines = [RecordingFormat.header(config)]
        _ = HeadlessRun.play(config: config, player: &player, rounds: 2, onEvents: { events in
            lines += events.map(RecordingFormat.line)
        })
        corpus.append(Array(lines.joined(separator: "\n").utf8) + [0x0A])
    }
    let checker = ExhaustiveChecker(rules: ProtocolRules(nodeCount: 3, variant: .stubborn), maxBallot: 2)
    if let violation = checker.run().violation {
        corpus.append(Array(violation.recordingLines().joined(separator: "\n").utf8))
    }
    return corpus
}()

@Suite("Fuzz: damaged recordings give a recording or an error naming a line, never a crash")
struct RecordingFuzzTests {
    @Test("the corpus holds player games and a checker schedule, each read back whole")
    func corpusIsValid() throws {
        try #require(recordingCorpus.count == 3)
        for bytes in recordingCorpus {
            let recording = try RecordingReader.parse(bytes: bytes)
            #expect(!recording.actions.isEmpty)
        }
    }

    @Test("seeded mutations of valid recordings are read, refused with a line, or refused to replay; never a trap")
    func mutatedRecordings() throws {
        try #require(!recordingCorpus.isEmpty)
        let root = FuzzSize.rootSeed
        let cases = FuzzSize.cases
        var read = 0, refused = 0, replayed = 0
        for index in 0..<cases {
            var mutator = FuzzMutator(random: SeededGenerator(seed: root).derived(UInt64(index)))
            let source = recordingCorpus[index % recordingCorpus.count]
            let bytes = mutator.mutate(source)
            let context = "fuzz seed \(root) case \(index) (BEATPAXOS_FUZZ_SEED=\(root))"
            do {
                let recording = try RecordingReader.parse(bytes: bytes)
                read += 1
                expectWellFormed(recording, context)
                // A quarter of the readable cases are also fitted to a game and replayed for a round.
                if index % 4 == 0, replay(recording) { replayed += 1 }
            } catch let error as RecordingError {
                refused += 1
                #expect(error.line >= 1 && !error.reason.isEmpty, "\(context): \(error)")
            } catch {
                Issue.record("\(context): an error that is not a RecordingError: \(error)")
            }
        }
        print("fuzz: \(cases) damaged recordings (seed \(root)): \(read) read, \(refused) refused with a line, \(replayed) replayed")
        #expect(read + refused == cases)
        #expect(read > 0 && refused > 0, "the mutations should give both readable and unreadable files")
    }

    @Test("a recording streamed from a file in small chunks reads the same as from memory")
    func fileReadingMatchesMemory() throws {
        let bytes = try #require(recordingCorpus.first)
        let path = NSTemporaryDirectory() + "beatpaxos-fuzz-\(getpid()).jsonl"
        defer { unlink(path) }
        // CRLF line ends as well: the streaming reader must drop the CR at every chunk boundary too.
        let crlf = bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
        try #require(FileManager.default.createFile(atPath: path, contents: Data(crlf)))
        let fromFile = try RecordingFileReader.read(path: path)
        let fromMemory = try RecordingReader.parse(bytes: bytes)
        #expect(fromFile.actions == fromMemory.actions)
        #expect(fromFile.seed == fromMemory.seed && fromFile.nodeCount == fromMemory.nodeCount)
    }

    private func expectWellFormed(_ recording: Recording, _ context: String) {
        #expect(recording.nodeCount.map { $0 == 3 || $0 == 5 } ?? true, "\(context): nodes \(String(describing: recording.nodeCount))")
        #expect(recording.actionLines.count == recording.actions.count, "\(context)")
        var last = 0
        for timed in recording.actions {
            #expect(timed.time >= last, "\(context): time goes back")
            last = timed.time
            #expect((0..<5).contains(timed.action.node), "\(context): node \(timed.action.node)")
            if case .deliver(let message) = timed.action {
                #expect(message.ballot >= 1 && message.acceptedBallot >= 0, "\(context): ballot")
            }
        }
    }

    /// Fits the recording to its game and, if it fits, plays it for a round (bounded: a stalled script ends it).
    private func replay(_ recording: Recording) -> Bool {
        let config = recording.config(seed: nil, nodeCount: nil, variant: nil)
        guard recording.problem(playing: config) == nil else { return false }
        var script = ScriptedPlayer(actions: Array(recording.actions.prefix(200)))
        let outcome = HeadlessRun.play(config: config, player: &script, rounds: 1)
        return outcome.tally.count <= 1
    }
}
