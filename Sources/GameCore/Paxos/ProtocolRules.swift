/// The fixed parameters of one run of the protocol: how many nodes, and which variant's rules.
public struct ProtocolRules: Hashable, Sendable {
    public let nodeCount: Int
    public let variant: Variant
    /// A bug planted for a test; nil in the game.
    let plantedBug: PlantedBug?

    public init(nodeCount: Int = 3, variant: Variant = .paxos) {
        self.init(nodeCount: nodeCount, variant: variant, plantedBug: nil)
    }

    init(nodeCount: Int, variant: Variant, plantedBug: PlantedBug?) {
        precondition((1...5).contains(nodeCount), "between 1 and 5 nodes")
        self.nodeCount = nodeCount
        self.variant = variant
        self.plantedBug = plantedBug
    }

    // The rules each level keeps or drops, by name. The handlers follow them, and the checker's reductions
    // derive from them which facts about the handlers they may rely on (see `HandlerFacts`).

    /// Whether an acceptor's promise and vote survive a crash, as on stable storage.
    public var acceptorsKeepStateOnCrash: Bool { variant != .amnesia }
    /// Whether an acceptor takes a p2a below the ballot it promised.
    public var acceptsBelowPromise: Bool { variant == .promiseBreaker }
    /// Whether a new leader proposes the value of the highest ballot reported in p1b (else its own colour).
    public var leaderAdoptsReportedValue: Bool { variant != .stubborn }

    /// The number of promises or accepts a proposer needs: a majority, or less in the small-quorum level.
    public var quorum: Int {
        variant == .smallQuorum ? max(1, nodeCount / 2) : nodeCount / 2 + 1
    }

    /// A true majority, whatever the variant: what the game needs for any progress to be possible.
    public var majority: Int { nodeCount / 2 + 1 }

    /// How many nodes may be down at once: a minority.
    public var maxDown: Int { (nodeCount - 1) / 2 }

    /// The node that owns a ballot; its colour is the ballot's colour.
    public func owner(of ballot: Ballot) -> NodeID {
        precondition(ballot > 0, "ballot 0 has no owner")
        return (ballot - 1) % nodeCount
    }

    /// The node's smallest own ballot above `seen`.
    public func nextBallot(for node: NodeID, above seen: Ballot) -> Ballot {
        let first = node + 1
        if seen < first { return first }
        let steps = (seen - first) / nodeCount + 1
        return first + steps * nodeCount
    }

    /// Every node but `node`, in id order.
    public func others(than node: NodeID) -> [NodeID] {
        (0..<nodeCount).filter { $0 != node }
    }
}
