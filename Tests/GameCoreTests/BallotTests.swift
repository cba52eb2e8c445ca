import Testing
import GameCore

@Suite("Ballots: who owns which, and which comes next")
struct BallotTests {
    @Test("with three nodes Red owns 1, 4, 7; Green 2, 5, 8; Blue 3, 6, 9")
    func ownershipWithThree() {
        for ballot in 1...9 {
            let expected = [1, 4, 7].contains(ballot) ? red : [2, 5, 8].contains(ballot) ? green : blue
            #expect(threeNodes.owner(of: ballot) == expected, "ballot \(ballot)")
        }
    }

    @Test("with five nodes node i owns i+1, i+6, i+11")
    func ownershipWithFive() {
        for id in 0..<5 {
            for k in 0..<3 {
                #expect(fiveNodes.owner(of: id + 1 + 5 * k) == id)
            }
        }
    }

    @Test("a node's next ballot is its own smallest ballot above everything it has seen",
          arguments: [3, 5])
    func nextBallotIsOwnAndAbove(nodeCount: Int) {
        let rules = ProtocolRules(nodeCount: nodeCount)
        for id in 0..<nodeCount {
            for seen in 0...20 {
                let next = rules.nextBallot(for: id, above: seen)
                #expect(next > seen)
                #expect(rules.owner(of: next) == id)
                // No smaller ballot of its own lies above `seen`.
                #expect(next - nodeCount <= seen, "node \(id) seen \(seen) chose \(next)")
            }
        }
    }

    @Test("concrete next ballots with three nodes")
    func concreteNextBallots() {
        #expect(threeNodes.nextBallot(for: red, above: 0) == 1)
        #expect(threeNodes.nextBallot(for: green, above: 0) == 2)
        #expect(threeNodes.nextBallot(for: blue, above: 0) == 3)
        #expect(threeNodes.nextBallot(for: red, above: 1) == 4)
        #expect(threeNodes.nextBallot(for: red, above: 5) == 7)
        #expect(threeNodes.nextBallot(for: green, above: 5) == 8)
        #expect(threeNodes.nextBallot(for: blue, above: 5) == 6)
    }

    @Test("startBallot goes above the highest ballot seen, promised or accepted")
    func startBallotGoesAboveEverything() {
        var seenOnly = NodeState(id: red)
        seenOnly.highestSeen = 5
        #expect(PaxosNode.startBallot(seenOnly, rules: threeNodes).state.ballot == 7)

        let promised = node(green, promised: 8)
        #expect(PaxosNode.startBallot(promised, rules: threeNodes).state.ballot == 11)

        var acceptedOnly = NodeState(id: blue)
        acceptedOnly.acceptedBallot = 4
        acceptedOnly.acceptedValue = red
        #expect(PaxosNode.startBallot(acceptedOnly, rules: threeNodes).state.ballot == 6)
    }

    @Test("a quorum is a majority: 2 of 3 and 3 of 5; at most a minority may be down")
    func quorumIsMajority() {
        #expect(threeNodes.quorum == 2)
        #expect(fiveNodes.quorum == 3)
        #expect(threeNodes.maxDown == 1)
        #expect(fiveNodes.maxDown == 2)
    }

    @Test("the small-quorum variant needs 1 of 3 and 2 of 5, less than a majority")
    func smallQuorum() {
        #expect(ProtocolRules(nodeCount: 3, variant: .smallQuorum).quorum == 1)
        #expect(ProtocolRules(nodeCount: 5, variant: .smallQuorum).quorum == 2)
        #expect(ProtocolRules(nodeCount: 3, variant: .smallQuorum).majority == 2)
    }

    @Test("the other variants keep majority quorums", arguments: [Variant.paxos, .amnesia, .stubborn, .promiseBreaker])
    func otherVariantsKeepMajority(variant: Variant) {
        #expect(ProtocolRules(nodeCount: 3, variant: variant).quorum == 2)
        #expect(ProtocolRules(nodeCount: 5, variant: variant).quorum == 3)
    }
}
