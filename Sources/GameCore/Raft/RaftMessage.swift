/// The five messages of single-decree Raft: RequestVote and its reply, AppendEntries and its reply, and commit.
public enum RaftMessageKind: String, Sendable, Hashable, CaseIterable {
    /// RequestVote: a candidate asks for a vote, stating its last log term.
    case rv
    /// Vote reply: granted or not.
    case vr
    /// AppendEntries carrying the single entry.
    case ae
    /// Append reply: stored or not.
    case ar
    /// The leader tells everyone the entry is committed.
    case commit
}

/// One Raft message. Fields that a kind does not use stay 0, false or nil.
public struct RaftMessage: Hashable, Sendable {
    public var kind: RaftMessageKind
    public var from: NodeID
    public var to: NodeID
    /// The sender's current term (for a refusal, the higher term that made it refuse).
    public var term: Term
    /// In rv: the term of the candidate's log entry, 0 if its log is empty.
    public var lastLogTerm: Term
    /// In vr: whether the vote was granted; in ar: whether the entry was stored.
    public var granted: Bool
    /// In ae and commit: the entry's value.
    public var value: Value?

    public init(kind: RaftMessageKind, from: NodeID, to: NodeID, term: Term,
                lastLogTerm: Term = 0, granted: Bool = false, value: Value? = nil) {
        self.kind = kind
        self.from = from
        self.to = to
        self.term = term
        self.lastLogTerm = lastLogTerm
        self.granted = granted
        self.value = value
    }

    /// In ar: whether the entry was stored (the same field as a vote's grant).
    public var success: Bool { granted }

    /// A short label such as "rv(4)", "vr(4, yes)", "ae(4, green)", "ar(4, no)" or "commit(4, green)".
    public var label: String {
        let answer = granted ? "yes" : "no"
        let valueName = NodeNames.name(value ?? 0)
        switch kind {
        case .rv: return "rv(\(term))"
        case .vr: return "vr(\(term), \(answer))"
        case .ae: return "ae(\(term), \(valueName))"
        case .ar: return "ar(\(term), \(answer))"
        case .commit: return "commit(\(term), \(valueName))"
        }
    }
}
