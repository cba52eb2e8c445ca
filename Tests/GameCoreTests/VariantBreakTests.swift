import Testing
import GameCore

/// Each broken level can be beaten by hand in the timed game, with the mouse alone: kills, recoveries and
/// holds, no schedule. Each script is for seed 1, where Green opens the round with ballot 2 at 2.957 s.
@Suite("A player can break each broken level by hand")
struct VariantBreakTests {
    /// Green decides alone at once (a quorum of one). Red is down while Green's p1a, p2a and p3 reach it, so it
    /// never hears of green; recovered, it times out, proposes ballot 1 alone and decides red.
    static let smallQuorum = [at(5, .kill(red)), at(16.5, .recover(red))]

    /// Red is down for the whole of ballot 2, which Green and Blue choose. Blue learns green, then crashes and
    /// forgets its vote and promise. Red times out and wins ballot 1 with Blue's empty promise: red.
    static let amnesia = [at(1, .kill(red)), at(38.5, .recover(red)), at(42, .kill(blue)), at(43, .recover(blue))]

    /// Green chooses green with Red and Blue. Blue is down when the decision reaches it, recovers unaware, times
    /// out and runs ballot 3: the promises report green@2, but a stubborn leader proposes blue anyway.
    static let stubborn = [at(35, .kill(blue)), at(36.5, .recover(blue))]

    /// Green holds a quorum for ballot 2 but is held before it proposes. Blue times out and sends p1a(3) to Red,
    /// then is held too. Red promises 3, then (breaking its promise) accepts Green's green@2: Green decides green
    /// and is killed before its p3 reaches Blue. Released, Blue leads 3 with Red's empty promise: blue.
    static let promiseBreaker = [
        at(7, .hold(red)), at(16, .release(red)), at(16, .hold(green)), at(35, .hold(blue)),
        at(41, .release(green)), at(56, .kill(green)), at(57, .release(blue)),
    ]

    static let scripts: [(Variant, [TimedAction])] = [
        (.smallQuorum, smallQuorum), (.amnesia, amnesia), (.stubborn, stubborn), (.promiseBreaker, promiseBreaker),
    ]

    static func play(_ variant: Variant, _ script: [TimedAction]) -> PaxosGame {
        playScript(variant, script, as: Paxos.self)
    }

    @Test("the script breaks Agreement on its level", arguments: scripts.map(\.0))
    func scriptBreaksItsLevel(variant: Variant) throws {
        let script = try #require(Self.scripts.first { $0.0 == variant }?.1)
        #expect(script.allSatisfy { !$0.action.isScheduleStep })
        let game = Self.play(variant, script)
        #expect(game.ledger.decidedValues.count == 2, "\(variant): decided \(game.ledger.decidedValues)")
        #expect(!Invariant.agreement.holds(on: game.ledger))
    }

    @Test("the same script cannot break real Paxos", arguments: scripts.map(\.0))
    func scriptFailsOnPaxos(variant: Variant) throws {
        let script = try #require(Self.scripts.first { $0.0 == variant }?.1)
        var game = Self.play(.paxos, script)
        game.advance(to: game.now + 120_000)
        #expect(game.everyInvariantHeld)
        #expect(game.ledger.decidedValues.count <= 1)
    }
}
