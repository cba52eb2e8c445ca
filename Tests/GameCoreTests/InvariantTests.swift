import Testing
import GameCore

/// A ledger fed the given events, as the game would feed it.
private func ledger(_ events: [EventKind], rules: ProtocolRules = threeNodes) -> SafetyLedger {
    var ledger = SafetyLedger(rules: rules)
    for event in events { ledger.record(event) }
    return ledger
}

private func broken(_ ledger: SafetyLedger) -> [Invariant] {
    Invariant.allCases.filter { !$0.holds(on: ledger) }
}

@Suite("Invariants: each safety property holds on legal histories and names what broke otherwise")
struct InvariantTests {
    /// A legal history: Red leads ballot 1 with Green, both accept red, Red decides, Green learns.
    static let legal: [EventKind] = [
        .prepare(node: red, ballot: 1), .promise(node: red, ballot: 1), .promise(node: green, ballot: 1),
        .crownGained(node: red, ballot: 1, value: red), .accept(node: red, ballot: 1, value: red),
        .accept(node: green, ballot: 1, value: red), .decide(node: red, ballot: 1, value: red),
        .learn(node: green, ballot: 1, value: red),
    ]

    @Test("every invariant holds on an empty history")
    func emptyHistoryHolds() {
        let empty = ledger([])
        #expect(broken(empty).isEmpty)
        #expect(Invariant.agreement.evidence(on: empty) == "Nothing decided yet.")
    }

    @Test("every invariant holds on a legal history, with evidence naming the decision")
    func legalHistoryHolds() {
        let history = ledger(Self.legal)
        #expect(broken(history).isEmpty)
        #expect(Invariant.agreement.evidence(on: history) == "Decided red by Red and Green.")
        #expect(history.chosen.map(\.ballot) == [1])
        #expect(history.chosen.map(\.value) == [red])
        #expect(history.chosen.map(\.voters) == [NodeSet([red, green])])
    }

    @Test("Agreement breaks when two nodes decide different values")
    func agreementBreaks() {
        let history = ledger(Self.legal + [.crownGained(node: blue, ballot: 3, value: blue), .decide(node: blue, ballot: 3, value: blue)])
        #expect(!Invariant.agreement.holds(on: history))
        #expect(Invariant.agreement.evidence(on: history).contains("Blue decided blue"))
    }

    @Test("Validity breaks when a decided value was never proposed")
    func validityBreaks() {
        let history = ledger([.crownGained(node: red, ballot: 1, value: red), .learn(node: green, ballot: 1, value: blue)])
        #expect(broken(history) == [.validity])
        #expect(Invariant.validity.evidence(on: history) == "blue was decided but never proposed.")
    }

    @Test("Promises kept breaks when an acceptor accepts below a ballot it promised")
    func promisesKeptBreaks() {
        let history = ledger([.promise(node: blue, ballot: 5), .accept(node: blue, ballot: 4, value: red)])
        #expect(broken(history) == [.promisesKept])
        #expect(Invariant.promisesKept.evidence(on: history) == "Blue accepted 4 after promising 5.")
    }

    @Test("Promises kept allows accepting at or above the promise")
    func acceptingAtPromiseIsFine() {
        let history = ledger([.promise(node: blue, ballot: 5), .accept(node: blue, ballot: 5, value: green),
                              .accept(node: blue, ballot: 8, value: green)])
        #expect(Invariant.promisesKept.holds(on: history))
    }

    @Test("Promises kept remembers a promise the acceptor itself forgot (amnesia)")
    func promisesOutliveAmnesia() {
        // The node forgets and promises a lower ballot again: the ledger still judges against the highest promise.
        let history = ledger([.promise(node: blue, ballot: 5), .promise(node: blue, ballot: 4),
                              .accept(node: blue, ballot: 4, value: red)])
        #expect(!Invariant.promisesKept.holds(on: history))
    }

