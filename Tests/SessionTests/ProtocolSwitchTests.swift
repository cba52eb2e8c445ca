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
