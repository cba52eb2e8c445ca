import GameCore

/// One invariant's line in the pane: its name, whether it holds, and its evidence.
public struct InvariantLine: Hashable, Sendable {
    public let title: String
    public let holds: Bool
    public let evidence: String
}

/// What the window shows of a protocol beyond what the engine plays: its name, the words in a node's box and on
/// a message's pill, the pane's brief and invariants. Paxos and Raft each give theirs, so one session and one
/// drawing code serve both.
public protocol Playable: Consensus where Rules.Variant: ScoredLevel {
    /// "Paxos", "Raft": the header and the cards say which protocol runs.
    static var title: String { get }
    static func levelTitle(_ variant: Rules.Variant) -> String
    static func missingRule(_ variant: Rules.Variant) -> String
    /// How the real protocol prevents the break a level allows, for its "you broke it" card.
    static func howPrevented(_ variant: Rules.Variant) -> String
    /// What a node does with the value it agrees on: "decide", "commit".
    static var decideWord: String { get }
    /// The same in the past tense: "decided", "committed".
    static var decidedWord: String { get }
    /// The node that owns a ballot or term: its colour is the message's.
    static func owner(of ballot: Ballot, rules: Rules) -> NodeID

    /// The label beside a leader's crown, fullest first: "b2"; "term 4", "t4".
    static func crownLabels(_ state: NodeState) -> [String]
    /// The big number in a leader's box (its ballot or term), nil when it does not lead.
    static func leaderNumber(_ state: NodeState) -> Int?
    /// The state line from the fullest wording to the shortest, for a box with little room.
    static func stateForms(_ node: TimedNode<Self>) -> [String]
    /// The smaller lines under it, as parts that wrap whole ("term 4", "voted Red", "log green@4", "inbox 2").
    static func detail(_ node: TimedNode<Self>) -> [String]
    /// One detail part from its full wording to its fewest letters.
    static func detailForms(_ part: String) -> [String]

    /// A message's pill labels from the most to the least detailed: "G· ae(4, green) → B", "G· ae(4) → B", "G·ae→B".
    static func pillLabels(_ message: Message, rules: Rules) -> [String]

    /// The messages in brief, one line each, for the pane.
    static var protocolLines: [String] { get }
    /// What the player is asked to do on this level.
    static func mission(_ rules: Rules) -> String
    /// The invariants' lines for the pane, in its order.
    static func invariantLines(_ reports: [InvariantReport]) -> [InvariantLine]
    /// What an invariant says, in one line (the card when one breaks).
    static func explanation(of invariant: Invariant) -> String
    /// What has been chosen (committed) so far, and at which ballot or term.
    static func chosenLine(_ ledger: Ledger) -> String

    /// The checker's shortest break of a broken level (three nodes), for "Show me"; nil for the real protocol
    /// or when the checker finds none within its bounds. Slow: seconds of search, for a background thread.
    static func shortestBreak(of variant: Rules.Variant) -> LevelBreak<Self>?
    /// The bounds (highest ballot or term) of the pane's verdict on the real protocol, smallest first: each
    /// finishes within a minute on one core, so the verdict grows stronger while the class plays.
    static func verdictStages(nodeCount: Int) -> [Int]
    /// The checker's verdict on the real protocol at one bound, on one core (the game draws on the other);
    /// `progress` hears the states seen so far.
    static func verdict(nodeCount: Int, bound: Int, progress: @escaping (Int) -> Void) -> ProofVerdict
}

extension Playable {
    /// What a message's colour stands for: "ballot", "term" (the diagram's word too).
    public static var ballotWord: String { Event.ballotWord }

    /// "R": the initial of the node whose ballot or term the message carries (its sender's before any).
    public static func ownerInitial(_ message: Message, rules: Rules) -> String {
        String(NodeNames.title(colourOwner(message, rules: rules)).prefix(1))
    }

    /// The node whose colour a message wears: its ballot's or term's owner, not its sender.
    public static func colourOwner(_ message: Message, rules: Rules) -> NodeID {
        message.colourBallot > 0 ? owner(of: message.colourBallot, rules: rules) : message.from
    }

    /// A message's fullest pill label.
    public static func pillLabel(_ message: Message, rules: Rules) -> String {
        pillLabels(message, rules: rules)[0]
    }

    /// A lane's line for a sent message: "R· p2a(2, green) -> Blue".
    public static func laneText(_ record: SentMessage<Message>, rules: Rules) -> String {
        "\(ownerInitial(record.message, rules: rules))· \(record.text)"
    }
}
