import Foundation
import GameCore
import Testing
@testable import Session

@Suite("Time travel in the window: the board shows the game at the playhead, and acting in the past branches")
struct TravelTests {
    /// A fresh history of the same game played straight to `time`: what the playhead must show.
    private func straight(_ session: GameSession, to time: Tick) -> GameHistory {
        var history = GameHistory(config: session.config, actions: session.history.actions)
        history.advance(to: time)
        return history
    }

    @Test("Left steps back event by event and Right forward again, pausing, each time showing the game of that moment")
    func stepsBackAndForward() throws {
        let session = try makeSession()
        session.run(forMs: 20_000)
        var times: [Tick] = [session.game.now]
        for _ in 0..<3 {
            session.handle(.travel(.stepBack))
            times.append(session.game.now)
        }
        #expect(session.paused)
        #expect(times == times.sorted(by: >) && Set(times).count == 4, "back: \(times)")
        for _ in 0..<2 {
            session.handle(.travel(.stepForward))
            session.run(forMs: GameSession.tweenMs + 50)
            times.append(session.game.now)
        }
        #expect(times[4] > times[3] && times[5] > times[4], "forward: \(times)")
        #expect(times[5] == times[1], "two steps forward after three back land on the first step back: \(times)")
        let expected = straight(session, to: session.game.now)
        #expect(Array(session.history.past) == Array(expected.past))
        #expect(session.game.nodes.map(\.state) == expected.game.nodes.map(\.state))
        #expect(session.flights.map(\.sequence) == expected.game.flights.sorted { $0.sequence < $1.sequence }.map(\.sequence))
    }

    @Test("a rewind shows only the past: no log line is later than the playhead")
    func rewindRebuildsTheLog() throws {
        let session = try makeSession()
        session.run(forMs: 30_000)
        let latest = try #require(session.log.last?.time)
        session.handle(.travel(.jump(-TimeTravel.jumpMs)))
        #expect(session.game.now == 25_000)
        #expect(latest > session.game.now)
        #expect(session.log.allSatisfy { $0.time <= session.game.now })
        #expect(!session.log.isEmpty)
    }

    @Test("a message that lands on a step is drawn arriving: the step's tween moves it to its receiver")
    func stepTweensLandings() throws {
        let session = try makeSession()
        session.run(forMs: 3_000)
        session.handle(.togglePause)
        // Step until a step delivers a message that was flying before it.
        var landed: Flight?
        for _ in 0..<40 where landed == nil {
            let before = session.game.flights
            session.handle(.travel(.stepForward))
            landed = before.first { flight in !session.game.flights.contains(flight) && flight.arrival == session.game.now }
            if landed == nil { session.run(forMs: GameSession.tweenMs + 50) }
        }
        let flight = try #require(landed)
        #expect(session.isTweening)
        #expect(session.flights.contains(flight), "the landing message is still drawn during the tween")
        #expect(flight.progress(at: session.renderTime) < 1)
        session.run(forMs: GameSession.tweenMs + 50)
        #expect(!session.isTweening)
        #expect(!session.flights.contains(flight))
        #expect(session.renderTime == Double(session.game.now))
    }

    @Test("acting in the past starts a new branch; the recording holds only the final branch and replays to this game")
    func branchInThePastIsRecorded() throws {
        let path = NSTemporaryDirectory() + "beatpaxos-travel-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let session = try GameSession(config: GameConfig(seed: 4), skipIntro: true, savesScores: false, recordPath: path)
        session.run(forMs: 24_000)
        session.perform(.kill(red))
        session.run(forMs: 6_000)
        session.handle(.travel(.jump(-TimeTravel.jumpMs)))
        session.handle(.travel(.jump(-TimeTravel.jumpMs)))
        #expect(session.history.isInPast)
        session.perform(.kill(blue))
        #expect(session.history.actions.map(\.action) == [.kill(blue)], "the crash of Red was in the discarded future")
        session.handle(.togglePause)
        session.run(forMs: 8_000)
        let recording = try RecordingReader.parse(try String(contentsOfFile: path, encoding: .utf8))
        #expect(recording.actions == session.history.actions)
        var replayed = GameHistory(config: session.config, actions: recording.actions)
        replayed.advance(to: session.history.frontier)
        #expect(replayed.events == session.history.events)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == session.history.recordingText())
    }

    @Test("pressing and dragging on the timeline scrubs, pauses, and is never a gesture on a node")
    func timelineScrubs() throws {
        let session = try makeSession()
        session.run(forMs: 20_000)
        let bar = session.layout.timeline
        session.pointer(.down(x: bar.x + bar.w * 0.2, y: bar.midY, time: 1_000, clicks: 1))
        let first = session.game.now
        #expect(session.paused)
        #expect(first < 20_000)
        session.pointer(.move(x: bar.x + bar.w * 0.5, y: bar.midY, time: 1_100))
        session.pointer(.up(x: bar.x + bar.w * 0.5, y: bar.midY, time: 1_200))
        session.pointer(.down(x: bar.x + bar.w * 0.5, y: bar.midY, time: 1_250, clicks: 2))
        session.pointer(.up(x: bar.x + bar.w * 0.5, y: bar.midY, time: 1_300))
        session.pointer(.tick(time: 3_000))
        #expect(session.game.now > first)
        #expect(session.history.actions.isEmpty, "a double-click or a long press on the bar acts on no node")
        let span = session.timelineSpan
        #expect(abs(session.game.now - (span.start + (span.end - span.start) / 2)) <= 1)
    }

