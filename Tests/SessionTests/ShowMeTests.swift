import GameCore
import Testing
@testable import Session

/// Show me under time travel and at a class's pace: the board after any move of the clock is the board a fresh
/// replay shows at that moment, and each step is followed by a still moment (in lecture mode, a wait for N).
@Suite("Show me")
struct ShowMeTests {
    /// The checker's shortest break of a level, playing in a new window's game.
    static func showing(_ variant: Variant = .stubborn, lecture: Bool = false) throws -> GameSession {
        let session = try makeSession(variant: variant)
        if lecture { session.setView(zoom: 1, lecture: true, palette: .standard) }
        session.playBreak(try #require(LevelProof.shortestBreak(of: variant)).levelBreak, of: variant)
        #expect(session.showingBreak == variant)
        return session
    }

    /// The same break played from its start straight to `ms`, with no time travel.
    static func fresh(at ms: Tick, _ variant: Variant = .stubborn) throws -> GameSession {
        let session = try showing(variant)
        session.jump(toMs: ms)
        return session
    }

    static func endOfSchedule(_ session: GameSession) throws -> Tick {
        try #require(session.history.actions.last).time + Counterexample.stepMs + Counterexample.pauseMs
    }

    /// Plays the whole break and closes the "broke it" card, so the clock can be moved back.
    static func playedToTheEnd(_ variant: Variant = .stubborn) throws -> GameSession {
        let session = try showing(variant)
        session.jump(toMs: try endOfSchedule(session))
        #expect(session.overlay == .brokeIt)
        session.handle(.closeCard)
        #expect(session.overlay == nil)
        return session
    }

    @Test("closing Show me's card leaves no step caption over the board, and says the schedule has ended",
          arguments: [Variant.stubborn, .smallQuorum])
    func endOfShowMe(variant: Variant) throws {
        let session = try Self.playedToTheEnd(variant)
        #expect(session.showMeCaption == nil)
        let toast = try #require(session.toast?.text)
        #expect(toast.hasPrefix("Show me has ended"), "\(toast)")
        session.travel(.seek(Counterexample.firstStepMs + 100))
        #expect(session.showMeCaption?.hasPrefix("Step 1:") == true, "rewound into the steps, the caption is back")
    }

    @Test("after a rewind during Show me, waiting messages and the caption are a fresh replay's at that moment",
          arguments: [Variant.stubborn, .smallQuorum])
    func rewindMatchesFreshReplay(variant: Variant) throws {
        let session = try Self.playedToTheEnd(variant)
        for target in stride(from: session.history.now - 2_000, through: 0, by: -2_900) {
            session.travel(.seek(target))
            #expect(session.history.now == target)
            let fresh = try Self.fresh(at: session.history.now, variant)
            #expect(session.history.now == fresh.history.now)
            #expect(session.waitingMessages == fresh.waitingMessages, "at \(session.history.now) ms")
            #expect(session.showMeCaption == fresh.showMeCaption, "at \(session.history.now) ms")
        }
    }

    @Test("stepping back and forward during Show me keeps waiting messages and the caption a fresh replay's")
    func stepKeysMatchFreshReplay() throws {
        let session = try Self.showing()
        session.jump(toMs: Counterexample.firstStepMs + 3 * Counterexample.stepMs + 500)
        for move in [TimeTravel.stepBack, .stepBack, .stepBack, .stepForward, .stepBack, .jump(-TimeTravel.jumpMs), .stepForward] {
            let before = session.history.now
            session.travel(move)
            #expect(session.history.now != before, "\(move) moved the playhead")
            #expect(session.paused, "a step pauses")
            let fresh = try Self.fresh(at: session.history.now)
            #expect(session.waitingMessages == fresh.waitingMessages, "after \(move) at \(session.history.now) ms")
            #expect(session.showMeCaption == fresh.showMeCaption, "after \(move) at \(session.history.now) ms")
        }
    }

    @Test("a rewind brings back to their sender the messages a later step sent on their way")
    func rewindRestoresWaiting() throws {
        let session = try Self.playedToTheEnd()
        let dispatchedAtEnd = session.history.dispatchedThisRound
        var brought = 0
        // In each step's still moment, going back from the end.
        for time in Array(Set(session.history.actions.map(\.time))).sorted(by: >) {
            session.travel(.seek(time + Counterexample.stepMs - 100))
            let dispatchedThen = session.history.dispatchedThisRound
            let sentLater = dispatchedAtEnd.filter { session.game.network.contains($0) && !dispatchedThen.contains($0) }
            #expect(sentLater.allSatisfy { session.waitingMessages.contains($0) }, "at \(session.history.now) ms")
            brought += sentLater.count
        }
        #expect(brought > 0, "some later step delivers a message that was already waiting")
    }

    @Test("each step's consequences are over at least 2.5 s of game time before the next step starts")
    func stillMomentBetweenSteps() throws {
        let session = try Self.showing()
        let end = try Self.endOfSchedule(session)
        session.jump(toMs: end)
        let stepTimes = Array(Set(session.history.actions.map(\.time))).sorted()
        for (step, next) in zip(stepTimes, stepTimes.dropFirst()) {
            let last = session.history.events.filter { $0.time >= step && $0.time < next }.map(\.time).max() ?? step
            #expect(next - last >= Counterexample.pauseMs, "step at \(step) ms still busy at \(last) ms; next at \(next) ms")
        }
    }

    @Test("in lecture mode Show me waits before each step until N, and the caption says which step comes")
    func lectureWaitsForN() throws {
        let session = try Self.showing(lecture: true)
        session.run(forMs: 20_000)
        #expect(session.history.actionsDone == 0)
        #expect(session.waitsForShowMeStep)
        #expect(session.showMeCaption?.hasSuffix("Press N for step 1 of \(try #require(session.nextShowMeStep).of).") == true)
        session.handle(.nextRound)
        session.run(forMs: Double(Counterexample.stepMs) * 2)
        let done = session.history.actionsDone
        #expect(done >= 1)
        #expect(session.waitsForShowMeStep, "it waits again before step 2")
        #expect(session.showMeCaption?.contains("Press N for step 2 of") == true)
        session.run(forMs: 10_000)
        #expect(session.history.actionsDone == done)
    }

    @Test("in lecture mode an N pressed while a Show me step is still to come is kept for the step after it, once")
    func earlyNIsKept() throws {
        let session = try Self.showing(lecture: true)
        session.run(forMs: 2_000)
        session.handle(.nextRound)
        session.run(forMs: 500)
        #expect(session.waitsForShowMeStep, "step 1 happened; it waits before step 2")
        session.handle(.nextRound)
        #expect(!session.waitsForShowMeStep, "step 2 is let go and due one step later")
        session.handle(.nextRound)
        session.handle(.nextRound)
        session.run(forMs: Double(Counterexample.stepMs) * 4)
        let done = Set(session.history.actions.prefix(session.history.actionsDone).map(\.time))
        #expect(done.count == 3, "the early presses let step 3 happen too, and no more")
        #expect(session.waitsForShowMeStep)
    }

    @Test("the caption says the checker chooses when each message arrives, which no mouse can")
    func captionExplainsTheChecker() throws {
        let session = try Self.showing()
        #expect(session.showMeCaption?.contains("no mouse can") == true)
    }
}
