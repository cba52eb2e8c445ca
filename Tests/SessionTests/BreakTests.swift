import Foundation
import GameCore
import Testing
@testable import Session

@Suite("Breaking a level in the window: noticed once, scored once")
struct BreakTests {
    /// Seed 1 on small-quorum: Green decides alone; Red, down while it does, later decides red alone.
    static func breakSmallQuorum(_ session: GameSession) {
        session.jump(toMs: 5_000)
        session.perform(.kill(red))
        session.jump(toMs: 16_500)
        session.perform(.recover(red))
        session.jump(toMs: 90_000)
    }

    @Test("two values decided bring up the card once, and a player's first break is saved as the best")
    func breakNoticedOnceAndSaved() throws {
        let path = temporaryScoresPath()
        let session = try makeSession(variant: .smallQuorum, scoresPath: path)
        Self.breakSmallQuorum(session)
        let result = try #require(session.breakResult)
        #expect(result.values == [red, green])
        #expect(result.newBest)
        #expect(!result.byChecker)
        #expect(session.overlay == .brokeIt)
        session.handle(.closeCard)
        session.jump(toMs: 150_000)
        #expect(session.overlay == nil, "the card comes up once")
        #expect(session.breakResult?.seconds == result.seconds)
        let saved = try #require(FileManager.default.contents(atPath: path))
        #expect(String(decoding: saved, as: UTF8.self).contains("small-quorum"))
        #expect(session.bestText == Seconds.text(Int(result.seconds * 1000)) + " s")
    }

    @Test("a slower break of the same level is not a new best")
    func slowerBreakIsNoBest() throws {
        let path = temporaryScoresPath()
        Self.breakSmallQuorum(try makeSession(variant: .smallQuorum, scoresPath: path))
        let again = try makeSession(variant: .smallQuorum, scoresPath: path)
        Self.breakSmallQuorum(again)
        #expect(again.breakResult?.newBest == false)
    }

    @Test("a replayed break is not the player's: it sets no best")
    func replayedBreakSetsNoBest() throws {
        let path = temporaryScoresPath()
        let actions = [TimedAction(time: 5_000, action: .kill(red)), TimedAction(time: 16_500, action: .recover(red))]
        let session = try makeSession(variant: .smallQuorum, replay: actions, scoresPath: path)
        session.jump(toMs: 90_000)
        #expect(session.breakResult?.values == [red, green])
        #expect(session.breakResult?.newBest == false)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
