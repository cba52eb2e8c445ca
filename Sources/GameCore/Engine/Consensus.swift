/// What the timed game needs from a consensus protocol, so one engine (clock, flights, timers, players, rounds,
/// score) plays Paxos and Raft alike.
///
/// A conforming type is a namespace that names the protocol's types and forwards to its pure handlers. The game
/// is generic over it (`TimedGame<Paxos>`, `TimedGame<Raft>`) and specialised at compile time, so the handlers
/// are called directly, as if the game had been written for that protocol alone.
public protocol Consensus: Sendable {
    associatedtype Rules: ConsensusRules
    associatedtype NodeState: ConsensusNodeState
    associatedtype Message: ConsensusMessage
    /// What one handler call returns.
    associatedtype Step: ConsensusStep where Step.State == NodeState, Step.Message == Message
    /// Everything that can happen in a game of this protocol: the engine's own happenings and the nodes' events.
    associatedtype Event: HistoryEventKind, RecordedEventKind, DiagramEventKind where Event.Message == Message
    /// The history the invariants are judged on.
    associatedtype Ledger: ConsensusLedger where Ledger.Rules == Rules
    associatedtype Invariant: ConsensusInvariant where Invariant.Ledger == Ledger
    /// One invariant's verdict with its evidence, as the pane shows it.
    associatedtype InvariantReport: Hashable, Sendable

    /// The name on the command line and in recordings: "paxos", "raft".
    static var name: String { get }
    /// Whether a node that knows the decided value still times out and stands for election. A Paxos acceptor
    /// answers any later proposer with the value it accepted, so a node that knows the decision can rest. Raft
    /// tells a follower of a commit only through its leader, so a node that missed the commit (it was down)
    /// needs the others to keep electing leaders until one reaches it.
    static var knowersKeepTimeouts: Bool { get }
    /// The real protocol, with no rule left out.
    static var standardVariant: Rules.Variant { get }

    /// The node's election timer fires (or it opens the round): it starts its next ballot or term.
    static func startElection(_ state: NodeState, rules: Rules) -> Step
    /// The node processes one message that reached it.
    static func receive(_ message: Message, state: NodeState, rules: Rules) -> Step
    /// The node crashes: what stable storage keeps stays, the rest is lost.
    static func crash(_ state: NodeState, rules: Rules) -> Step

    /// The message a checker's schedule step delivers, in this protocol; nil when the step names another
    /// protocol's message (each checker writes its own protocol's deliveries).
    static func scheduled(_ action: PlayerAction) -> Message?

    /// The opening line of a recording of a game of this protocol.
    static func recordingHeader(_ setup: GameSetup<Self>) -> String

    /// A node's event as a game event.
    static func gameEvent(_ event: Step.Event) -> Event
    /// Takes note of a game event in the ledger.
    static func record(_ event: Event, in ledger: inout Ledger)
    /// Every invariant's report on the ledger, in the pane's order.
    static func reports(on ledger: Ledger) -> [InvariantReport]
}

/// The fixed parameters of a run: node count, the variant's rules, and the quorums that follow.
public protocol ConsensusRules: Hashable, Sendable {
    associatedtype Variant: RawRepresentable, CaseIterable, Hashable, Sendable where Variant.RawValue == String
    var nodeCount: Int { get }
    var variant: Variant { get }
    /// A true majority, whatever the variant: what any progress needs.
    var majority: Int { get }
    /// How many nodes may be down at once.
    var maxDown: Int { get }
    init(nodeCount: Int, variant: Variant)
}

/// What the game reads of one node's protocol state.
public protocol ConsensusNodeState: Hashable, Sendable {
    init(id: NodeID)
    var id: NodeID { get }
    /// The decided value this node knows, if any: a node that knows it waits for nothing more.
    var learned: Value? { get }
    /// Whether it leads (a Paxos leader in phase 2, a Raft leader).
    var wearsCrown: Bool { get }
    /// The ballot (Paxos) or term (Raft) it runs or last ran: what tells two crowns apart.
    var standingBallot: Ballot { get }
    /// A leader that has just taken the crown: only its own accept or ack counted, nothing decided.
    var isNewLeader: Bool { get }
    /// It asked for promises or votes and waits for a quorum of them.
    var isSeekingQuorum: Bool { get }
}

/// A message as the engine carries it: from one node to another, with a label and the ballot or term that
/// colours it.
public protocol ConsensusMessage: Hashable, Sendable {
    var from: NodeID { get }
    var to: NodeID { get }
    /// "p1a(2)", "rv(4)".
    var label: String { get }
    /// The message's type alone: "p1a", "rv".
    var typeName: String { get }
    /// The ballot or term whose owner's colour the message wears.
    var colourBallot: Ballot { get }
}

/// The result of one pure handler call, in the order it takes effect: new state, events, messages.
public protocol ConsensusStep: Sendable {
    associatedtype State
    associatedtype Message
    associatedtype Event
    var state: State { get }
    var outgoing: [Message] { get }
    var events: [Event] { get }
    /// Whether the node heard from a live ballot or term, which resets its election timer.
    var heardProgress: Bool { get }
}

/// The history of one round, judged by the invariants.
public protocol ConsensusLedger: Hashable, Sendable {
    associatedtype Rules
    init(rules: Rules)
    /// Bumped on every change, so the game re-checks the invariants only when something changed.
    var version: Int { get }
    /// Every decide or learn.
    var decisions: [Decision] { get }
    /// The distinct decided values: two or more break Agreement.
    var decidedValues: [Value] { get }
}

/// One named safety property.
public protocol ConsensusInvariant: CaseIterable, Hashable, Sendable {
    associatedtype Ledger
    var title: String { get }
    func holds(on ledger: Ledger) -> Bool
}
