/// A level as the scores file names it, of either protocol: on the real protocol the score is the most crowns
/// toppled in a round, on a broken level the fewest seconds to break it.
public protocol ScoredLevel: Sendable {
    /// The level's name in the scores file: Paxos's levels by their own names ("paxos", "amnesia"), Raft's
    /// prefixed ("raft", "raft-amnesia"), since both protocols have an amnesia and a small-quorum level.
    var scoreKey: String { get }
    /// Whether the score counts crowns toppled (the real protocol) rather than seconds to a break.
    var countsCrowns: Bool { get }
}

extension Variant: ScoredLevel {
    public var scoreKey: String { rawValue }
    public var countsCrowns: Bool { self == .paxos }
}

extension RaftVariant: ScoredLevel {
    public var scoreKey: String { self == .raft ? rawValue : "raft-" + rawValue }
    public var countsCrowns: Bool { self == .raft }
}

public enum ScoredLevels {
    /// Every level this version scores, by its name in the scores file.
    public static let byKey: [String: any ScoredLevel] = {
        var levels: [String: any ScoredLevel] = [:]
        for variant in Variant.allCases { levels[variant.scoreKey] = variant }
        for variant in RaftVariant.allCases { levels[variant.scoreKey] = variant }
        return levels
    }()
}
