/// Which Raft the nodes run: the real one, or one with a single rule missing (a level the player can beat).
public enum RaftVariant: String, CaseIterable, Sendable, Hashable {
    case raft
    case noElectionRestriction = "no-election-restriction"
    case amnesia
    case smallQuorum = "small-quorum"

    /// The rule this variant leaves out, in one line.
    public var missingRule: String {
        switch self {
        case .raft: return "Nothing is missing: this is Raft itself."
        case .noElectionRestriction: return "A voter grants its vote whatever the candidate's log holds."
        case .amnesia: return "A node forgets its term, its vote and its log entry when it crashes (no stable storage)."
        case .smallQuorum: return "A quorum is less than a majority, so two quorums need not share a node."
        }
    }

    /// How real Raft prevents the break this variant allows.
    public var howRaftPreventsIt: String {
        switch self {
        case .raft: return "Every rule is in place."
        case .noElectionRestriction:
            return "A real voter refuses a candidate whose last log term is below its own, so only a node holding every committed entry can win."
        case .amnesia:
            return "Real nodes write term, vote and log to disk before replying, so a recovered node still refuses old terms and keeps the committed entry."
        case .smallQuorum:
            return "Real quorums are majorities: the voters of any election share a node with the nodes that stored a committed entry."
        }
    }

    /// The level's title in the game.
    public var title: String {
        switch self {
        case .raft: return "Raft"
        case .noElectionRestriction: return "No election restriction"
        case .amnesia: return "Amnesia"
        case .smallQuorum: return "Small quorum"
        }
    }
}
