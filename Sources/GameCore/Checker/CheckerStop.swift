/// Why the checker stopped before exploring everything, when it was not a state limit or a violation.
public enum CheckerStop: Equatable, Sendable {
    /// The next step would need more memory than allowed (`memoryLimitBytes`).
    case outOfMemory(depth: Int, states: Int, limitBytes: Int)
    /// The state table cannot address more states.
    case tableFull(depth: Int, states: Int)

    /// One line for the user, with the way out.
    public var message: String {
        switch self {
        case let .outOfMemory(depth, states, limit):
            return "out of memory at depth \(depth) after \(Self.count(states)) states "
                + "(limit \(Self.size(limit)), see --max-memory); try a smaller --max-ballot"
        case let .tableFull(depth, states):
            return "the state table is full at depth \(depth) after \(Self.count(states)) states; try a smaller --max-ballot"
        }
    }

    static func count(_ n: Int) -> String {
        n >= 1_000_000 ? "\(Double(n / 100_000) / 10)M" : "\(n)"
    }

    static func size(_ bytes: Int) -> String {
        let gb = Double(bytes) / Double(1 << 30)
        return gb >= 1 ? "\((gb * 10).rounded() / 10) GB" : "\(bytes >> 20) MB"
    }
}
