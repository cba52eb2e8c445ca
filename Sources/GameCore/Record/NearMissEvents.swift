/// Event kinds a replay ignores but that look like a misspelt player action ("kil", "Kill"): worth a warning,
/// since the action they were meant to be will silently not happen.
enum NearMissEvents {
    static let actions = ["kill", "recover", "hold", "release", "schedule"]
    /// The other kinds a recording holds: known, so never a near miss (and most lines skip the comparison).
    static let otherKinds: Set<String> = [
        "game", "round_start", "round_end", "send", "deliver", "drop", "prepare", "promise", "accept", "reject",
        "ignore", "crown_gained", "crown_lost", "timeout", "decide", "learn", "refused",
    ]

    /// The action `kind` probably meant, if it is one letter or a letter case away from one.
    static func intended(_ kind: String) -> String? {
        guard !otherKinds.contains(kind), !actions.contains(kind), kind.utf8.count <= 10 else { return nil }
        let lower = kind.lowercased()
        return actions.first { $0 == lower || editDistance(Array($0), Array(lower)) == 1 }
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
