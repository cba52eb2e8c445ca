import Testing
import GameCore

@Suite("Proposer: phase 1, phase 2, the crown and the decision")
struct ProposerTests {
    @Test("starting a ballot sends p1a to every other node and promises it at once")
    func startSendsPrepareToOthers() {
        let step = PaxosNode.startBallot(NodeState(id: green), rules: threeNodes)
        #expect(step.state.role == .preparing)
        #expect(step.state.ballot == 2)
        #expect(step.state.promised == 2)
        #expect(step.outgoing == [p1a(2, from: green, to: red), p1a(2, from: green, to: blue)])
        #expect(step.events == [.prepare(node: green, ballot: 2), .promise(node: green, ballot: 2)])
        #expect(step.state.promisers == NodeSet([green]))
    }

    @Test("one promise short of a majority, a proposer keeps waiting")
    func waitsForMajority() {
        let start = PaxosNode.startBallot(NodeState(id: red), rules: fiveNodes)
        let (state, steps) = feed(start.state, [p1b(1, from: green, to: red)], rules: fiveNodes)
        #expect(state.role == .preparing)
        #expect(steps.flatMap(\.events).crownsGained.isEmpty)
        let (after, _) = feed(state, [p1b(1, from: blue, to: red)], rules: fiveNodes)
        #expect(after.role == .leading)
    }

    @Test("with a majority of promises and none reporting a value, a proposer proposes its own colour")
    func proposesOwnColour() {
        let start = PaxosNode.startBallot(NodeState(id: red), rules: threeNodes)
        let step = PaxosNode.receive(p1b(1, from: blue, to: red), state: start.state, rules: threeNodes)
        #expect(step.state.role == .leading)
        #expect(step.state.proposal == red)
        #expect(step.events.contains(.crownGained(node: red, ballot: 1, value: red)))
        #expect(step.outgoing == [p2a(1, red, from: red, to: green), p2a(1, red, from: red, to: blue)])
        // Its own acceptor accepts its proposal at once.
        #expect(step.state.acceptedBallot == 1)
        #expect(step.state.acceptedValue == red)
        #expect(step.events.contains(.accept(node: red, ballot: 1, value: red)))
    }

    @Test("a proposer proposes the value of the highest accepted ballot among its promises")
    func proposesHighestReportedValue() {
        let start = PaxosNode.startBallot(node(red, promised: 6), rules: fiveNodes)
        #expect(start.state.ballot == 11)
        let (state, _) = feed(start.state, [
            p1b(11, from: green, to: red, accepted: (3, blue)),
            p1b(11, from: purple, to: red, accepted: (7, green)),
        ], rules: fiveNodes)
        #expect(state.role == .leading)
        #expect(state.proposal == green)
    }

    @Test("the proposer's own accepted value counts among the promises")
    func ownAcceptedValueCounts() {
        let start = PaxosNode.startBallot(node(red, promised: 5, accepted: (5, green)), rules: threeNodes)
        let step = PaxosNode.receive(p1b(start.state.ballot, from: blue, to: red, accepted: (3, blue)),
                                     state: start.state, rules: threeNodes)
        #expect(step.state.proposal == green)
    }

    @Test("a lower reported ballot does not override a higher one, whatever the order")
    func orderOfPromisesDoesNotMatter() {
        let rules = fiveNodes
        let start = PaxosNode.startBallot(NodeState(id: red), rules: rules)
        let high = p1b(1, from: green, to: red, accepted: (9, yellow))
        let low = p1b(1, from: blue, to: red, accepted: (4, purple))
        #expect(feed(start.state, [high, low], rules: rules).state.proposal == yellow)
        #expect(feed(start.state, [low, high], rules: rules).state.proposal == yellow)
    }

    @Test("the stubborn variant ignores reported values and proposes its own colour")
    func stubbornIgnoresReports() {
        let rules = ProtocolRules(nodeCount: 3, variant: .stubborn)
        let start = PaxosNode.startBallot(NodeState(id: red), rules: rules)
        let step = PaxosNode.receive(p1b(1, from: blue, to: red, accepted: (3, blue)), state: start.state, rules: rules)
        #expect(step.state.proposal == red)
    }

    @Test("promises for another ballot are ignored")
    func stalePromiseIgnored() {
        let start = PaxosNode.startBallot(node(red, promised: 3), rules: threeNodes)
        #expect(start.state.ballot == 4)
        let step = PaxosNode.receive(p1b(1, from: blue, to: red), state: start.state, rules: threeNodes)
        #expect(step.state.role == .preparing)
        #expect(step.state.promisers.count == 1)
        #expect(step.events.count == 1)
        #expect(step.events == [.ignore(node: red, message: p1b(1, from: blue, to: red), reason: .preparing(4))])
    }

