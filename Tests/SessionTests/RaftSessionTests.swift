import Foundation
import GameCore
import Testing
@testable import Session

/// A Raft game as the window holds it, with no welcome card and no scores file.
func makeRaftSession(seed: UInt64 = 1, replay: [TimedAction] = []) throws -> RaftSession {
    try RaftSession(config: GameSetup<Raft>(seed: seed), skipIntro: true, savesScores: false, replay: replay)
}

extension PlaySession {
    /// Lets `ms` of wall time pass in frames of 1/60 s, as the window does.
    func runFrames(forMs ms: Double) {
        var left = ms
        while left > 0 {
            update(wallDeltaMs: min(left, 1000.0 / 60))
            left -= 1000.0 / 60
        }
    }

    func doubleClick(_ node: NodeID, at time: Int) {
        let box = layout.boxes[node]
        pointer(.down(x: box.midX, y: box.midY, time: time, clicks: 1))
        pointer(.up(x: box.midX, y: box.midY, time: time + 50))
        pointer(.down(x: box.midX, y: box.midY, time: time + 150, clicks: 2))
        pointer(.up(x: box.midX, y: box.midY, time: time + 200))
    }
}

@Suite("Raft in the window: the same session plays Raft, in Raft's words")
struct RaftSessionTests {
    @Test("double-clicking a Raft node crashes it and again recovers it; a long press holds it until let go")
    func gesturesWorkOnRaft() throws {
        let session = try makeRaftSession()
        session.runFrames(forMs: 4_000)
        session.doubleClick(green, at: 10_000)
        #expect(!session.game.nodes[green].isAlive)
        session.runFrames(forMs: 2_000)
        session.doubleClick(green, at: 20_000)
        #expect(session.game.nodes[green].isAlive)
        let box = session.layout.boxes[blue]
        session.pointer(.down(x: box.midX, y: box.midY, time: 30_000, clicks: 1))
        let due = try #require(session.holdDueAt)
        session.pointer(.tick(time: due))
        #expect(session.game.nodes[blue].isHeld)
        session.pointer(.up(x: box.midX, y: box.midY, time: due + 800))
        #expect(!session.game.nodes[blue].isHeld)
        let log = session.log.map(\.text)
        #expect(log.contains("Green crashes") || log.contains { $0.hasPrefix("Green crashes") }, "\(log)")
        #expect(log.contains { $0.hasPrefix("Green recovers") }, "\(log)")
        #expect(log.contains { $0.hasPrefix("Blue is held") }, "\(log)")
    }

    @Test("the log tells a Raft game's events in Raft's words, and never as Paxos")
    func logSpeaksRaft() throws {
        let session = try makeRaftSession()
        session.runFrames(forMs: 30_000)
        let text = session.log.map(\.text).joined(separator: "\n")
        #expect(text.contains("stands for term"), "\(text)")
        #expect(text.contains("votes for"), "\(text)")
        #expect(text.contains("leads term"), "\(text)")
        #expect(!text.contains("ballot") && !text.contains("p1a") && !text.contains("promises"), "\(text)")
    }

    @Test("the pane's invariants are Raft's, each with its evidence")
    func invariantsAreRaft() throws {
        let session = try makeRaftSession()
        session.runFrames(forMs: 40_000)
        let lines = Raft.invariantLines(session.game.invariantReports)
        #expect(lines.map(\.title) == RaftInvariant.allCases.map(\.title))
        #expect(lines.allSatisfy { $0.holds && !$0.evidence.isEmpty })
        #expect(Raft.chosenLine(session.game.ledger).hasPrefix("Committed: "))
    }

    @Test("a Raft node's box shows its role, term, vote and log entry; a leader's crown says its term")
    func nodeBoxWords() throws {
        let session = try makeRaftSession()
        session.runFrames(forMs: 17_000)
        let leader = try #require(session.game.nodes.first { $0.state.role == .leader })
        let term = leader.state.currentTerm
        let colour = NodeNames.name(leader.id)
        #expect(Raft.crownLabels(leader.state) == ["term \(term)", "t\(term)"])
        #expect(Raft.leaderNumber(leader.state) == term)
        #expect(Raft.stateForms(leader).first == "leader replicating \(colour)")
        let detail = Raft.detail(leader)
        #expect(detail.starts(with: ["term \(term) · voted \(NodeNames.title(leader.id))", "log \(colour)@\(term)"]), "\(detail)")
        let follower = try #require(session.game.nodes.first { $0.state.role == .follower && $0.state.votedFor == leader.id })
        #expect(Raft.detail(follower).first == "term \(term) · voted \(NodeNames.title(leader.id))")
        #expect(Raft.detailForms("term \(term) · voted Red") == ["term \(term) · voted Red", "t\(term) · voted Red", "t\(term) · Red"])
    }

    @Test("a Raft pill names the term's owner, the message and its target, shorter when the band is crowded")
    func pillLabels() {
        let rules = RaftRules(nodeCount: 3)
        // Term 2 is Green's (node i owns i+1, i+1+N, ...), whoever carries it.
        let reply = RaftMessage(kind: .vr, from: red, to: green, term: 2, granted: true)
        #expect(Raft.pillLabels(reply, rules: rules) == ["G· vr(2, yes) → G", "G· vr(2) → G", "G·vr→G"])
        let append = RaftMessage(kind: .ae, from: green, to: blue, term: 2, value: green)
        #expect(Raft.pillLabel(append, rules: rules) == "G· ae(2, green) → B")
        #expect(Raft.colourOwner(append, rules: rules) == green)
    }

