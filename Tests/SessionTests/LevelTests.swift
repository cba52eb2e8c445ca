import GameCore
import Testing
@testable import Session

@Suite("Levels in the window: starting, restarting and replaying replace the whole game")
struct LevelTests {
    @Test("the next level starts a fresh game: clock, log, effects and result all begin again")
    func nextLevelStartsFresh() throws {
        let session = try makeSession()
        session.jump(toMs: 20_000)
        session.perform(.kill(red))
        #expect(session.game.now == 20_000)
        session.handle(.nextLevel)
        #expect(session.config.rules.variant == .amnesia)
        #expect(session.selectedVariant == .amnesia)
        #expect(session.game.now == 0)
        #expect(session.renderTime == 0)
        #expect(session.game.nodes.allSatisfy { $0.isAlive })
        #expect(!session.logText.contains { $0.contains("crashes") || $0.contains("killed") })
        #expect(session.breakResult == nil)
        #expect(session.toast?.text.hasPrefix("Level: Amnesia") == true)
    }

    @Test("restart plays the same game again, replay included, event for event")
    func restartReplaysTheSameGame() throws {
        let session = try makeSession(replay: [TimedAction(time: 4_000, action: .kill(green))])
        session.jump(toMs: 30_000)
        let first = session.logText
        #expect(first.contains { $0.contains("Green") })
        #expect(!session.isReplaying)
        // R asks first in a game under way; the second R restarts.
        session.handle(.restart)
        #expect(!session.isReplaying)
        session.handle(.restart)
        #expect(session.isReplaying)
        session.jump(toMs: 30_000)
        #expect(session.logText == first)
    }

    @Test("a recording's actions are played at their times, then the replay is over")
    func replayLoads() throws {
        let text = """
            {"t":0.000,"ev":"game","seed":1,"nodes":3,"variant":"paxos"}
            {"t":3.000,"ev":"kill","node":"blue"}
            {"t":9.000,"ev":"recover","node":"blue"}
            """
        let recording = try RecordingReader.parse(text)
        let session = try makeSession(replay: recording.actions)
        session.jump(toMs: 5_000)
        #expect(!session.game.nodes[blue].isAlive)
        #expect(session.isReplaying)
        session.jump(toMs: 10_000)
        #expect(session.game.nodes[blue].isAlive)
        #expect(!session.isReplaying)
    }

    @Test("the window and a headless run of the same actions reach the same game")
    func windowEqualsHeadless() throws {
        let actions = [TimedAction(time: 2_000, action: .hold(red)), TimedAction(time: 9_000, action: .release(red)),
                       TimedAction(time: 12_000, action: .kill(blue))]
        let session = try makeSession(replay: actions)
        session.jump(toMs: 60_000)
        var headless = PaxosGame(config: session.config)
        var player = ScriptedPlayer(actions: actions)
        headless.play(&player, upTo: 60_000)
        #expect(session.game.nodes.map(\.state) == headless.nodes.map(\.state))
        #expect(session.game.now == headless.now)
        #expect(session.game.ledger == headless.ledger)
        #expect(session.game.score == headless.score)
    }

    @Test("a recording that follows the checker's schedule is the checker's break, not the player's")
    func scheduleRecordingIsTheCheckers() throws {
        let session = try GameSession(config: GameConfig(seed: 1, variant: .stubborn, followsSchedule: true),
                                      skipIntro: true, scoresPath: temporaryScoresPath())
        #expect(session.showingBreak == .stubborn)
    }
}

@Suite("The benchmark's busy scene")
struct BusySceneTests {
    @Test("it keeps the asked number of messages in flight as decoys land")
    func keepsMessagesInFlight() throws {
        let session = try BusyScene.make(messages: 30)
        #expect(session.flights.count >= 30)
        for _ in 0..<120 {
            session.update(wallDeltaMs: 1000.0 / 60)
            BusyScene.keepBusy(session, messages: 30)
            #expect(session.flights.count >= 30)
        }
        #expect(session.realFlightCount > 0, "the scene is a real game, not only decoys")
    }

    @Test("its decoys are messages Paxos could send: requests from the ballot's owner, answers to it, none to oneself")
    func decoysArePlausible() throws {
        let session = try BusyScene.make(messages: 40)
        let rules = session.config.rules
        try #require(!session.decoyFlights.isEmpty)
        for flight in session.decoyFlights {
            let message = flight.message, owner = rules.owner(of: message.ballot)
            #expect(message.from != message.to)
            switch message.kind {
            case .p1b, .p2b: #expect(message.to == owner, "\(message.label) answers the ballot's owner")
            case .p1a, .p2a, .p3: #expect(message.from == owner, "\(message.label) comes from the ballot's owner")
            }
            let carriesValue = message.kind == .p2a || message.kind == .p3
            #expect((message.value != nil) == carriesValue, "\(message.label): only p2a and p3 carry a value")
        }
    }
}