    @Test("lanes too short for a readable diagram (lecture mode's large type) give D's diagram the whole board")
    func diagramInShortLanes() throws {
        let session = try makeSession()
        session.resize(width: 1280, height: 800)
        #expect(session.layout.lanesHoldDiagram)
        session.handle(.toggleDiagram(.lanes))
        #expect(session.diagramMode == .lanes)
        session.handle(.toggleLecture)
        #expect(!session.layout.lanesHoldDiagram, "lecture mode's lanes at 1280x800 are short")
        #expect(session.diagramMode == .board)
        session.handle(.toggleLecture)
        #expect(session.diagramMode == .lanes, "back in the lanes when they have room again")
        session.handle(.toggleDiagram(.lanes))
        #expect(session.diagramMode == nil)
    }

    @Test("D shows the diagram in place of the lanes, Shift+D over the whole board; again hides it")
    func diagramKeys() throws {
        let session = try makeSession()
        let d = try #require(Controls.command(for: KeyPress(.letter("d")), onWelcome: false))
        let shiftD = try #require(Controls.command(for: KeyPress(.letter("d"), shift: true), onWelcome: false))
        session.handle(d)
        #expect(session.diagramMode == .lanes)
        session.handle(shiftD)
        #expect(session.diagramMode == .board)
        session.handle(shiftD)
        #expect(session.diagramMode == nil)
        session.run(forMs: 12_000)
        let diagram = session.diagram
        let sends = session.history.past.filter { if case .send = $0.kind { true } else { false } }.count
        #expect(diagram.messages.count == sends, "round 1 started at 0: every send so far is an arrow")
        #expect(diagram.end == session.game.now)
    }

    @Test("with the diagram over the whole board, a double-click where a node's box would be crashes nothing")
    func largeDiagramHidesNodes() throws {
        let session = try makeSession()
        session.handle(.toggleDiagram(.board))
        let box = session.layout.boxes[red]
        session.pointer(.down(x: box.midX, y: box.midY, time: 1_000, clicks: 1))
        session.pointer(.up(x: box.midX, y: box.midY, time: 1_050))
        session.pointer(.down(x: box.midX, y: box.midY, time: 1_150, clicks: 2))
        session.pointer(.up(x: box.midX, y: box.midY, time: 1_200))
        session.run(forMs: 100)
        #expect(session.game.nodes[red].isAlive)
        session.handle(.toggleDiagram(.board))
        session.pointer(.down(x: box.midX, y: box.midY, time: 2_000, clicks: 1))
        session.pointer(.up(x: box.midX, y: box.midY, time: 2_050))
        session.pointer(.down(x: box.midX, y: box.midY, time: 2_150, clicks: 2))
        session.pointer(.up(x: box.midX, y: box.midY, time: 2_200))
        #expect(!session.game.nodes[red].isAlive, "with the diagram hidden the same double-click crashes Red")
    }

    @Test("the lecture keys are Left, Right, Shift+Left, Shift+Right and Home, and the help card lists them")
    func travelKeys() {
        #expect(Controls.command(for: KeyPress(.left), onWelcome: false) == .travel(.stepBack))
        #expect(Controls.command(for: KeyPress(.right), onWelcome: false) == .travel(.stepForward))
        #expect(Controls.command(for: KeyPress(.left, shift: true), onWelcome: false) == .travel(.jump(-5_000)))
        #expect(Controls.command(for: KeyPress(.right, shift: true), onWelcome: false) == .travel(.jump(5_000)))
        #expect(Controls.command(for: KeyPress(.home), onWelcome: false) == .travel(.roundStart))
        #expect(Controls.command(for: KeyPress(.letter("e")), onWelcome: false) == .export)
        for words in ["Left / Right", "with Shift, jump 5 s", "Home", "D / Shift+D", "E:"] {
            #expect(Controls.helpLines.contains { $0.contains(words) }, "help lists \(words)")
        }
    }

    @Test("E saves the round's diagram as SVG, asks the window for the frame, and a toast names the files")
    func exportWritesFiles() throws {
        let folder = NSTemporaryDirectory() + "beatpaxos-export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try makeSession()
        session.exportFolder = folder
        session.run(forMs: 15_000)
        session.handle(.export)
        session.handle(.export)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files.count == 2 && files.allSatisfy { $0.hasSuffix(".svg") }, "two exports, two files: \(files)")
        let capture = try #require(session.pendingFrameCapture)
        #expect(capture.hasPrefix(folder) && capture.hasSuffix("-2.bmp"))
        let toast = try #require(session.toast?.text)
        #expect(toast.contains(".svg") && toast.contains(".bmp"))
        let svg = try String(contentsOfFile: folder + "/" + files[0], encoding: .utf8)
        #expect(svg.contains("class=\"message\""))
    }

    @Test("with the colour-blind palette on, E saves the diagram in its colours")
    func exportFollowsPalette() throws {
        let folder = NSTemporaryDirectory() + "beatpaxos-export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try makeSession()
        session.exportFolder = folder
        session.handle(.togglePalette)
        #expect(session.palette == .colorblind)
        session.run(forMs: 15_000)
        session.handle(.export)
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".svg") })
        let svg = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        let colourBlind = DiagramPalette.named(.colorblind).nodes, standard = DiagramPalette.named(.standard).nodes
        #expect(colourBlind.contains { svg.contains($0) })
        #expect(!standard.contains { svg.contains($0) })
    }
}
