import GameCore
import Testing
@testable import Session

@Suite("The mouse on the board: a double-click crashes and recovers, a long press holds")
struct PointerTests {
    static func centre(of node: NodeID, in session: GameSession) -> (x: Double, y: Double) {
        let box = session.layout.boxes[node]
        return (box.midX, box.midY)
    }

    @Test("double-clicking a node kills it, and again recovers it")
    func doubleClickKillsAndRecovers() throws {
        let session = try makeSession()
        let (x, y) = Self.centre(of: green, in: session)
        func doubleClick(at time: Int) {
            session.pointer(.down(x: x, y: y, time: time, clicks: 1))
            session.pointer(.up(x: x, y: y, time: time + 50))
            session.pointer(.down(x: x, y: y, time: time + 150, clicks: 2))
            session.pointer(.up(x: x, y: y, time: time + 200))
        }
        doubleClick(at: 0)
        #expect(!session.game.nodes[green].isAlive)
        doubleClick(at: 1_000)
        #expect(session.game.nodes[green].isAlive)
    }

    @Test("a press held long enough holds the node, and letting go releases it")
    func pressHolds() throws {
        let session = try makeSession()
        let (x, y) = Self.centre(of: blue, in: session)
        session.pointer(.down(x: x, y: y, time: 0, clicks: 1))
        let due = try #require(session.holdDueAt)
        session.pointer(.tick(time: due))
        #expect(session.game.nodes[blue].isHeld)
        session.pointer(.up(x: x, y: y, time: due + 500))
        #expect(!session.game.nodes[blue].isHeld)
    }
}