    @Test("a leader with p2b from a majority decides and sends p3 to all others", arguments: [3, 5])
    func decidesOnMajorityOfAccepts(nodeCount: Int) {
        let rules = ProtocolRules(nodeCount: nodeCount)
        var state = leader(blue, rules: rules)
        let ballot = state.ballot
        // The leader's own accept counts; it needs quorum - 1 more.
        let needed = rules.quorum - 1
        let others = rules.others(than: blue)
        for (index, other) in others.prefix(needed).enumerated() {
            let step = PaxosNode.receive(p2b(ballot, from: other, to: blue), state: state, rules: rules)
            state = step.state
            if index < needed - 1 {
                #expect(!state.decided)
                #expect(step.outgoing.isEmpty)
            } else {
                #expect(state.decided)
                #expect(state.learned == blue)
                #expect(step.events.contains(.decide(node: blue, ballot: ballot, value: blue)))
                #expect(step.outgoing == others.map { p3(blue, ballot: ballot, from: blue, to: $0) })
            }
        }
    }

    @Test("a node receiving p3 learns the value")
    func p3Teaches() {
        let step = PaxosNode.receive(p3(green, ballot: 2, from: green, to: red), state: node(red, promised: 2), rules: threeNodes)
        #expect(step.state.learned == green)
        #expect(step.events == [.learn(node: red, ballot: 2, value: green)])
        #expect(step.outgoing.isEmpty)
    }

    @Test("a proposer entering phase 2 gains the crown")
    func phaseTwoGivesCrown() {
        let state = leader(green)
        #expect(state.wearsCrown)
        #expect(state.crownCanTopple)
    }

    @Test("a leader that sees a higher p1a loses its crown and is toppled")
    func higherPrepareTopples() {
        let state = leader(red)
        let step = PaxosNode.receive(p1a(2, from: green, to: red), state: state, rules: threeNodes)
        #expect(step.state.role == .follower)
        #expect(!step.state.wearsCrown)
        let lost = step.events.crownsLost
        #expect(lost.count == 1)
        #expect(lost.first?.node == red)
        #expect(lost.first?.ballot == 1)
        #expect(lost.first?.reason == .higherBallot(2))
        #expect(lost.first?.toppled == true)
    }

    @Test("a leader that sees a higher p2a loses its crown")
    func higherAcceptTopples() {
        let step = PaxosNode.receive(p2a(2, green, from: green, to: red), state: leader(red), rules: threeNodes)
        #expect(step.events.crownsLost.map(\.reason) == [.higherBallot(2)])
        #expect(step.state.role == .follower)
    }

    @Test("a leader that restarts phase 1 loses its crown")
    func restartLosesCrown() {
        let step = PaxosNode.startBallot(leader(red), rules: threeNodes)
        #expect(step.events.crownsLost.map(\.reason) == [.restarted])
        #expect(step.events.crownsLost.first?.toppled == true)
        #expect(step.state.role == .preparing)
        #expect(step.state.ballot == 4)
    }

    @Test("a leader that loses its crown after deciding is not toppled")
    func decidedLeaderIsNotToppled() {
        var state = leader(red)
        state = PaxosNode.receive(p2b(1, from: green, to: red), state: state, rules: threeNodes).state
        #expect(state.decided)
        let step = PaxosNode.receive(p1a(2, from: green, to: red), state: state, rules: threeNodes)
        #expect(step.events.crownsLost.map(\.toppled) == [false])
    }

    @Test("a leader that learns the decision from p3 gives up its crown without being toppled")
    func learningEndsCrownQuietly() {
        let step = PaxosNode.receive(p3(red, ballot: 1, from: green, to: red), state: leader(red), rules: threeNodes)
        #expect(step.events.crownsLost.map(\.reason) == [.learnedDecision])
        #expect(step.events.crownsLost.map(\.toppled) == [false])
        #expect(step.state.learned == red)
    }

    @Test("a lower or equal ballot does not take a leader's crown")
    func lowerBallotLeavesCrown() {
        let state = leader(green) // ballot 2
        let step = PaxosNode.receive(p1a(1, from: red, to: green), state: state, rules: threeNodes)
        #expect(step.state.wearsCrown)
        #expect(step.events.crownsLost.isEmpty)
    }

    @Test("two crowns at once are legal: an old leader keeps its crown until it sees the higher ballot")
    func twoCrownsAtOnce() {
        // Red leads ballot 1 with Green's promise; Blue leads ballot 3 with Green's later promise.
        let redLeader = leader(red, promisesFrom: [green])
        let blueLeader = leader(blue, promisesFrom: [green])
        #expect(redLeader.wearsCrown && blueLeader.wearsCrown)
        // Green, having promised 3, refuses Red's p2a, so Red cannot decide a different value.
        let greenState = node(green, promised: 3)
        let step = PaxosNode.receive(p2a(1, red, from: red, to: green), state: greenState, rules: threeNodes)
        #expect(step.events.rejections.count == 1)
    }

    @Test("in the small-quorum variant with 3 nodes a proposer decides on its own promise and accept")
    func smallQuorumDecidesAlone() {
        let rules = ProtocolRules(nodeCount: 3, variant: .smallQuorum)
        let step = PaxosNode.startBallot(NodeState(id: blue), rules: rules)
        #expect(step.state.role == .leading)
        #expect(step.state.decided)
        #expect(step.events.contains(.decide(node: blue, ballot: 3, value: blue)))
    }
}
