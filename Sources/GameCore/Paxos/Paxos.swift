/// Single-decree Paxos as the timed game plays it: the names of its types and its pure handlers in `PaxosNode`.
public enum Paxos: Consensus {
    public typealias Rules = ProtocolRules
    public typealias NodeState = GameCore.NodeState
    public typealias Message = GameCore.Message
    public typealias Step = NodeStep
    public typealias Event = EventKind
    public typealias Ledger = SafetyLedger
    public typealias Invariant = GameCore.Invariant
    public typealias InvariantReport = GameCore.InvariantReport

    public static let name = "paxos"
    public static let knowersKeepTimeouts = false
    public static let standardVariant = Variant.paxos

    @inline(__always)
    public static func startElection(_ state: NodeState, rules: Rules) -> Step {
        PaxosNode.startBallot(state, rules: rules)
    }

    @inline(__always)
    public static func receive(_ message: Message, state: NodeState, rules: Rules) -> Step {
        PaxosNode.receive(message, state: state, rules: rules)
    }

    @inline(__always)
    public static func crash(_ state: NodeState, rules: Rules) -> Step {
        PaxosNode.crash(state, rules: rules)
    }

    @inline(__always)
    public static func scheduled(_ action: PlayerAction) -> Message? {
        if case .deliver(let message) = action { return message }
        return nil
    }

    public static func recordingHeader(_ setup: GameSetup<Paxos>) -> String { RecordingFormat.header(setup) }

    /// A Paxos node's events are game events already.
    @inline(__always)
    public static func gameEvent(_ event: EventKind) -> EventKind { event }

    @inline(__always)
    public static func record(_ event: EventKind, in ledger: inout SafetyLedger) { ledger.record(event) }

    public static func reports(on ledger: SafetyLedger) -> [InvariantReport] { InvariantReport.all(on: ledger) }
}

extension ProtocolRules: ConsensusRules {}
extension SafetyLedger: ConsensusLedger {}
extension Invariant: ConsensusInvariant {}
extension NodeStep: ConsensusStep {}

extension Message: ConsensusMessage {
    public var colourBallot: Ballot { ballot }
    public var typeName: String { kind.rawValue }
}

extension NodeState: ConsensusNodeState {
    public var standingBallot: Ballot { ballot }
    public var isNewLeader: Bool { role == .leading && !decided && accepters.count == 1 }
    public var isSeekingQuorum: Bool { role == .preparing }
}

/// The timed game playing Paxos.
public typealias PaxosGame = TimedGame<Paxos>
