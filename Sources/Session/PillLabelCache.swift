import GameCore

/// Each message's pill labels, kept while it flies: a busy band asks for thirty messages' three labels on every
/// frame, and building them again each time (string interpolation) was an eighth of a frame's instructions.
final class PillLabelCache<P: Playable> {
    private var known: [P.Message: [String]] = [:]
    private var rules: P.Rules?
    /// Far more than a band ever shows; past it the cache starts again rather than keep every message of a game.
    private let limit = 512

    func labels(_ message: P.Message, rules: P.Rules) -> [String] {
        if self.rules != rules {
            known.removeAll()
            self.rules = rules
        }
        if let labels = known[message] { return labels }
        if known.count >= limit { known.removeAll(keepingCapacity: true) }
        let labels = P.pillLabels(message, rules: rules)
        known[message] = labels
        return labels
    }
}
