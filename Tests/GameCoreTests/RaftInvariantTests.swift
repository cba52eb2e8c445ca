import Testing
import GameCore

@Suite("Raft invariants: each one notices its own break, with evidence")
struct RaftInvariantTests {
    private func ledger(_ events: [RaftEvent], rules: RaftRules = raftThree) -> RaftLedger {
        var ledger = RaftLedger(rules: rules)
        ledger.record(events)
        return ledger
    }

    @Test("an empty history breaks nothing")
    func emptyHistory() {
        let reports = RaftInvariantReport.all(on: RaftLedger(rules: raftThree))
        #expect(reports.map(\.invariant) == RaftInvariant.allCases)
        #expect(reports.allSatisfy { $0.holds })
        #expect(reports.first?.evidence == "No node knows a committed value yet.")
    }

    @Test("Agreement breaks when two values are committed, and names who knows what")
    func agreement() {
        let broken = ledger([.common(.decide(node: red, ballot: 1, value: red)),
                             .common(.learn(node: blue, ballot: 3, value: blue))])
        #expect(!RaftInvariant.agreement.holds(on: broken))
        #expect(RaftInvariant.agreement.evidence(on: broken) == "Red knows red; Blue knows blue.")
    }

    @Test("Election safety breaks when two nodes lead one term")
    func electionSafety() {
        let broken = ledger([.common(.crownGained(node: red, ballot: 4, value: red)),
                             .common(.crownGained(node: blue, ballot: 4, value: blue))])
        #expect(!RaftInvariant.electionSafety.holds(on: broken))
        #expect(RaftInvariant.electionSafety.evidence(on: broken) == "Term 4 has two leaders: Red and Blue.")
    }

    @Test("Votes kept breaks when a node votes for two candidates in one term, not for one candidate twice")
    func votesKept() {
        let twice = ledger([.voteGranted(node: green, term: 4, candidate: red),
                            .voteGranted(node: green, term: 4, candidate: red)])
        #expect(RaftInvariant.votesKept.holds(on: twice))
        let broken = ledger([.voteGranted(node: green, term: 4, candidate: red),
                             .voteGranted(node: green, term: 4, candidate: blue)])
        #expect(!RaftInvariant.votesKept.holds(on: broken))
        #expect(RaftInvariant.votesKept.evidence(on: broken) == "Green voted for Red and Blue in term 4.")
    }

    @Test("Leader completeness: a value stored by a majority at T must be carried by every later leader")
    func leaderCompleteness() {
        let committed: [RaftEvent] = [.appended(node: red, term: 1, value: red), .appended(node: green, term: 1, value: red)]
        let stored = ledger(committed)
        #expect(stored.committed.map { [$0.term, $0.value] } == [[1, red]])
        #expect(stored.committed.first?.nodes == NodeSet([red, green]))
        let good = ledger(committed + [.common(.crownGained(node: green, ballot: 2, value: red))])
        #expect(RaftInvariant.leaderCompleteness.holds(on: good))
        let bad = ledger(committed + [.common(.crownGained(node: blue, ballot: 3, value: blue))])
        #expect(!RaftInvariant.leaderCompleteness.holds(on: bad))
        #expect(RaftInvariant.leaderCompleteness.evidence(on: bad)
                == "red@1 is committed, but Blue leads term 3 with blue.")
        // One node storing it is not a commit.
        let single = ledger([.appended(node: red, term: 1, value: red), .common(.crownGained(node: blue, ballot: 3, value: blue))])
        #expect(RaftInvariant.leaderCompleteness.holds(on: single))
    }

    @Test("Validity breaks when a committed value was never a leader's")
    func validity() {
        let broken = ledger([.common(.crownGained(node: red, ballot: 1, value: red)),
                             .common(.learn(node: blue, ballot: 1, value: green))])
        #expect(!RaftInvariant.validity.holds(on: broken))
        #expect(RaftInvariant.validity.evidence(on: broken) == "green was committed but no leader proposed it.")
    }

    @Test("the ledger ignores the order of events and repeated events")
    func orderFree() {
        let events: [RaftEvent] = [.appended(node: blue, term: 3, value: red), .voteGranted(node: red, term: 3, candidate: blue),
                                   .appended(node: red, term: 1, value: red)]
        var twice = ledger(events.reversed())
        let before = twice.version
        twice.record(events)
        #expect(twice == ledger(events))
        #expect(twice.version == before)
    }
}
