import Foundation
import Testing
import GameCore

private let scoreCorpus: [[UInt8]] = [
    #"{"best":{"amnesia":12.5,"paxos":3,"promise-breaker":40.25,"small-quorum":7,"stubborn":61.125},"version":1}"#,
    "{\n  \"best\" : {\n    \"paxos\" : 14\n  },\n  \"version\" : 1\n}",
    #"{"best":{"future-level":2,"paxos":1},"version":2}"#,
    #"{"best":{"amnesia":30,"raft":2,"raft-amnesia":19.5,"raft-no-election-restriction":44,"raft-small-quorum":3},"version":1}"#,
].map { Array($0.utf8) }

@Suite("Fuzz: damaged scores files load as valid scores or count as damage, never a crash")
struct ScoreFuzzTests {
    @Test("the corpus loads")
    func corpusIsValid() throws {
        for bytes in scoreCorpus {
            let book = try ScoreBook.decode(Data(bytes))
            #expect(!book.best.isEmpty)
        }
    }

    @Test("seeded mutations of scores files give only scores the game can draw, or damage")
    func mutatedScores() throws {
        let root = FuzzSize.rootSeed
        let cases = FuzzSize.cases
        var loaded = 0, damaged = 0
        for index in 0..<cases {
            var mutator = FuzzMutator(random: SeededGenerator(seed: root).derived(UInt64(index) | 1 << 40))
            let bytes = mutator.mutate(scoreCorpus[index % scoreCorpus.count])
            let context = "fuzz seed \(root) case \(index) (BEATPAXOS_FUZZ_SEED=\(root))"
            do {
                let book = try ScoreBook.decode(Data(bytes))
                loaded += 1
                for (level, value) in book.best {
                    #expect(ScoreBook.isValid(value, for: level), "\(context): \(level) = \(value)")
                }
                // What the header does with a best: these conversions trap on a value out of range.
                let crowns = [Int(book.best(for: Variant.paxos) ?? 0), Int(book.best(for: RaftVariant.raft) ?? 0)]
                let ms = Variant.allCases.filter { $0 != .paxos }.map { Int((book.best(for: $0) ?? 0) * 1000) }
                    + RaftVariant.allCases.filter { $0 != .raft }.map { Int((book.best(for: $0) ?? 0) * 1000) }
                #expect(crowns.allSatisfy { $0 >= 0 } && ms.allSatisfy { $0 >= 0 }, "\(context)")
                #expect(try ScoreBook.decode(book.encoded()) == book, "\(context): does not read back")
            } catch is ScoreFileDamage {
                damaged += 1
            } catch {
                Issue.record("\(context): an error that is not damage: \(error)")
            }
        }
        print("fuzz: \(cases) damaged scores files (seed \(root)): \(loaded) loaded, \(damaged) moved aside as damaged")
        #expect(loaded + damaged == cases)
        #expect(loaded > 0 && damaged > 0)
    }
}
