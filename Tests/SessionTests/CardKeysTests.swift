import GameCore
import Testing
@testable import Session

/// Keys a teacher presses out of habit: none may change the game hidden under a card, cut Show me short, or crash
/// a node nobody chose.
@Suite("Stray keys cannot change a demo behind the class's back")
struct CardKeysTests {
    @Test("with the help card up, Enter closes it and crashes nothing; Tab, step and pause keys do nothing")
    func helpCardTakesTheKeys() throws {
        let session = try makeSession()
        session.handle(.focusNext)
        #expect(session.focusedNode == red)
        session.handle(.toggleHelp)
        #expect(session.overlay == .help)
        for command in [SessionCommand.focusNext, .holdFocused, .togglePause, .travel(.stepBack), .toggleDiagram(.lanes), .nextRound] {
            session.handle(command)
            #expect(session.overlay == .help, "\(command) closed the card")
        }
        #expect(session.focusedNode == red && !session.paused && session.diagramMode == nil)
        #expect(!session.game.nodes[red].isHeld)
        session.handle(.crashOrRecover)
        #expect(session.overlay == nil)
        #expect(session.game.nodes.allSatisfy { $0.isAlive }, "Enter on the card crashed a node")
        session.handle(.crashOrRecover)
        #expect(!session.game.nodes[red].isAlive, "with the card gone Enter acts again")
    }

    @Test("the first Enter or hold key with no node selected selects Red and says what the next one does")
    func firstEnterOnlySelects() throws {
        let session = try makeSession()
        #expect(session.focusedNode == nil)
        session.handle(.crashOrRecover)
        #expect(session.focusedNode == red)
        #expect(session.game.nodes[red].isAlive)
        #expect(session.toast?.text.contains("Red selected") == true)
        let other = try makeSession()
        other.handle(.holdFocused)
        #expect(other.focusedNode == red && !other.game.nodes[red].isHeld)
        other.handle(.holdFocused)
        #expect(other.game.nodes[red].isHeld)
    }

    @Test("during Show me the player's crash is refused with a word, and Esc stops Show me for the player's own game")
    func showMeCannotBeCutShort() throws {
        let session = try ShowMeTests.showing()
        session.jump(toMs: Counterexample.firstStepMs + 500)
        let actions = session.history.actions.count
        session.handle(.focusNext)
        session.handle(.crashOrRecover)
        #expect(session.game.nodes[red].isAlive)
        #expect(session.history.actions.count == actions, "the checker's schedule was cut")
        #expect(session.toast?.text.contains("Show me is playing") == true)
        session.handle(.closeCard)
        #expect(session.showingBreak == nil)
        #expect(!session.config.followsSchedule)
        #expect(session.game.now == 0)
        session.handle(.crashOrRecover)
        #expect(!session.game.nodes[red].isAlive, "after Show me stops the player plays again")
    }

    @Test("a move after a rewind says on the board that the old future is gone")
    func branchIsShown() throws {
        let session = try makeSession()
        session.run(forMs: 8_000)
        session.travel(.seek(3_000))
        session.handle(.focusNext)
        session.handle(.crashOrRecover)
        #expect(!session.game.nodes[red].isAlive)
        #expect(session.toast?.text.contains("new branch") == true)
    }
}
