/// The protocols the game plays, by the names the command line and recordings use.
public enum ProtocolKind: String, CaseIterable, Sendable, Hashable {
    case paxos
    case raft
}
