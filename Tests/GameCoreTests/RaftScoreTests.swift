import Foundation
import Testing
import GameCore

@Suite("Raft's scores: kept beside Paxos's in the one scores file, under their own names")
struct RaftScoreTests {
    @Test("Raft's amnesia and small-quorum levels do not share a best with Paxos's levels of the same names")
    func separateNames() {
        var book = ScoreBook()
        let recorded = [book.record(30, for: Variant.amnesia), book.record(50, for: RaftVariant.amnesia),
                        book.record(40, for: RaftVariant.amnesia), book.record(45, for: RaftVariant.amnesia)]
        #expect(recorded == [true, true, true, false], "a faster break is a new best, a slower one is not")
        #expect(book.best(for: Variant.amnesia) == 30)
        #expect(book.best(for: RaftVariant.amnesia) == 40)
        #expect(book.best == ["amnesia": 30, "raft-amnesia": 40])
        #expect(Set(RaftVariant.allCases.map(\.scoreKey)).isDisjoint(with: Variant.allCases.map(\.scoreKey)))
    }

    @Test("real Raft counts crowns, more is better; its levels count seconds, fewer is better")
    func rules() {
        #expect(LevelBest(RaftVariant.raft, 3).beats(LevelBest(RaftVariant.raft, 2)))
        #expect(!LevelBest(RaftVariant.smallQuorum, 3).beats(LevelBest(RaftVariant.smallQuorum, 2)))
        #expect(LevelBest(RaftVariant.raft, 3).text == "3")
        #expect(LevelBest(RaftVariant.smallQuorum, 12.5).text == "12.5 s")
        #expect(!ScoreBook.isValid(ScoreBook.maxSeconds, for: "raft") && ScoreBook.isValid(ScoreBook.maxSeconds, for: "raft-amnesia"),
                "real Raft's best is a crown count, bounded as Paxos's is")
    }

    @Test("a scores file with Raft's bests reads back whole, and merging keeps the better of each")
    func fileRoundTrip() throws {
        var mine = ScoreBook(), theirs = ScoreBook()
        mine.record(2, for: RaftVariant.raft)
        mine.record(20, for: RaftVariant.noElectionRestriction)
        theirs.record(5, for: RaftVariant.raft)
        theirs.record(25, for: RaftVariant.noElectionRestriction)
        theirs.record(7, for: Variant.paxos)
        let merged = mine.merged(with: try ScoreBook.decode(theirs.encoded()))
        #expect(merged.best == ["raft": 5, "raft-no-election-restriction": 20, "paxos": 7])
    }
}
