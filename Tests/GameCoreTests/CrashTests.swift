import Testing
import GameCore

@Suite("Crash: what a node keeps and what it forgets")
struct CrashTests {
    @Test("acceptor state and the learned value survive a crash; proposer state does not")
    func crashKeepsAcceptorState() {
        var state = leader(blue)
        state.learned = blue
        state.promised = 6
        let step = PaxosNode.crash(state, rules: threeNodes)
        #expect(step.state.promised == 6)
        #expect(step.state.acceptedBallot == 3)
        #expect(step.state.acceptedValue == blue)
        #expect(step.state.learned == blue)
        #expect(step.state.role == .follower)
        #expect(step.state.ballot == 0)
        #expect(step.state.promisers.isEmpty)
        #expect(step.state.accepters.isEmpty)
        #expect(step.state.proposal == nil)
        #expect(!step.state.decided)
    }

    @Test("a recovered acceptor keeps its promise: it rejects a lower ballot after the crash")
    func recoveredAcceptorKeepsPromise() {
        let promisedFive = PaxosNode.receive(p1a(5, from: green, to: blue), state: NodeState(id: blue), rules: threeNodes).state
        let crashed = PaxosNode.crash(promisedFive, rules: threeNodes).state
        let prepare = p1a(4, from: red, to: blue)
        let afterPrepare = PaxosNode.receive(prepare, state: crashed, rules: threeNodes)
        #expect(afterPrepare.events == [.reject(node: blue, message: prepare, promised: 5)])
        let accept = p2a(4, red, from: red, to: blue)
        let afterAccept = PaxosNode.receive(accept, state: crashed, rules: threeNodes)
        #expect(afterAccept.events == [.reject(node: blue, message: accept, promised: 5)])
        #expect(afterAccept.state.acceptedValue == nil)
    }

    @Test("a recovered node's next ballot still goes above what it promised")
    func ballotAfterCrashGoesAbovePromise() {
        let crashed = PaxosNode.crash(node(red, promised: 8), rules: threeNodes).state
        #expect(PaxosNode.startBallot(crashed, rules: threeNodes).state.ballot == 10)
    }

    @Test("a leader that crashes loses its crown and is toppled if it had not decided")
    func crashTopplesLeader() {
        let step = PaxosNode.crash(leader(green), rules: threeNodes)
        #expect(step.events.crownsLost.map(\.reason) == [.crashed])
        #expect(step.events.crownsLost.map(\.toppled) == [true])
    }

    @Test("a leader that crashes after deciding is not toppled")
    func crashAfterDecisionIsNotToppled() {
        let decided = PaxosNode.receive(p2b(2, from: red, to: green), state: leader(green), rules: threeNodes).state
        #expect(decided.decided)
        let step = PaxosNode.crash(decided, rules: threeNodes)
        #expect(step.events.crownsLost.map(\.toppled) == [false])
    }

    @Test("a follower that crashes emits no crown event")
    func followerCrashIsQuiet() {
        #expect(PaxosNode.crash(node(red, promised: 2), rules: threeNodes).events.isEmpty)
    }

    @Test("the amnesia variant forgets acceptor state on a crash, so a lower ballot gets through")
    func amnesiaForgets() {
        let rules = ProtocolRules(nodeCount: 3, variant: .amnesia)
        let crashed = PaxosNode.crash(node(blue, promised: 5, accepted: (5, green)), rules: rules).state
        #expect(crashed.promised == 0)
        #expect(crashed.acceptedBallot == 0)
        #expect(crashed.acceptedValue == nil)
        let step = PaxosNode.receive(p1a(4, from: red, to: blue), state: crashed, rules: rules)
        #expect(step.events == [.promise(node: blue, ballot: 4)])
    }
}
