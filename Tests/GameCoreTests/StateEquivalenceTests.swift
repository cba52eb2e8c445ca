import Testing
@testable import GameCore

/// The checker's key leaves out proposer fields no handler reads again and, where the facts allow, the ledger's
/// promises (`StateEquivalence`). These tests show that merging states this way loses no behaviour.
@Suite("The checker's merged states behave like the states they stand for")
struct StateEquivalenceTests {
    /// Breadth-first over raw states (every field kept), or over the states rebuilt from merged keys, as the
    /// checker explores them; returns every state reached, as its merged key.
    static func reachedClasses(rules: ProtocolRules, maxBallot: Ballot, merged: Bool) -> Set<StateKey> {
        let checker = ExhaustiveChecker(rules: rules, maxBallot: maxBallot, stateLimit: nil,
                                        forgetsDeadMessages: true, modelsDownTime: false)
        let equivalence = StateEquivalence(rules: rules, facts: checker.facts)
        var seen: Set<StateKey> = []
        var classes: Set<StateKey> = []
        var frontier = [ModelState(rules: rules)]
        classes.insert(frontier[0].key(merging: equivalence))
        while !frontier.isEmpty {
            var next: [ModelState] = []
            for state in frontier {
                for (_, moved) in checker.successors(of: state) {
                    let mergedKey = moved.key(merging: equivalence)
                    classes.insert(mergedKey)
                    if merged {
                        guard seen.insert(mergedKey).inserted else { continue }
                        next.append(ModelState(decoding: mergedKey.words[...], rules: rules))
                    } else {
                        guard seen.insert(moved.key()).inserted else { continue }
                        next.append(moved)
                    }
                }
            }
            frontier = next
        }
        return classes
    }

    @Test("the merged search reaches exactly the classes of the full search's states, messages included",
          arguments: [(Variant.paxos, 3), (.stubborn, 2), (.promiseBreaker, 2), (.amnesia, 1), (.smallQuorum, 2)])
    func mergedSearchReachesTheSameStates(variant: Variant, maxBallot: Ballot) {
        let rules = ProtocolRules(nodeCount: 3, variant: variant)
        let full = Self.reachedClasses(rules: rules, maxBallot: maxBallot, merged: false)
        let merged = Self.reachedClasses(rules: rules, maxBallot: maxBallot, merged: true)
        #expect(full.count > 1_000)
        let onlyFull = full.subtracting(merged).count
        let onlyMerged = merged.subtracting(full).count
        #expect(full == merged, "\(onlyFull) only in the full search, \(onlyMerged) only in the merged one")
    }

    @Test("a state and its merged stand-in have the same moves, leading to the same merged states",
          arguments: Variant.allCases)
    func standInHasTheSameMoves(variant: Variant) throws {
        let rules = ProtocolRules(nodeCount: 3, variant: variant)
        let checker = ExhaustiveChecker(rules: rules, maxBallot: 4, stateLimit: nil, forgetsDeadMessages: true,
                                        modelsDownTime: false)
        let equivalence = StateEquivalence(rules: rules, facts: checker.facts)
        var frontier = [ModelState(rules: rules)]
        var differing = 0
        var compared = 0
        for _ in 0..<9 {
            var next: [ModelState] = []
            for state in frontier.prefix(400) {
                let key = state.key(merging: equivalence)
                let standIn = ModelState(decoding: key.words[...], rules: rules)
                if standIn.key() != state.key() { differing += 1 }
                let moves = checker.successors(of: state)
                let standInMoves = checker.successors(of: standIn)
                #expect(moves.map(\.0) == standInMoves.map(\.0))
                #expect(moves.map { $0.1.key(merging: equivalence) } == standInMoves.map { $0.1.key(merging: equivalence) })
                for (_, moved) in moves {
                    #expect(Invariant.allCases.map { $0.holds(on: moved.ledger) }
                        == Invariant.allCases.map { $0.holds(on: ModelState(decoding: moved.key(merging: equivalence).words[...], rules: rules).ledger) })
                }
                compared += 1
                next += moves.map(\.1)
            }
            frontier = next
        }
        #expect(compared > 1_000)
        // The comparison means something only if many stand-ins really differ from their states.
        #expect(differing > 100, "only \(differing) states had fields to merge")
    }

    @Test("a node's last own ballot is its own, at or below the given one, and gives the same next ballot")
    func lastOwnBallot() {
        for nodeCount in [3, 5] {
            let rules = ProtocolRules(nodeCount: nodeCount, variant: .paxos)
            for node in 0..<nodeCount {
                for ballot in 0...20 {
                    let last = rules.lastOwnBallot(of: node, atOrBelow: ballot)
                    #expect(last <= ballot)
                    #expect(last == 0 || rules.owner(of: last) == node)
                    #expect(rules.nextBallot(for: node, above: last) == rules.nextBallot(for: node, above: ballot))
                }
            }
        }
    }

    @Test("merging cuts the search: real Paxos up to ballot 2 has under half of the states, with the same node and safety states")
    func mergingShrinksTheSearch() {
        let rules = ProtocolRules(nodeCount: 3, variant: .paxos)
        let merged = ExhaustiveChecker(rules: rules, maxBallot: 2)
        let mergedResult = merged.run()
        let full = ExhaustiveChecker(rules: rules, maxBallot: 2, stateLimit: nil, forgetsDeadMessages: true,
                                     modelsDownTime: false, clearsDeadFields: false)
        let fullResult = full.run()
        #expect(mergedResult.complete && fullResult.complete)
        #expect(mergedResult.violations.isEmpty && fullResult.violations.isEmpty)
        #expect(mergedResult.states * 2 < fullResult.states, "\(mergedResult.states) merged, \(fullResult.states) full")
        #expect(merged.nodeAndSafetyStateCount() == full.nodeAndSafetyStateCount())
    }
}
