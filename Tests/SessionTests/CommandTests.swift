import GameCore
import Testing
@testable import Session

@Suite("Keys and commands: one table decides what each key does, on the welcome card and in the game")
struct CommandTests {
    @Test("Space starts from the welcome card and pauses in the game")
    func spaceDependsOnTheCard() {
        #expect(Controls.command(for: KeyPress(.space), onWelcome: true) == .start)
        #expect(Controls.command(for: KeyPress(.space), onWelcome: false) == .togglePause)
        #expect(Controls.command(for: KeyPress(.period), onWelcome: false) == .togglePause)
    }

    @Test("Ctrl+Q quits anywhere; Q alone does nothing")
    func quitNeedsCtrl() {
        for onWelcome in [true, false] {
            #expect(Controls.command(for: KeyPress(.letter("q"), ctrl: true), onWelcome: onWelcome) == .quit)
            #expect(Controls.command(for: KeyPress(.letter("q")), onWelcome: onWelcome) == nil)
        }
    }

    @Test("help is H, ? or Shift+/, and only in the game")
    func helpKeys() {
        for press in [KeyPress(.letter("h")), KeyPress(.question), KeyPress(.slash, shift: true)] {
            #expect(Controls.command(for: press, onWelcome: false) == .toggleHelp)
            #expect(Controls.command(for: press, onWelcome: true) == nil)
        }
        #expect(Controls.command(for: KeyPress(.slash), onWelcome: false) == nil)
    }

    @Test("digits pick a level on the welcome card only", arguments: Array(1...5))
    func digitsPickLevels(digit: Int) {
        #expect(Controls.command(for: KeyPress(.digit(digit)), onWelcome: true) == .pickLevel(digit - 1))
        #expect(Controls.command(for: KeyPress(.digit(digit)), onWelcome: false) == nil)
    }

    @Test("every key in the table reaches a command, and the written controls name them")
    func tableIsWrittenOut() {
        #expect(Controls.helpLines.contains("R: restart, same seed (press twice in a game in progress)."))
        #expect(Controls.paneLine.contains("S show me"))
        #expect(Controls.welcomeFooter.hasPrefix("Click, Enter or Space: start"))
        #expect(Controls.levelKeys == "1-5 or Up / Down")
        #expect(Controls.keys(for: .chooseLevel) == "L")
    }

    @Test("lecture mode's help card lists the pane's keys, one a line, each with its keys first")
    func lectureHelpLines() {
        let lines = Controls.lectureHelpLines
        #expect(lines.count == Controls.paneLine.components(separatedBy: ", ").count)
        #expect(lines.contains("Space or .: pause and resume."))
        #expect(lines.contains { $0.hasPrefix("N: ") } && lines.contains { $0.hasPrefix("T: ") })
        #expect(lines.allSatisfy { $0.count <= 80 }, "each fits one line of the lecture card")
    }

    @Test("the welcome card offers S only where Show me runs (three nodes)")
    func showMeOfferedWithThreeNodes() {
        #expect(Controls.welcomeFooter(offersShowMe: true).contains("S: show me how to break it"))
        let five = Controls.welcomeFooter(offersShowMe: false)
        #expect(!five.contains("S: "))
        #expect(five.hasPrefix("Click, Enter or Space: start") && five.contains("Ctrl+Q: quit"))
    }

    @Test("Esc never quits: on the welcome card it does nothing, and it closes any other card")
    func escape() throws {
        let welcome = try makeSession(intro: true)
        welcome.handle(.closeCard)
        #expect(!welcome.quitRequested)
        #expect(welcome.overlay == .welcome)
        let game = try makeSession()
        game.handle(.toggleHelp)
        #expect(game.overlay == .help)
        game.handle(.closeCard)
        #expect(game.overlay == nil)
        #expect(!game.quitRequested)
    }

    @Test("on the welcome card a level is picked, then a press starts it")
    func welcomePickThenStart() throws {
        let session = try makeSession(intro: true)
        session.handle(.pickLevel(2))
        #expect(session.config.rules.variant == .paxos, "picking only highlights")
        session.pointer(.down(x: 10, y: 10, time: 0, clicks: 1))
        #expect(session.overlay == nil)
        #expect(session.config.rules.variant == .stubborn)
    }

    @Test("a card stops the clock; pausing does too")
    func cardsAndPauseStopTime() throws {
        let session = try makeSession()
        session.run(forMs: 1_000)
        let moved = session.renderTime
        #expect(moved > 900)
        session.handle(.togglePause)
        session.run(forMs: 1_000)
        #expect(session.renderTime == moved)
        session.handle(.togglePause)
        session.handle(.toggleHelp)
        session.run(forMs: 1_000)
        #expect(session.renderTime == moved)
    }

    @Test("speed steps through its list and stops at the ends")
    func speedSteps() throws {
        let session = try makeSession()
        session.handle(.faster)
        #expect(session.speed == 1.5)
        for _ in 0..<10 { session.handle(.faster) }
        #expect(session.speed == 5)
        for _ in 0..<10 { session.handle(.slower) }
        #expect(session.speed == 0.5)
    }

    @Test("a toast shows for its time, then goes")
    func toastExpires() throws {
        let session = try makeSession()
        session.showToast("hello", seconds: 1)
        session.run(forMs: 900)
        #expect(session.toast?.text == "hello")
        session.run(forMs: 200)
        #expect(session.toast == nil)
    }

    @Test("a refused action shows its reason as a toast")
    func refusalToast() throws {
        let session = try makeSession()
        session.perform(.kill(red))
        session.perform(.kill(green))
        #expect(session.toast?.text == Refusal.tooManyDown(down: [red], maxDown: 1, nodeCount: 3).text)
    }
}
