import Foundation
import GameCore
import Testing
@testable import Session

@Suite("Switching protocol in the window: P on the level chooser asks for the other protocol's game")
struct ProtocolSwitchTests {
    @Test("P on the welcome card or the level chooser asks for the switch; in a game it does nothing")
    func keyOnlyOnTheChooser() throws {
        let press = KeyPress(.letter("p"))
        #expect(Controls.command(for: press, onWelcome: true) == .switchProtocol)
        #expect(Controls.command(for: press, onWelcome: false) == nil)
        let session = try makeSession(intro: true)
        session.handle(try #require(Controls.command(for: press, onWelcome: session.overlay == .welcome)))
        #expect(session.protocolSwitchRequested)
        let raft = try makeRaftSession()
        raft.handle(.chooseLevel)
        #expect(raft.overlay == .welcome)
        raft.handle(.switchProtocol)
        #expect(raft.protocolSwitchRequested)
    }

    @Test("the help card says which key switches protocol")
    func helpSaysIt() {
        #expect(Controls.helpLines.contains { $0.hasPrefix("P (level chooser): play the other protocol") })
    }

    @Test("the next protocol's game goes on numbering the run's recordings, so no file of the run is overwritten")
    func recordingNumbering() throws {
        let folder = NSTemporaryDirectory() + "beatpaxos-switch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/game.jsonl"
        let first = try GameSession(config: GameConfig(seed: 5), skipIntro: true, savesScores: false, recordPath: path)
        first.handle(.restart)
        #expect(first.recordedGame == 2)
        let next = try RaftSession(config: GameSetup<Raft>(seed: 5), skipIntro: false, savesScores: false, recordPath: path,
                                   recordedGame: first.recordedGame + 1)
        next.runFrames(forMs: 100)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files == ["game-2.jsonl", "game-3.jsonl", "game.jsonl"])
        let header = try String(contentsOfFile: folder + "/game-3.jsonl", encoding: .utf8).split(separator: "\n").first
        #expect(header?.contains("\"protocol\":\"raft\"") == true)
        #expect(next.recordedGame == 3)
    }
}

@Suite("Raft keeps scores in the window as Paxos does")
struct RaftSessionScoreTests {
    @Test("a player's break of a Raft level is its best, saved and shown in the header")
    func breakBest() throws {
        let path = temporaryScoresPath()
        let session = try RaftSession(config: GameSetup<Raft>(seed: 1, variant: .amnesia), skipIntro: true, scoresPath: path)
        #expect(session.bestText == nil)
        #expect(session.recordBreakBest(31.5))
        #expect(session.bestText == "31.5 s")
        let again = try RaftSession(config: GameSetup<Raft>(seed: 2, variant: .amnesia), skipIntro: true, scoresPath: path)
        #expect(again.bestText == "31.5 s", "the best is read back from the file")
        let paxos = try GameSession(config: GameConfig(seed: 1, variant: .amnesia), skipIntro: true, scoresPath: path)
        #expect(paxos.bestText == nil, "Paxos's amnesia level has a best of its own")
    }

    @Test("on real Raft a round's crowns toppled are its best")
    func roundBest() throws {
        let session = try RaftSession(config: GameSetup<Raft>(seed: 1), skipIntro: true, scoresPath: temporaryScoresPath())
        #expect(session.bestText == "0")
        #expect(session.recordRoundBest(points: 2))
        #expect(!session.recordRoundBest(points: 1))
        #expect(session.scores.best(for: RaftVariant.raft) == 2)
    }
}

@Suite("The checker's work outlives a game, its requests do not")
struct SharedChecksTests {
    @Test("a search asked for in one game does not take over a later game of the same level; asked for again, it plays at once")
    func staleSearchDoesNotTakeOver() throws {
        let checks = LevelChecks<Raft>()
        let first = try RaftSession(config: GameSetup<Raft>(seed: 1, variant: .smallQuorum), skipIntro: true, savesScores: false,
                                    checks: checks)
        first.handle(.showMe)
        let later = try RaftSession(config: GameSetup<Raft>(seed: 1, variant: .smallQuorum), skipIntro: true, savesScores: false,
                                    checks: checks)
        let deadline = Date().addingTimeInterval(120)
        while checks.breaks[.smallQuorum] == nil, Date() < deadline {
            later.update(wallDeltaMs: 16)
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(checks.breaks[.smallQuorum] != nil, "the search finished")
        #expect(later.showingBreak == nil, "the later game goes on as the player left it")
        later.handle(.showMe)
        #expect(later.showingBreak == .smallQuorum)
    }
}
