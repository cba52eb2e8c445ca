/// What tells a message apart without its colour: its ballot owner's initial and an arrow to its target.
public enum MessageCue {
    /// "R": the initial of the node whose ballot the message carries (its sender's before any ballot).
    public static func owner(_ message: Message, rules: ProtocolRules) -> String {
        let id = message.ballot > 0 ? rules.owner(of: message.ballot) : message.from
        return String(NodeNames.title(id).prefix(1))
    }

    /// "R· p2a(2, green) → B".
    public static func pillLabel(_ message: Message, rules: ProtocolRules) -> String {
        "\(owner(message, rules: rules))· \(message.label) → \(target(message))"
    }

    /// A pill's labels from the most to the least detailed, for a crowded band:
    /// "R· p2a(2, green) → B", then "R· p2a(2) → B" (no value), then "R·p2a→B" (kind and path only).
    public static func pillLabels(_ message: Message, rules: ProtocolRules) -> [String] {
        let owner = owner(message, rules: rules), kind = message.kind.rawValue, to = target(message)
        let short = message.kind == .p3 ? "\(owner)· p3 → \(to)" : "\(owner)· \(kind)(\(message.ballot)) → \(to)"
        return [pillLabel(message, rules: rules), short, "\(owner)·\(kind)→\(to)"]
    }

    private static func target(_ message: Message) -> String {
        String(NodeNames.title(message.to).prefix(1))
    }
}
