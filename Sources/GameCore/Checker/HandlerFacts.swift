/// Facts about the protocol handlers that the checker's reductions rest on, one bit each.
///
/// Which facts a run may rely on follows from the level's rules (`claimed(by:)`), never from its name; the checker
/// then tests every claimed fact on every transition it takes (`broken(from:to:crash:)`), so a handler that stops
/// keeping one cannot make the reduced search skip states in silence.
struct HandlerFacts: OptionSet, Hashable {
    let rawValue: UInt8

    /// An acceptor's promise never goes down.
    static let promisesNeverDrop = HandlerFacts(rawValue: 1 << 0)
    /// An acceptor's vote never goes back to a lower ballot, nor changes value at its ballot.
    static let votesNeverDrop = HandlerFacts(rawValue: 1 << 1)
    /// A new vote is at or above the promise the acceptor held before it.
    static let votesKeepPromises = HandlerFacts(rawValue: 1 << 2)
    /// A node's highest-seen ballot is at least its promise and its vote, even right after a crash.
    static let seenCoversAcceptor = HandlerFacts(rawValue: 1 << 3)
    /// A proposer's ballot is one it promised itself, and a new one is above every promise it held: it never
    /// returns to a ballot it left.
    static let ballotsMoveUp = HandlerFacts(rawValue: 1 << 4)
    /// A node's learned value, once set, never changes.
    static let learnedIsFinal = HandlerFacts(rawValue: 1 << 5)
    /// A crash keeps the acceptor's promise and vote and the learned value.
    static let crashKeepsAcceptor = HandlerFacts(rawValue: 1 << 6)

    static let all: [(fact: HandlerFacts, name: String)] = [
        (.promisesNeverDrop, "a promise never goes down"),
        (.votesNeverDrop, "a vote never goes back"),
        (.votesKeepPromises, "no vote below a promise"),
        (.seenCoversAcceptor, "the highest-seen ballot covers the promise and the vote"),
        (.ballotsMoveUp, "a proposer never returns to a ballot it left"),
        (.learnedIsFinal, "a learned value never changes"),
        (.crashKeepsAcceptor, "a crash keeps the promise, the vote and the learned value"),
    ]

    /// The facts the level's rules promise.
    static func claimed(by rules: ProtocolRules) -> HandlerFacts {
        var facts: HandlerFacts = [.seenCoversAcceptor, .learnedIsFinal]
        if rules.acceptorsKeepStateOnCrash { facts.formUnion([.promisesNeverDrop, .ballotsMoveUp, .crashKeepsAcceptor]) }
        if !rules.acceptsBelowPromise { facts.insert(.votesKeepPromises) }
        // Accepting below a promise can move a vote back; forgetting on a crash can too.
        if rules.acceptorsKeepStateOnCrash && !rules.acceptsBelowPromise { facts.insert(.votesNeverDrop) }
        return facts
    }

    /// Which of these facts one node's move from `old` to `new` breaks (empty almost always).
    func broken(from old: NodeState, to new: NodeState, crash: Bool) -> HandlerFacts {
        var broken: HandlerFacts = []
        if contains(.promisesNeverDrop), new.promised < old.promised { broken.insert(.promisesNeverDrop) }
        if contains(.votesNeverDrop), new.acceptedBallot < old.acceptedBallot
            || (new.acceptedBallot == old.acceptedBallot && new.acceptedValue != old.acceptedValue) {
            broken.insert(.votesNeverDrop)
        }
        if contains(.votesKeepPromises), new.acceptedBallot != old.acceptedBallot,
           new.acceptedBallot < old.promised, !crash {
            broken.insert(.votesKeepPromises)
        }
        if contains(.seenCoversAcceptor), new.highestSeen < max(new.promised, new.acceptedBallot) {
            broken.insert(.seenCoversAcceptor)
        }
        if contains(.ballotsMoveUp), new.ballot > new.promised
            || (new.ballot != old.ballot && new.ballot != 0 && new.ballot <= old.promised) {
            broken.insert(.ballotsMoveUp)
        }
        if contains(.learnedIsFinal), old.learned != nil, new.learned != old.learned { broken.insert(.learnedIsFinal) }
        if contains(.crashKeepsAcceptor), crash, new.promised != old.promised || new.acceptedBallot != old.acceptedBallot
            || new.acceptedValue != old.acceptedValue || new.learned != old.learned {
            broken.insert(.crashKeepsAcceptor)
        }
        return broken
    }

    /// The facts' names, for a message.
    var names: [String] { Self.all.filter { contains($0.fact) }.map(\.name) }
}
