import Testing
import GameCore

/// The pure handlers on a network with no clock: any message may be delivered next, lost or duplicated,
/// any node may start a ballot or crash (and come straight back) at any moment. Paxos must stay safe anyway.
private struct ToyNetwork {
    let rules: ProtocolRules
    var states: [NodeState]
    var inFlight: [Message] = []
    var ledger: SafetyLedger
    var rng: SeededGenerator
    /// How many messages the network lost, so a test can show that losses happened.
    var lost = 0

    init(seed: UInt64, rules: ProtocolRules) {
        self.rules = rules
        states = (0..<rules.nodeCount).map(NodeState.init(id:))
        ledger = SafetyLedger(rules: rules)
        rng = SeededGenerator(seed: seed)
    }

    mutating func apply(_ step: NodeStep, to node: NodeID) {
        states[node] = step.state
        inFlight += step.outgoing
        for event in step.events { ledger.record(event) }
    }

    mutating func randomNode() -> NodeID { rng.int(in: 0...(rules.nodeCount - 1)) }

    mutating func tick() {
        let roll = rng.int(in: 0...99)
        if roll < 8 || inFlight.isEmpty {
            let node = randomNode()
            apply(PaxosNode.startBallot(states[node], rules: rules), to: node)
        } else if roll < 12 {
            let node = randomNode()
            apply(PaxosNode.crash(states[node], rules: rules), to: node)
        } else if roll < 16 {
            // Lost: taken off the network and never delivered.
            lost += 1
            inFlight.remove(at: rng.int(in: 0...(inFlight.count - 1)))
        } else {
            // Delivered; below 20 it also stays in flight, to be delivered again (a duplicate).
            let index = rng.int(in: 0...(inFlight.count - 1))
            let message = roll < 20 ? inFlight[index] : inFlight.remove(at: index)
            apply(PaxosNode.receive(message, state: states[message.to], rules: rules), to: message.to)
        }
    }

    /// Runs `steps` steps and returns the first broken invariant, with the step it broke at.
    mutating func run(steps: Int) -> (Invariant, Int)? {
        var checked = -1
        for index in 0..<steps {
            tick()
            guard ledger.version != checked else { continue }
            checked = ledger.version
            if let bad = Invariant.allCases.first(where: { !$0.holds(on: ledger) }) { return (bad, index) }
        }
        return nil
    }
}

@Suite("Asynchrony: the pure handlers stay safe whatever the order, loss or duplication of messages")
struct AsyncNetworkTests {
    @Test("Paxos keeps every invariant on 1,000 random asynchronous schedules", arguments: [3, 5])
    func paxosSafeUnderAnySchedule(nodeCount: Int) {
        var decidedRuns = 0
        var lostMessages = 0
        for seed in UInt64(1)...500 {
            var network = ToyNetwork(seed: seed, rules: ProtocolRules(nodeCount: nodeCount))
            let broken = network.run(steps: 300)
            #expect(broken == nil, "N=\(nodeCount) seed \(seed): \(broken.map { "\($0.0.title) at step \($0.1)" } ?? "")")
            if !network.ledger.decisions.isEmpty { decidedRuns += 1 }
            lostMessages += network.lost
        }
        #expect(lostMessages > 0, "the schedules lost no message: loss went untested")
        // The schedules are not so hostile that nothing is ever decided: the check has something to judge.
        #expect(decidedRuns > 100, "only \(decidedRuns) of 500 runs decided anything")
    }

    @Test("each broken variant is caught on some asynchronous schedule",
          arguments: [Variant.amnesia, .stubborn, .promiseBreaker, .smallQuorum])
    func brokenVariantsCaught(variant: Variant) {
        let caught = (UInt64(1)...500).first { seed in
            var network = ToyNetwork(seed: seed, rules: ProtocolRules(nodeCount: 3, variant: variant))
            return network.run(steps: 300) != nil
        }
        #expect(caught != nil, "\(variant.rawValue) was never caught")
    }
}
