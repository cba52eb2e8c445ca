/// The game's clock constants, in game milliseconds at 1x speed: slow enough for a class to follow.
public struct Timing: Hashable, Sendable {
    /// How long a message flies between two nodes.
    public var flightMs = 5_000
    /// How long a node takes to process one message.
    public var processMs = 1_500
    /// The gap between two sends of one node (a leader's p1a or p2a to each of the others).
    public var staggerMs = 2_000
    /// When the round's first proposer starts.
    public var firstProposalMs = 1_500...3_000
    /// How long a node waits without progress before it starts a ballot of its own.
    public var electionTimeoutMs = 15_000...25_000
    /// How long the game lingers after every live node has learned, before the next round.
    public var roundEndGraceMs = 3_000

    public init() {}

    /// The election timeout range for a cluster of this size. Each node beyond three adds one staggered send to
    /// every phase, so the wait grows by one gap per extra node: otherwise, with five nodes, the last follower
    /// could time out while the leader's message to it is still on its way, and a fault-free round would get
    /// two leaders.
    public func electionTimeoutMs(nodeCount: Int) -> ClosedRange<Tick> {
        let extra = max(0, nodeCount - 3) * staggerMs
        return (electionTimeoutMs.lowerBound + extra)...(electionTimeoutMs.upperBound + extra)
    }
}

/// Everything that fixes a game besides the player's actions.
public struct GameSetup<P: Consensus>: Hashable, Sendable {
    public var seed: UInt64
    public var rules: P.Rules
    public var timing: Timing
    /// When true, no node times out on its own and sent messages wait until a schedule step delivers them:
    /// the game follows a schedule written by the exhaustive checker.
    public var followsSchedule: Bool

    /// The protocol itself unless a broken level is named.
    public init(seed: UInt64 = 1, nodeCount: Int = 3, variant: P.Rules.Variant = P.standardVariant, timing: Timing = Timing(),
                followsSchedule: Bool = false) {
        self.seed = seed
        self.rules = P.Rules(nodeCount: nodeCount, variant: variant)
        self.timing = timing
        self.followsSchedule = followsSchedule
    }
}

/// What fixes a Paxos game.
public typealias GameConfig = GameSetup<Paxos>
