/// Single-decree Raft as the timed game plays it: the names of its types and its pure handlers in `RaftNode`.
public enum Raft: Consensus {
    public typealias Rules = RaftRules
    public typealias NodeState = RaftNodeState
    public typealias Message = RaftMessage
    public typealias Step = RaftStep
    public typealias Event = RaftEventKind
    public typealias Ledger = RaftLedger
    public typealias Invariant = RaftInvariant
    public typealias InvariantReport = RaftInvariantReport

    public static let name = "raft"
    public static let knowersKeepTimeouts = true
    public static let standardVariant = RaftVariant.raft

    @inline(__always)
    public static func startElection(_ state: RaftNodeState, rules: RaftRules) -> RaftStep {
        RaftNode.startElection(state, rules: rules)
    }

    @inline(__always)
    public static func receive(_ message: RaftMessage, state: RaftNodeState, rules: RaftRules) -> RaftStep {
        RaftNode.receive(message, state: state, rules: rules)
    }

    @inline(__always)
    public static func crash(_ state: RaftNodeState, rules: RaftRules) -> RaftStep {
        RaftNode.crash(state, rules: rules)
    }

    /// The Raft explorer's schedules deliver Raft messages; a Paxos delivery names nothing a Raft node sent.
    public static func scheduled(_ action: PlayerAction) -> RaftMessage? {
        if case .deliverRaft(let message) = action { return message }
        return nil
    }

    public static func recordingHeader(_ setup: GameSetup<Raft>) -> String { RaftRecordingFormat.header(setup) }

    @inline(__always)
    public static func gameEvent(_ event: RaftEvent) -> RaftEventKind { .node(event) }

    @inline(__always)
    public static func record(_ event: RaftEventKind, in ledger: inout RaftLedger) {
        if case .node(let event) = event { ledger.record(event) }
    }

    public static func reports(on ledger: RaftLedger) -> [RaftInvariantReport] { RaftInvariantReport.all(on: ledger) }
}

extension RaftRules: ConsensusRules {}
extension RaftLedger: ConsensusLedger {}
extension RaftInvariant: ConsensusInvariant {}
extension RaftStep: ConsensusStep {}

extension RaftMessage: ConsensusMessage {
    public var colourBallot: Ballot { term }
    public var typeName: String { kind.rawValue }
}

extension RaftNodeState: ConsensusNodeState {
    public var standingBallot: Ballot { currentTerm }
    public var isNewLeader: Bool { role == .leader && !committed && acks.count == 1 }
    public var isSeekingQuorum: Bool { role == .candidate }
}

/// The timed game playing single-decree Raft.
public typealias RaftGame = TimedGame<Raft>
