/// A Raft term; 0 stands for "none yet". Terms are owned as ballots are: node i owns i+1, i+1+N, ...
public typealias Term = Int

/// The fixed parameters of one run of single-decree Raft: how many nodes, and which variant's rules.
///
/// Term ownership is Paxos's ballot ownership, so the same colour marks a ballot and a term of the same node.
public struct RaftRules: Hashable, Sendable {
    public let nodeCount: Int
    public let variant: RaftVariant
    /// The Paxos rules with the same node count, whose ballot arithmetic the terms reuse.
    private let ballots: ProtocolRules

    public init(nodeCount: Int = 3, variant: RaftVariant = .raft) {
        ballots = ProtocolRules(nodeCount: nodeCount)
        self.nodeCount = nodeCount
        self.variant = variant
    }

    /// The number of votes a candidate, or acks a leader, needs: a majority, or less in the small-quorum level.
    public var quorum: Int {
        variant == .smallQuorum ? max(1, nodeCount / 2) : nodeCount / 2 + 1
    }

    /// A true majority, whatever the variant.
    public var majority: Int { ballots.majority }

    /// How many nodes may be down at once: a minority.
    public var maxDown: Int { ballots.maxDown }

    /// The node that owns a term; its colour is the term's colour.
    public func owner(of term: Term) -> NodeID { ballots.owner(of: term) }

    /// The node's smallest own term above `seen`: the term it stands for at its next election.
    public func nextTerm(for node: NodeID, above seen: Term) -> Term { ballots.nextBallot(for: node, above: seen) }

    /// Every node but `node`, in id order.
    public func others(than node: NodeID) -> [NodeID] { ballots.others(than: node) }
}
