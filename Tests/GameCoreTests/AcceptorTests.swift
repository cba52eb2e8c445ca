import Testing
import GameCore

@Suite("Acceptor: promises and accepts")
struct AcceptorTests {
    @Test("an acceptor promises a ballot above its promise and answers with p1b")
    func promisesHigherBallot() {
        let step = PaxosNode.receive(p1a(5, from: green, to: blue), state: node(blue, promised: 4), rules: threeNodes)
        #expect(step.state.promised == 5)
        #expect(step.events == [.promise(node: blue, ballot: 5)])
        #expect(step.outgoing == [p1b(5, from: blue, to: green)])
        #expect(step.heardProgress)
    }

    @Test("an acceptor rejects p1a at or below its promise, with an event carrying the promise",
          arguments: [3, 5])
    func rejectsPrepareNotAbovePromise(ballot: Ballot) {
        let message = p1a(ballot, from: threeNodes.owner(of: ballot), to: blue)
        let step = PaxosNode.receive(message, state: node(blue, promised: 5), rules: threeNodes)
        #expect(step.state.promised == 5)
        #expect(step.outgoing.isEmpty)
        #expect(step.events == [.reject(node: blue, message: message, promised: 5)])
    }

    @Test("the p1b reports the acceptor's highest accepted ballot and value")
    func promiseReportsAcceptedValue() {
        let step = PaxosNode.receive(p1a(5, from: green, to: blue),
                                     state: node(blue, promised: 4, accepted: (4, red)), rules: threeNodes)
        #expect(step.outgoing == [p1b(5, from: blue, to: green, accepted: (4, red))])
        #expect(step.outgoing.first?.label == "p1b(5, red@4)")
    }

    @Test("an acceptor accepts p2a at exactly its promise")
    func acceptsAtPromise() {
        let step = PaxosNode.receive(p2a(5, green, from: green, to: blue), state: node(blue, promised: 5), rules: threeNodes)
        #expect(step.state.acceptedBallot == 5)
        #expect(step.state.acceptedValue == green)
        #expect(step.events == [.accept(node: blue, ballot: 5, value: green)])
        #expect(step.outgoing == [p2b(5, from: blue, to: green)])
    }

    @Test("an acceptor accepts p2a above its promise and raises its promise to that ballot")
    func acceptsAbovePromise() {
        let step = PaxosNode.receive(p2a(7, red, from: red, to: blue), state: node(blue, promised: 5), rules: threeNodes)
        #expect(step.state.acceptedBallot == 7)
        #expect(step.state.promised == 7)
        // A lower prepare is now refused.
        let later = PaxosNode.receive(p1a(6, from: blue, to: blue), state: step.state, rules: threeNodes)
        #expect(later.state.promised == 7)
        #expect(later.events.rejections.count == 1)
    }

    @Test("an acceptor rejects p2a below its promise: \"Blue rejects p2a(4): promised 5\"")
    func rejectsAcceptBelowPromise() {
        let message = p2a(4, red, from: red, to: blue)
        let before = node(blue, promised: 5, accepted: (2, green))
        let step = PaxosNode.receive(message, state: before, rules: threeNodes)
        #expect(step.state.acceptedBallot == 2)
        #expect(step.state.acceptedValue == green)
        #expect(step.outgoing.isEmpty)
        #expect(step.events == [.reject(node: blue, message: message, promised: 5)])
        #expect(step.events.first?.sentence == "Blue rejects p2a(4): promised 5")
    }

    @Test("the promise-breaker variant accepts p2a below its promise")
    func promiseBreakerAcceptsBelowPromise() {
        let rules = ProtocolRules(nodeCount: 3, variant: .promiseBreaker)
        let step = PaxosNode.receive(p2a(4, red, from: red, to: blue), state: node(blue, promised: 5), rules: rules)
        #expect(step.state.acceptedBallot == 4)
        #expect(step.state.acceptedValue == red)
        #expect(step.events.contains(.accept(node: blue, ballot: 4, value: red)))
        // It still does not lower its promise.
        #expect(step.state.promised == 5)
    }

    @Test("the promise-breaker variant still refuses prepares at or below its promise")
    func promiseBreakerKeepsPhaseOne() {
        let rules = ProtocolRules(nodeCount: 3, variant: .promiseBreaker)
        let step = PaxosNode.receive(p1a(4, from: red, to: blue), state: node(blue, promised: 5), rules: rules)
        #expect(step.state.promised == 5)
        #expect(step.events.rejections.count == 1)
    }

    @Test("every message raises the highest ballot a node has seen")
    func messagesRaiseHighestSeen() {
        let step = PaxosNode.receive(p2a(4, red, from: red, to: blue), state: node(blue, promised: 5), rules: threeNodes)
        #expect(step.state.highestSeen == 5)
        let higher = PaxosNode.receive(p1a(8, from: green, to: blue), state: node(blue, promised: 5), rules: threeNodes)
        #expect(higher.state.highestSeen == 8)
        // So its next ballot goes above 8.
        #expect(PaxosNode.startBallot(higher.state, rules: threeNodes).state.ballot == 9)
    }
}
