import Testing
import GameCore

/// Each broken Raft level can be beaten by hand in the timed game, with the mouse alone: crashes and recoveries
/// (double-clicks), no schedule. The scripts are for seed 1 with three nodes; each was found by trying every
/// crash-and-recover of one node (then of two) on a half-second grid, and each fails on real Raft.
@Suite("A player can break each broken Raft level by hand")
struct RaftVariantBreakTests {
    /// A quorum of one: every leader commits alone at once. Red's half-second crash early in round 3 restarts its
    /// timer, so Green and then Blue time out first and each commits its own value before hearing of the other.
    static let smallQuorum = [at(44.5, .kill(red)), at(45, .recover(red))]

    /// Red is down while Green's term 2 commits green, and comes back knowing nothing; Green crashes and forgets
    /// its term, vote and entry, so Red, with Green's vote and an empty log, later wins a term and commits red.
    static let amnesia = [at(10, .kill(red)), at(36, .recover(red)), at(54, .kill(green)), at(55, .recover(green))]

    /// Red is down from the end of round 1 while Blue commits blue in round 2; recovered with an empty log, it
    /// still gets the votes it needs (no voter checks its log) and commits its own value.
    static let noElectionRestriction = [at(37.5, .kill(red)), at(77.5, .recover(red))]

    static let scripts: [(RaftVariant, [TimedAction])] = [
        (.smallQuorum, smallQuorum), (.amnesia, amnesia), (.noElectionRestriction, noElectionRestriction),
    ]

    static func play(_ variant: RaftVariant, _ script: [TimedAction]) -> RaftGame {
        playScript(variant, script, as: Raft.self)
    }

    @Test("the script breaks Agreement on its Raft level", arguments: scripts.map(\.0))
    func scriptBreaksItsLevel(variant: RaftVariant) throws {
        let script = try #require(Self.scripts.first { $0.0 == variant }?.1)
        #expect(script.allSatisfy { !$0.action.isScheduleStep })
        let game = Self.play(variant, script)
        #expect(game.decidedThisRound.count == 2, "\(variant): committed \(game.decidedThisRound)")
        #expect(!RaftInvariant.agreement.holds(on: game.ledger))
    }

    @Test("the same script cannot break real Raft", arguments: scripts.map(\.0))
    func scriptFailsOnRaft(variant: RaftVariant) throws {
        let script = try #require(Self.scripts.first { $0.0 == variant }?.1)
        var game = Self.play(.raft, script)
        game.advance(to: game.now + 120_000)
        #expect(game.everyInvariantHeld)
        #expect(game.decidedThisRound.count <= 1)
    }
}
