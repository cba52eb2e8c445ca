/// What a person can do to a node, by the name recordings and the log use for it: the one place these are spelled.
public enum PlayerVerb: String, CaseIterable, Sendable {
    case kill
    case recover
    case hold
    case release

    /// This verb done to `node`.
    public func action(on node: NodeID) -> PlayerAction {
        switch self {
        case .kill: return .kill(node)
        case .recover: return .recover(node)
        case .hold: return .hold(node)
        case .release: return .release(node)
        }
    }
}
