import Foundation

/// The best score of each level, as the scores file holds it: on Paxos the most crowns toppled in a round,
/// on a broken level the fewest seconds to break it.
///
/// Decoding accepts only what a score can be (a number in range for its level), so whatever a damaged
/// or hand-edited file says, every value the game later draws converts safely.
public struct ScoreBook: Equatable, Sendable {
    /// Far more crowns than one round can topple, and far below anything that overflows when drawn.
    public static let maxCrowns = 1_000_000.0
    /// About 115 days of game time: any real break, and still safe to turn into milliseconds.
    public static let maxSeconds = 10_000_000.0
    /// A scores file is a few hundred bytes; anything far larger is not one.
    public static let maxFileBytes = 1 << 20

    /// Level name to best; names this version does not know are kept as they were found, so a newer
    /// game's levels survive an older game's save.
    public private(set) var best: [String: Double] = [:]

    public init() {}

    public func best(for level: some ScoredLevel) -> Double? { best[level.scoreKey] }

    /// Whether a value is something a score on this level can be.
    public static func isValid(_ value: Double, for level: String) -> Bool {
        guard value.isFinite, value >= 0 else { return false }
        return value <= (ScoredLevels.byKey[level]?.countsCrowns == true ? maxCrowns : maxSeconds)
    }

    /// Records a result; returns whether it is a new best. An out-of-range value is never recorded.
    @discardableResult
    public mutating func record(_ value: Double, for level: some ScoredLevel) -> Bool {
        guard Self.isValid(value, for: level.scoreKey),
              LevelBest(level, value).beats(best[level.scoreKey].map { LevelBest(level, $0) }) else { return false }
        best[level.scoreKey] = value
        return true
    }

    /// The better of the two books on every level (for levels this version does not know, `self`'s value).
    public func merged(with other: ScoreBook) -> ScoreBook {
        var result = self
        for (key, value) in other.best {
            if let level = ScoredLevels.byKey[key] {
                result.record(value, for: level)
            } else if result.best[key] == nil {
                result.best[key] = value
            }
        }
        return result
    }

    /// Reads a scores file's bytes; any damage (not JSON, wrong types, values out of range) is an error.
    public static func decode(_ data: Data) throws -> ScoreBook {
        guard data.count <= maxFileBytes else { throw ScoreFileDamage("it is larger than a scores file can be") }
        guard let parsed = try? JSONSerialization.jsonObject(with: data),
              let object = parsed as? [String: Any] else { throw ScoreFileDamage("it is not a JSON object") }
        guard let levels = object["best"] as? [String: Any] else { throw ScoreFileDamage("it has no \"best\" scores") }
        var book = ScoreBook()
        for (level, raw) in levels {
            guard let value = JSONValue.number(raw), isValid(value, for: level) else {
                throw ScoreFileDamage("the score of \(level) is not one a game can reach")
            }
            book.best[level] = value
        }
        return book
    }

    /// The file's bytes: sorted keys, so two saves of one book are identical.
    public func encoded() -> Data {
        let object: [String: Any] = ["version": 1, "best": best]
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])) ?? Data()
    }
}

/// Why a scores file cannot be read as one.
public struct ScoreFileDamage: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
