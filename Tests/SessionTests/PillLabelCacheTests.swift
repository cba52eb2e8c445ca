import GameCore
import Testing
@testable import Session

@Suite("Pill labels kept while a message flies")
struct PillLabelCacheTests {
    static let message = Message(kind: .p2a, from: 2, to: 0, ballot: 3, value: 2)

    @Test("a kept label is the one the protocol words, asked once or many times")
    func sameAsBuilt() {
        let cache = PillLabelCache<Paxos>()
        let rules = ProtocolRules(nodeCount: 3)
        let built = Paxos.pillLabels(Self.message, rules: rules)
        #expect(cache.labels(Self.message, rules: rules) == built)
        #expect(cache.labels(Self.message, rules: rules) == built)
        let other = Message(kind: .p1b, from: 0, to: 2, ballot: 3)
        #expect(cache.labels(other, rules: rules) == Paxos.pillLabels(other, rules: rules))
        #expect(built != Paxos.pillLabels(other, rules: rules))
    }

    @Test("new rules word the same message anew: ballot 4 has another owner at five nodes than at three")
    func rulesChange() {
        let cache = PillLabelCache<Paxos>()
        let message = Message(kind: .p2a, from: 0, to: 1, ballot: 4, value: 0)
        let three = ProtocolRules(nodeCount: 3), five = ProtocolRules(nodeCount: 5)
        #expect(Paxos.pillLabels(message, rules: three) != Paxos.pillLabels(message, rules: five))
        #expect(cache.labels(message, rules: three) == Paxos.pillLabels(message, rules: three))
        #expect(cache.labels(message, rules: five) == Paxos.pillLabels(message, rules: five))
        #expect(cache.labels(message, rules: three) == Paxos.pillLabels(message, rules: three))
    }

    @Test("the window's session hands out the protocol's labels for what flies")
    func session() throws {
        let session = try makeSession()
        session.run(forMs: 3_000)
        let flight = try #require(session.flights.first)
        #expect(session.pillLabels(flight.message) == Paxos.pillLabels(flight.message, rules: session.game.rules))
    }
}
