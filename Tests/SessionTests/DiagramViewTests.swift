import GameCore
import Testing
@testable import Session

@Suite("The diagram in the window: the round at the playhead, built from its own events")
struct DiagramViewTests {
    @Test("a node down since an earlier round is drawn down from the round's start, with no crash marked in it")
    func downSinceEarlierRound() throws {
        let session = try makeSession(replay: [TimedAction(time: 4_000, action: .kill(red))])
        for _ in 0..<200 where session.game.round < 2 { session.run(forMs: 1_000) }
        try #require(session.game.round == 2, "round 2 started")
        try #require(!session.game.nodes[red].isAlive)
        let diagram = session.diagram
        let start = session.history.currentRoundSpan.start
        #expect(diagram.start == start)
        #expect(diagram.down.contains { $0.node == red && $0.start == start })
        #expect(!diagram.marks.contains { $0.node == red && $0.kind == .crashed })
        let full = session.history.diagram(from: start, to: session.game.now)
        #expect(diagram.messages == full.messages, "the same arrows as a diagram built from the game's start")
        #expect(diagram.down == full.down)
    }

    @Test("after a rewind the diagram ends at the playhead")
    func rewoundDiagramEndsAtPlayhead() throws {
        let session = try makeSession()
        session.run(forMs: 20_000)
        let before = session.diagram.messages.count
        session.handle(.travel(.jump(-TimeTravel.jumpMs)))
        let diagram = session.diagram
        #expect(diagram.end == 15_000)
        #expect(diagram.messages.allSatisfy { $0.sentAt <= 15_000 })
        #expect(diagram.messages.count < before)
    }
}
