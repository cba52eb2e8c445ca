import GameCore

/// What tells a message apart without its colour: its ballot owner's initial and an arrow to its target.
enum MessageCue {
    /// "R": the initial of the node whose ballot the message carries (its sender's before any ballot).
    static func owner(_ message: Message, rules: ProtocolRules) -> String {
        let id = message.ballot > 0 ? rules.owner(of: message.ballot) : message.from
        return String(NodeNames.title(id).prefix(1))
    }

    /// "R· p2a(2, green) → B".
    static func pillLabel(_ message: Message, rules: ProtocolRules) -> String {
        "\(owner(message, rules: rules))· \(message.label) → \(NodeNames.title(message.to).prefix(1))"
    }
}