    @Test("D shows a Raft round's space-time diagram, with Raft's messages; E saves it as SVG in Raft's words")
    func diagramAndExport() throws {
        let folder = NSTemporaryDirectory() + "beatraft-export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try makeRaftSession()
        session.exportFolder = folder
        session.runFrames(forMs: 25_000)
        let before = session.history.events
        session.handle(.toggleDiagram(.lanes))
        #expect(session.diagramMode == .lanes)
        let types = Set(session.diagram.messages.map(\.type))
        #expect(types.isSuperset(of: ["rv", "vr", "ae"]), "\(types)")
        #expect(session.diagram.marks.contains { $0.text.hasPrefix("leads term ") })
        session.handle(.export)
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".svg") })
        #expect(file.hasPrefix("beatraft-seed1-round1-"))
        let svg = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        #expect(svg.contains("data-type=\"ae\"") && svg.contains("seed 1 · raft · 3 nodes"))
        #expect(svg.contains(" s to \(Seconds.text(session.history.now)) s · "), "the saved diagram runs up to the moment E was pressed")
        #expect(session.history.events == before, "showing and saving the diagram changes nothing in the game")
    }

    @Test("S on a broken Raft level searches for the checker's shortest break, then plays it to the broke-it card",
          arguments: [RaftVariant.noElectionRestriction, .smallQuorum, .amnesia])
    func showMePlaysRaftBreak(variant: RaftVariant) throws {
        let session = try RaftSession(config: GameSetup<Raft>(seed: 4, variant: variant), skipIntro: true, savesScores: false)
        session.enableChecker()
        session.handle(.showMe)
        #expect(session.checkerLine == "Checker: searching for the shortest break...")
        let deadline = Date().addingTimeInterval(120)
        while session.showingBreak == nil, Date() < deadline {
            session.update(wallDeltaMs: 16)
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(session.showingBreak == variant)
        let expected = try #require(LevelProof.shortestBreak(of: variant))
        #expect(session.config.followsSchedule && session.config.seed == 4)
        #expect(session.history.actions.map(\.action) == expected.levelBreak.narrated.map(\.action.action))
        #expect(session.checkerLine?.contains("its shortest break, \(expected.steps.count) steps") == true)
        let end = try #require(session.history.actions.last).time + Counterexample.stepMs + Counterexample.pauseMs
        session.jump(toMs: end)
        #expect(session.overlay == .brokeIt)
        let result = try #require(session.breakResult)
        #expect(result.byChecker && result.values.count == 2)
    }

    @Test("S on real Raft says there is nothing to show, and changes nothing")
    func showMeOnRealRaft() throws {
        let session = try makeRaftSession()
        session.runFrames(forMs: 3_000)
        let before = session.history.events
        session.handle(.showMe)
        #expect(session.toast?.text.contains("no way to break real Raft") == true)
        #expect(session.showingBreak == nil && session.history.events == before)
        #expect(session.bestText == "0", "real Raft's best is this game's crowns toppled until one is saved")
    }

    @Test("Raft's broken levels are chosen as Paxos's are: L opens the chooser, a digit picks, Enter plays it")
    func raftLevelsInTheChooser() throws {
        let session = try makeRaftSession()
        session.handle(.chooseLevel)
        #expect(session.overlay == .welcome)
        session.handle(.pickLevel(2))
        #expect(session.selectedVariant == RaftVariant.allCases[2])
        session.handle(.pickLevel(9))
        #expect(session.selectedVariant == RaftVariant.allCases[2], "a digit past the last level does nothing")
        session.handle(.start)
        #expect(session.overlay == nil)
        #expect(session.config.rules.variant == RaftVariant.allCases[2])
        #expect(session.game.rules.variant == RaftVariant.allCases[2])
    }

    @Test("time travel works on Raft: a step back and forward, and acting in the past starts a branch")
    func travelOnRaft() throws {
        let session = try makeRaftSession()
        session.runFrames(forMs: 20_000)
        let now = session.game.now
        session.handle(.travel(.stepBack))
        #expect(session.game.now < now)
        session.handle(.travel(.stepForward))
        session.runFrames(forMs: 500)
        session.handle(.travel(.jump(-5_000)))
        let at = session.game.now
        session.perform(.kill(red))
        #expect(!session.game.nodes[red].isAlive)
        #expect(session.history.frontier == at)
    }

    @Test("a Raft recording's actions replay in the window to the game they were recorded from")
    func replayRaftRecording() throws {
        var adversary = RandomAdversary(seed: 5)
        var history = RaftHistory(config: GameSetup<Raft>(seed: 5))
        history.play(&adversary, to: 90_000)
        let recording = try RecordingReader.parse(history.recordingText())
        #expect(recording.protocolKind == .raft)
        let session = try makeRaftSession(seed: 5, replay: recording.actions)
        session.jump(toMs: 90_000)
        #expect(session.history.events == history.events)
        #expect(session.history.actions == history.actions)
    }
}
