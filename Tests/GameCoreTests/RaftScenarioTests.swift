import Testing
import GameCore

/// A tiny network for scenarios: nodes, in-flight messages, and the ledger, driven one named delivery at a time.
struct RaftNet {
    let rules: RaftRules
    var nodes: [RaftNodeState]
    var inFlight: [RaftMessage] = []
    var ledger: RaftLedger

    init(rules: RaftRules = raftThree) {
        self.rules = rules
        nodes = (0..<rules.nodeCount).map(RaftNodeState.init(id:))
        ledger = RaftLedger(rules: rules)
    }

    mutating func apply(_ step: RaftStep) {
        nodes[step.state.id] = step.state
        ledger.record(step.events)
        inFlight += step.outgoing
    }

    mutating func stand(_ node: NodeID) { apply(RaftNode.startElection(nodes[node], rules: rules)) }
    mutating func crash(_ node: NodeID) { apply(RaftNode.crash(nodes[node], rules: rules)) }

    struct NotInFlight: Error, CustomStringConvertible {
        let description: String
    }

    /// Delivers the first in-flight message of a kind from one node to another; throws if there is none, so a
    /// scenario whose situation does not arise fails.
    mutating func deliver(_ kind: RaftMessageKind, from: NodeID, to: NodeID) throws {
        guard let index = inFlight.firstIndex(where: { $0.kind == kind && $0.from == from && $0.to == to }) else {
            throw NotInFlight(description: "no \(kind.rawValue) from \(NodeNames.title(from)) to \(NodeNames.title(to)) in flight")
        }
        let message = inFlight.remove(at: index)
        apply(RaftNode.receive(message, state: nodes[to], rules: rules))
    }

    /// Drops every in-flight message to or from a node (it was unreachable).
    mutating func lose(touching node: NodeID) { inFlight.removeAll { $0.to == node || $0.from == node } }

    /// Delivers everything in flight, oldest first, until nothing is left.
    mutating func settle() {
        while !inFlight.isEmpty {
            let message = inFlight.removeFirst()
            apply(RaftNode.receive(message, state: nodes[message.to], rules: rules))
        }
    }

    var leaders: [NodeID] { nodes.filter { $0.role == .leader }.map(\.id) }
}

@Suite("Raft scenarios")
struct RaftScenarioTests {
    @Test("a fault-free election: one leader, its value committed, every node learns it", arguments: [3, 5])
    func faultFreeRound(nodeCount: Int) {
        var net = RaftNet(rules: RaftRules(nodeCount: nodeCount))
        net.stand(green)
        net.settle()
        #expect(net.leaders == [green])
        #expect(net.ledger.leaders.count == 1)
        #expect(net.nodes.allSatisfy { $0.learned == green })
        #expect(RaftInvariant.allCases.allSatisfy { $0.holds(on: net.ledger) })
    }

    @Test("the election restriction: a node whose log is behind cannot win, and the committed value survives")
    func nodeBehindCannotWin() throws {
        var net = RaftNet()
        // Red wins term 1 with Green's vote, and commits red with Green's ack; Blue hears nothing of it.
        net.stand(red)
        try net.deliver(.rv, from: red, to: green)
        try net.deliver(.vr, from: green, to: red)
        try net.deliver(.ae, from: red, to: green)
        try net.deliver(.ar, from: green, to: red)
        #expect(net.nodes[red].committed)
        net.lose(touching: blue)
        // Blue, with an empty log, stands in term 3: both voters refuse it, their logs are at term 1.
        net.stand(blue)
        try net.deliver(.rv, from: blue, to: red)
        try net.deliver(.rv, from: blue, to: green)
        #expect(net.nodes[red].votedFor == nil && net.nodes[green].votedFor == nil)
        #expect(net.inFlight.filter { $0.kind == .vr }.allSatisfy { !$0.granted })
        net.settle()
        #expect(net.nodes[blue].role != .leader)
        // Green stands next, in term 5, and wins: its log is at term 1, as good as anyone's. It carries red.
        net.stand(green)
        net.settle()
        #expect(net.leaders == [green])
        #expect(net.ledger.leaders.last?.value == red)
        #expect(net.nodes.allSatisfy { $0.learned == red })
        #expect(RaftInvariant.allCases.allSatisfy { $0.holds(on: net.ledger) })
    }

    @Test("duplicated replies: every vote and ack delivered twice, still one commit and the same outcome")
    func duplicatedReplies() throws {
        var net = RaftNet(rules: raftFive)
        net.stand(red)
        for voter in [green, blue] { try net.deliver(.rv, from: red, to: voter) }
        let votes = net.inFlight.filter { $0.kind == .vr }
        net.inFlight += votes
        for _ in 0..<2 { try net.deliver(.vr, from: green, to: red) }
        #expect(net.nodes[red].role == .candidate)
        for _ in 0..<2 { try net.deliver(.vr, from: blue, to: red) }
        #expect(net.nodes[red].role == .leader)
        for follower in [green, blue] { try net.deliver(.ae, from: red, to: follower) }
        net.inFlight += net.inFlight.filter { $0.kind == .ar }
        for _ in 0..<2 { try net.deliver(.ar, from: green, to: red) }
        #expect(!net.nodes[red].committed)
        try net.deliver(.ar, from: blue, to: red)
        try net.deliver(.ar, from: blue, to: red)
        #expect(net.nodes[red].committed)
        #expect(net.inFlight.filter { $0.kind == .commit }.count == 4)
    }

    @Test("a leader that crashes before committing is replaced by one carrying its stored entry")
    func crashedLeaderReplaced() throws {
        var net = RaftNet()
        net.stand(red)
        try net.deliver(.rv, from: red, to: blue)
        try net.deliver(.vr, from: blue, to: red)
        try net.deliver(.ae, from: red, to: blue)
        net.crash(red)
        net.lose(touching: red)
        #expect(net.nodes[red].entry == RaftEntry(term: 1, value: red))
        // Green (empty log) is refused by Blue; Blue, holding red@1, wins term 3 with Green's vote and keeps red.
        net.stand(green)
        try net.deliver(.rv, from: green, to: blue)
        #expect(net.nodes[blue].votedFor == nil)
        net.stand(blue)
        try net.deliver(.rv, from: blue, to: green)
        try net.deliver(.vr, from: green, to: blue)
        #expect(net.leaders == [blue])
        #expect(net.nodes[blue].entry == RaftEntry(term: 3, value: red))
    }
}
