extension EventKind: GameEventKind {
    public var tally: EventTally {
        switch self {
        case .send: return .sent
        case .prepare: return .ballotStarted
        case .crownGained(_, _, let value): return .crownGained(value: value)
        case .crownLost(_, _, _, let toppled): return .crownLost(toppled: toppled)
        case .decide(_, _, let value): return .decided(value: value)
        case .roundEnd: return .roundEnded
        default: return .none
        }
    }
}