    @Test("Chosen value locked breaks when a proposal above the chosen ballot carries another value")
    func chosenLockedBreaks() {
        let history = ledger(Array(Self.legal.prefix(6)) + [.crownGained(node: blue, ballot: 3, value: blue)])
        #expect(broken(history) == [.chosenLocked])
        #expect(Invariant.chosenLocked.evidence(on: history).contains("but ballot 3 proposed blue"))
    }

    @Test("Chosen value locked holds when the higher proposal carries the chosen value")
    func chosenLockedHoldsWhenCarried() {
        let history = ledger(Array(Self.legal.prefix(6)) + [.crownGained(node: blue, ballot: 3, value: red)])
        #expect(broken(history).isEmpty)
    }

    @Test("a choice names its voters, or says \"all 5\" when each of five nodes voted")
    func chosenByAll() {
        let three = ledger([.accept(node: red, ballot: 2, value: green), .accept(node: green, ballot: 2, value: green),
                            .accept(node: blue, ballot: 2, value: green)])
        #expect(Invariant.chosenLocked.evidence(on: three).hasPrefix("Chosen: green at ballot 2 by Red, Green and Blue;"))
        let votes = (0..<5).map { EventKind.accept(node: $0, ballot: 2, value: green) }
        let five = ledger(votes, rules: ProtocolRules(nodeCount: 5))
        #expect(Invariant.chosenLocked.evidence(on: five).hasPrefix("Chosen: green at ballot 2 by all 5;"))
        let four = ledger(Array(votes.prefix(4)), rules: ProtocolRules(nodeCount: 5))
        #expect(Invariant.chosenLocked.evidence(on: four).contains("by Red, Green, Blue and Yellow"))
    }

    @Test("a value is chosen only by a true majority at one ballot, even where the level's quorum is 1")
    func chosenNeedsQuorum() {
        let oneVote: [EventKind] = [.accept(node: red, ballot: 1, value: red)]
        #expect(ledger(oneVote).chosen.isEmpty)
        let smallQuorum = ledger(oneVote, rules: ProtocolRules(nodeCount: 3, variant: .smallQuorum))
        #expect(smallQuorum.chosen.isEmpty)
        #expect(smallQuorum.chosenByLevelQuorum == [Proposal(ballot: 1, value: red)], "the level's own count, shown apart")
        // Two votes at different ballots do not make a choice either.
        #expect(ledger([.accept(node: red, ballot: 1, value: red), .accept(node: green, ballot: 4, value: red)]).chosen.isEmpty)
        // A later proposal of another value is fine while nothing is chosen.
        let unchosen = ledger(oneVote + [.crownGained(node: red, ballot: 1, value: red), .crownGained(node: green, ballot: 2, value: green)])
        #expect(Invariant.chosenLocked.holds(on: unchosen))
    }

    @Test("the report lists all four invariants in order, each with its verdict")
    func reportsAll() {
        let history = ledger([.promise(node: blue, ballot: 5), .accept(node: blue, ballot: 4, value: red)])
        let reports = InvariantReport.all(on: history)
        #expect(reports.map(\.invariant) == [.agreement, .validity, .promisesKept, .chosenLocked])
        #expect(reports.map(\.holds) == [true, true, false, true])
        #expect(Invariant.allCases.map(\.title) == ["Agreement", "Validity", "Promises kept", "Chosen value locked"])
    }

    @Test("the game checks the invariants on every state: a broken variant records its first violation")
    func gameRecordsViolation() {
        // Promise breaker: hold a leader's p2a until others moved on, then let it through.
        var found = false
        for seed in UInt64(1)...40 where !found {
            var player = RandomAdversary(seed: seed)
            let outcome = HeadlessRun.play(config: GameConfig(seed: seed, variant: .promiseBreaker), player: &player, rounds: 30)
            if !outcome.everyInvariantHeld {
                found = true
                #expect(outcome.finalGame.firstViolation != nil)
                #expect(outcome.rounds.contains { !$0.invariantsHeld })
            } else {
                #expect(outcome.finalGame.firstViolation == nil)
                #expect(outcome.rounds.allSatisfy { $0.invariantsHeld })
            }
        }
        #expect(found)
    }
}
