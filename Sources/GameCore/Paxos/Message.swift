/// The five Paxos messages, named as in the paper's phases.
public enum MessageKind: String, Sendable, Hashable, CaseIterable {
    case p1a, p1b, p2a, p2b, p3
}

/// One protocol message. Fields that a kind does not use stay 0 or nil.
public struct Message: Hashable, Sendable {
    public var kind: MessageKind
    public var from: NodeID
    public var to: NodeID
    /// The ballot the message belongs to; for p3, the ballot that decided.
    public var ballot: Ballot
    /// The proposed value (p2a) or the decision (p3).
    public var value: Value?
    /// In p1b: the acceptor's highest accepted ballot (0 for none) and its value.
    public var acceptedBallot: Ballot
    public var acceptedValue: Value?

    public init(kind: MessageKind, from: NodeID, to: NodeID, ballot: Ballot,
                value: Value? = nil, acceptedBallot: Ballot = 0, acceptedValue: Value? = nil) {
        self.kind = kind
        self.from = from
        self.to = to
        self.ballot = ballot
        self.value = value
        self.acceptedBallot = acceptedBallot
        self.acceptedValue = acceptedValue
    }

    /// A short label such as "p1a(4)", "p1b(4, red@1)", "p2a(4, green)" or "p3(green)".
    public var label: String {
        switch kind {
        case .p1a, .p2b:
            return "\(kind.rawValue)(\(ballot))"
        case .p1b:
            let report = acceptedValue.map { "\(NodeNames.name($0))@\(acceptedBallot)" } ?? "none"
            return "p1b(\(ballot), \(report))"
        case .p2a:
            return "p2a(\(ballot), \(NodeNames.name(value ?? 0)))"
        case .p3:
            return "p3(\(NodeNames.name(value ?? 0)))"
        }
    }
}
