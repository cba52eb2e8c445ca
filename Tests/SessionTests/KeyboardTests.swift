import GameCore
import Testing
@testable import Session

@Suite("The keyboard does everything the mouse does, and no key can ruin a demo")
struct KeyboardTests {
    /// The game's events after `act`, as the log writes them.
    private func events(_ act: (GameSession) -> Void) throws -> [String] {
        let session = try makeSession()
        session.run(forMs: 2_000)
        act(session)
        session.run(forMs: 6_000)
        return session.logText
    }

    /// The centre of a node's box in the session's layout.
    private func centre(_ session: GameSession, _ node: NodeID) -> (x: Double, y: Double) {
        (session.layout.boxes[node].midX, session.layout.boxes[node].midY)
    }

    @Test("Tab then Enter crashes the node a double-click crashes, with the same events; Enter again recovers it")
    func enterCrashesLikeDoubleClick() throws {
        let byMouse = try events { session in
            let point = centre(session, green)
            session.pointer(.down(x: point.x, y: point.y, time: 100, clicks: 1))
            session.pointer(.up(x: point.x, y: point.y, time: 110))
            session.pointer(.down(x: point.x, y: point.y, time: 200, clicks: 2))
            session.pointer(.up(x: point.x, y: point.y, time: 210))
        }
        let byKeys = try events { session in
            session.handle(.focusNext)
            session.handle(.focusNext)
            #expect(session.focusedNode == green)
            session.handle(.crashOrRecover)
        }
        #expect(byKeys == byMouse)
        #expect(byKeys.contains { $0.contains("Green") && $0.contains("crash") })
        let session = try makeSession()
        session.handle(.focusPrevious)
        #expect(session.focusedNode == blue, "Shift+Tab from no selection picks the last node")
        session.handle(.crashOrRecover)
        #expect(!session.game.nodes[blue].isAlive)
        session.handle(.crashOrRecover)
        #expect(session.game.nodes[blue].isAlive)
    }

    @Test("holding K holds the selected node until the key comes up, like press and hold")
    func holdKey() throws {
        let session = try makeSession()
        session.handle(.focusNext)
        session.handle(.holdFocused)
        #expect(session.game.nodes[red].isHeld)
        session.handle(.holdFocused)
        session.run(forMs: 1_000)
        #expect(session.game.nodes[red].isHeld, "a repeated key-down changes nothing")
        session.releaseKeyHold()
        #expect(!session.game.nodes[red].isHeld)
        #expect(Controls.command(for: KeyPress(Controls.holdKey), onWelcome: false) == .holdFocused)
    }

    @Test("the help card's lines come from the key table, one per row, with every key the game answers")
    func helpComesFromTheTable() {
        let help = Controls.helpLines
        for control in Controls.table where control.places.contains(.help) {
            #expect(help.contains("\(control.keys): \(control.action)."), "\(control.keys) is missing from help")
        }
        for command in [SessionCommand.focusNext, .crashOrRecover, .holdFocused, .nextRound, .chooseLevel, .zoomIn,
                        .zoomReset, .toggleLecture, .togglePalette] {
            let keys = Controls.keys(for: command)
            #expect(!keys.isEmpty && help.contains { $0.hasPrefix(keys + ":") }, "\(command) has no line in help")
        }
        #expect(Controls.paneLine.contains("Tab select") && Controls.paneLine.contains("T lecture"))
        #expect(Controls.welcomeFooter.contains("Ctrl+Q: quit") && !Controls.welcomeFooter.contains("Esc"))
    }

    @Test("Ctrl+= and Ctrl+- zoom rather than change speed; Ctrl+0 resets; the layout follows")
    func zoomKeys() throws {
        #expect(Controls.command(for: KeyPress(.equals, ctrl: true), onWelcome: false) == .zoomIn)
        #expect(Controls.command(for: KeyPress(.minus, ctrl: true), onWelcome: true) == .zoomOut)
        #expect(Controls.command(for: KeyPress(.digit(0), ctrl: true), onWelcome: false) == .zoomReset)
        #expect(Controls.command(for: KeyPress(.equals), onWelcome: false) == .faster)
        let session = try makeSession()
        let plain = session.layout.scale
        session.handle(.zoomIn)
        #expect(session.layout.scale > plain)
        #expect(session.speed == 1)
        session.handle(.zoomReset)
        #expect(session.layout.scale == plain)
        session.handle(.toggleLecture)
        #expect(session.layout.lecture && session.layout.scale * 15 >= 28)
    }

