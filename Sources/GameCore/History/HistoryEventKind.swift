/// What time travel, the timeline bar and the window read off a protocol's game events, so one history and one
/// window serve Paxos and Raft alike.
public protocol HistoryEventKind: GameEventKind {
    /// Whether stepping event by event stops here: every protocol step and every player action does; a refused
    /// action changes nothing, so it does not.
    var isStepStop: Bool { get }
    /// How the step lines of time travel tell it: "Red receives p1a(2) from Green".
    var stepPhrase: String { get }
    /// How much a step line should lead with this event (0 first): what changes the round before routine traffic.
    var stepWeight: Int { get }
    /// A sentence for the event log.
    var sentence: String { get }
    /// The node the event is about, for the log's colour; nil for round events.
    var node: NodeID? { get }
    /// A send or a delivery: the window shows it as a message, not as a line of the log.
    var isTraffic: Bool { get }
    /// The round this event starts, if it starts one.
    var startedRound: Int? { get }
    /// The round this event ends, with what it decided and when, and the points it earned.
    var endedRound: (round: Int, value: Value?, decisionMs: Tick?, points: Int)? { get }
    /// A node came to know a value, by deciding (committing) or learning it.
    var isDecision: Bool { get }
    /// The message a down node never received, for an event that is such a loss.
    var droppedMessage: Message? { get }
    /// Why the game refused the player's action, for an event that is such a refusal.
    var refusal: Refusal? { get }
    /// The schedule step this event took, for a schedule's event.
    var scheduledAction: PlayerAction? { get }
    /// The mark this event makes on the timeline bar, if it makes one.
    var timelineMark: TimelineMark.Kind? { get }
}
