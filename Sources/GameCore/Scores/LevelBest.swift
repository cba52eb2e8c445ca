/// A result on a level, with the one rule for whether it beats the stored best: on the real protocol more crowns
/// toppled in one round is better, on a broken level fewer seconds to break it.
public struct LevelBest: Hashable, Sendable {
    /// Whether the value counts crowns toppled (the real protocol) rather than seconds to a break.
    public let countsCrowns: Bool
    /// Crowns toppled on the real protocol; seconds to the break on a broken level.
    public let value: Double

    public init(_ level: some ScoredLevel, _ value: Double) {
        countsCrowns = level.countsCrowns
        self.value = value
    }

    /// Whether this result is a new best over `old` (anything beats no result).
    public func beats(_ old: LevelBest?) -> Bool {
        guard let old else { return true }
        return countsCrowns ? value > old.value : value < old.value
    }

    /// How the header shows it: a crown count on Paxos, seconds with "s" on a broken level.
    public var text: String {
        countsCrowns ? "\(Int(value))" : Seconds.text(Int(value * 1000)) + " s"
    }
}