    @Test("L opens the level chooser; arrows move, Enter starts; Esc goes back to the game")
    func levelChooser() throws {
        let session = try makeSession()
        session.run(forMs: 1_000)
        #expect(Controls.command(for: KeyPress(.letter("l")), onWelcome: false) == .chooseLevel)
        session.handle(.chooseLevel)
        #expect(session.overlay == .welcome)
        #expect(session.config.rules.variant == .paxos, "opening the chooser discards nothing")
        session.handle(.closeCard)
        #expect(session.overlay == nil && session.game.now > 0)
        session.handle(.chooseLevel)
        #expect(Controls.command(for: KeyPress(.down), onWelcome: true) == .nextLevel)
        session.handle(.nextLevel)
        session.handle(.nextLevel)
        session.handle(.previousLevel)
        session.handle(.start)
        #expect(session.config.rules.variant == .amnesia)
    }

    @Test("R in a game under way asks first; a second R restarts")
    func restartAsks() throws {
        let session = try makeSession()
        session.run(forMs: 5_000)
        session.handle(.restart)
        #expect(session.game.now >= 5_000)
        #expect(session.toast?.text.contains("R again") == true)
        session.handle(.restart)
        #expect(session.game.now == 0)
    }

    @Test("in lecture mode a decided round waits at its end for N, counting nothing down; N starts the next")
    func lectureRoundWaits() throws {
        let session = try makeSession()
        session.handle(.toggleLecture)
        try #require(session.runUntilRoundDecided(stepMs: 500) != nil, "round 1 never decided")
        session.run(forMs: 20_000)
        #expect(session.game.round == 1)
        #expect(session.waitsForNextRound)
        let waiting = try #require(session.banner?.text)
        #expect(waiting.contains("press N for the next round") && waiting.contains("toppled"), "the tally is said while it waits")
        #expect(session.msUntilNextGameEvent == nil, "nothing is due while the round waits, so the window can sleep")
        session.handle(.nextRound)
        session.run(forMs: 100)
        #expect(session.game.round == 2)
        #expect(session.banner == nil, "the next round starts on a clear board, not under the last one's summary")
    }

    @Test("a jump past a round's end in lecture mode goes on as if N were pressed, and its banner is gone later")
    func jumpPastLectureRoundEnd() throws {
        let session = try makeSession()
        session.handle(.toggleLecture)
        session.jump(toMs: 150_000)
        #expect(session.game.round > 1, "the jump went past round 1's end")
        #expect(session.banner.map { !$0.text.contains("next round in") } ?? true, "lecture mode never counts down")
        #expect(session.banner == nil || session.game.roundEndsAt != nil, "no banner of a round long over")
    }

    @Test("a jump that stops inside a decided round's wait in lecture mode shows it waiting for N")
    func jumpStopsInsideTheWait() throws {
        let probe = try makeSession()
        probe.handle(.toggleLecture)
        let end = try #require(probe.runUntilRoundDecided(stepMs: 250), "round 1 never decided")
        let session = try makeSession()
        session.handle(.toggleLecture)
        session.jump(toMs: end - 500)
        #expect(session.game.round == 1)
        #expect(session.waitsForNextRound)
        #expect(session.banner?.text.contains("press N for the next round") == true)
    }

    @Test("outside lecture mode N during the countdown still shows the round's tally")
    func tallyAfterNOutsideLecture() throws {
        let session = try makeSession()
        try #require(session.runUntilRoundDecided(stepMs: 100) != nil, "round 1 never decided")
        session.handle(.nextRound)
        session.run(forMs: 100)
        #expect(session.banner?.text.contains("toppled") == true)
    }

    @Test("a jump (screenshots) moves the wall clock too, so a toast long gone is not drawn")
    func jumpExpiresToasts() throws {
        let session = try makeSession()
        session.showToast("old news", seconds: 2)
        session.jump(toMs: 1_000)
        #expect(session.toast?.text == "old news")
        session.jump(toMs: 120_000)
        #expect(session.toast == nil)
    }

    @Test("outside lecture mode the banner counts down to the next round")
    func roundEndCountdown() throws {
        let session = try makeSession()
        try #require(session.runUntilRoundDecided(stepMs: 100) != nil, "round 1 never decided")
        #expect(session.banner?.text.contains("next round in") == true)
    }
}
