import GameCore
import Testing
@testable import Session

@Suite("On a broken level the log marks the moment the missing rule is used")
struct MissingRuleTests {
    @Test("Amnesia: a node that recovers is said to come back with no memory; on Paxos nothing is marked")
    func amnesiaRecovery() throws {
        for variant in [Variant.amnesia, .paxos] {
            let session = try makeSession(variant: variant)
            session.run(forMs: 2_000)
            session.perform(.kill(blue))
            session.run(forMs: 1_000)
            session.perform(.recover(blue))
            let marked = session.logText.filter { $0.hasSuffix("the rule this level leaves out") }
            if variant == .amnesia {
                #expect(marked == ["Blue comes back with no memory of its promise or its vote: the rule this level leaves out"])
            } else {
                #expect(marked.isEmpty)
            }
        }
    }

    @Test("Stubborn leader: over many games, a leader ignoring a reported value is marked, naming both values")
    func stubbornIgnoresReport() throws {
        var found: String?
        for seed: UInt64 in 1...40 where found == nil {
            let session = try makeSession(variant: .stubborn, seed: seed)
            for step in 0..<240 {
                session.run(forMs: 500)
                // Crash the leader once it has one, so the next leader hears its vote reported.
                if step % 40 == 20, let leader = session.game.nodes.first(where: { $0.state.wearsCrown })?.id,
                   session.game.nodes.allSatisfy({ $0.isAlive }) {
                    session.perform(.kill(leader))
                }
                if step % 40 == 30, let down = session.game.nodes.first(where: { !$0.isAlive })?.id {
                    session.perform(.recover(down))
                }
            }
            found = session.logText.first { $0.contains("reported in p1b: the rule this level leaves out") }
        }
        let line = try #require(found, "no stubborn leader ignored a report in 40 seeds")
        #expect(line.contains("ignoring") && line.contains("@"))
    }
}
