/// Which Paxos the nodes run: the real one, or one with a single rule missing (a level the player can beat).
public enum Variant: String, CaseIterable, Sendable, Hashable {
    case paxos
    case amnesia
    case stubborn
    case promiseBreaker = "promise-breaker"
    case smallQuorum = "small-quorum"

    /// The rule this variant leaves out, in one line.
    public var missingRule: String {
        switch self {
        case .paxos: return "Nothing is missing: this is Paxos itself."
        case .amnesia: return "Acceptors forget their promise and accepted value when they crash (no stable storage)."
        case .stubborn: return "A new leader ignores the values reported in p1b and proposes its own colour."
        case .promiseBreaker: return "An acceptor accepts p2a even below the ballot it promised."
        case .smallQuorum: return "A quorum is less than a majority, so two quorums need not share a node."
        }
    }

    /// How real Paxos prevents the break this variant allows.
    public var howPaxosPreventsIt: String {
        switch self {
        case .paxos: return "Every rule is in place."
        case .amnesia: return "Real acceptors write promises and votes to disk before replying, so a recovered node still refuses old ballots."
        case .stubborn: return "A real leader must re-propose the value of the highest ballot reported in p1b, so a chosen value is carried forward."
        case .promiseBreaker: return "A real acceptor never accepts below its promise, so an old leader cannot slip a value past a newer ballot."
        case .smallQuorum: return "Real quorums are majorities: any two share a node, and that node carries the chosen value forward."
        }
    }

    /// The level's title in the game.
    public var title: String {
        switch self {
        case .paxos: return "Paxos"
        case .amnesia: return "Amnesia"
        case .stubborn: return "Stubborn leader"
        case .promiseBreaker: return "Promise breaker"
        case .smallQuorum: return "Small quorum"
        }
    }
}
