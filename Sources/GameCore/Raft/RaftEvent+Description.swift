extension RaftEvent {
    /// The node the event is about.
    public var node: NodeID? {
        switch self {
        case .common(let kind):
            switch kind {
            case .crownGained(let n, _, _), .crownLost(let n, _, _, _), .decide(let n, _, _), .learn(let n, _, _):
                return n
            default: return nil
            }
        case .electionStarted(let n, _, _), .termAdopted(let n, _, _), .voteGranted(let n, _, _),
             .voteRefused(let n, _, _, _), .appended(let n, _, _), .appendRefused(let n, _, _, _),
             .ignored(let n, _, _):
            return n
        }
    }

    /// A sentence for the event log, such as "Blue refuses its vote to Red in term 4: its log (term 1) is behind".
    public var sentence: String {
        let title = NodeNames.title
        let name = NodeNames.name
        switch self {
        case .common(let kind): return Self.commonSentence(kind)
        case .electionStarted(let node, let term, let last):
            let log = last == 0 ? "empty log" : "log at term \(last)"
            return "\(title(node)) stands for term \(term) (\(log))"
        case .termAdopted(let node, let term, let previous):
            return "\(title(node)) moves from term \(previous) to \(term)"
        case .voteGranted(let node, let term, let candidate):
            return node == candidate
                ? "\(title(node)) votes for itself in term \(term)"
                : "\(title(node)) votes for \(title(candidate)) in term \(term)"
        case .voteRefused(let node, let term, let candidate, let reason):
            return "\(title(node)) refuses its vote to \(title(candidate)) in term \(term): \(reason.text)"
        case .appended(let node, let term, let value):
            return "\(title(node)) stores \(name(value))@\(term)"
        case .appendRefused(let node, let term, let leader, let reason):
            return "\(title(node)) refuses ae(\(term)) from \(title(leader)): \(reason.text)"
        case .ignored(let node, let message, let reason):
            return "\(title(node)) ignores \(message.label) from \(title(message.from)): \(reason.text)"
        }
    }

    /// The shared events in Raft's words (the term where Paxos says ballot).
    private static func commonSentence(_ kind: EventKind) -> String {
        let title = NodeNames.title
        let name = NodeNames.name
        switch kind {
        case .crownGained(let node, let term, let value):
            // A value other than the leader's own colour came from its log: the election restriction made sure
            // a winner's log holds every committed entry.
            let carried = value == node ? "" : ", kept from its log"
            return "\(title(node)) leads term \(term) with \(name(value))\(carried)"
        case .crownLost(let node, let term, let reason, let toppled):
            let mark = toppled ? " (toppled!)" : ""
            return "\(title(node)) loses the crown of term \(term): \(reason.raftText)\(mark)"
        case .decide(let node, let term, let value):
            return "\(title(node)) commits \(name(value)) in term \(term)"
        case .learn(let node, _, let value):
            return "\(title(node)) learns \(name(value))"
        default:
            return kind.sentence
        }
    }
}

extension VoteRefusal {
    public var text: String {
        switch self {
        case .staleTerm(let current): return "it is at term \(current)"
        case .votedForAnother(let other): return "it voted for \(NodeNames.title(other))"
        case .logBehind(let candidate, let own):
            let theirs = candidate == 0 ? "empty" : "at term \(candidate)"
            return "the candidate's log (\(theirs)) is behind its own (term \(own))"
        }
    }
}

extension AppendRefusal {
    public var text: String {
        switch self {
        case .staleTerm(let current): return "it is at term \(current)"
        case .leadsThisTerm: return "it leads this term itself"
        }
    }
}

extension RaftIgnoreReason {
    public var text: String {
        switch self {
        case .notCandidate: return "not a candidate"
        case .notLeader: return "not leading"
        case .otherTerm(let current): return "now at term \(current)"
        case .refused: return "a refusal"
        case .alreadyCounted: return "already counted"
        case .alreadyLeading: return "already leading"
        case .alreadyCommitted: return "already committed"
        case .alreadyLearned: return "already known"
        }
    }
}
