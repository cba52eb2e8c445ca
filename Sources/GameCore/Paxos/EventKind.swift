/// Why a leader lost its crown.
public enum CrownLoss: Hashable, Sendable {
    /// It saw a higher ballot (p1a or p2a) and promised it.
    case higherBallot(Ballot)
    /// It timed out on its own ballot and started phase 1 again.
    case restarted
    /// It crashed.
    case crashed
    /// It learned a decision from another leader.
    case learnedDecision
}

/// Everything that can happen in a game, each step typed so the window, the log and the recording agree.
public enum EventKind: Hashable, Sendable {
    case roundStart(round: Int)
    case roundEnd(round: Int, value: Value?, decisionMs: Tick?, points: Int)
    case send(Message)
    case deliver(Message)
    case drop(Message)
    /// A node starts phase 1 with a new ballot.
    case prepare(node: NodeID, ballot: Ballot)
    case promise(node: NodeID, ballot: Ballot)
    case accept(node: NodeID, ballot: Ballot, value: Value)
    case reject(node: NodeID, message: Message, promised: Ballot)
    /// A proposer drops a reply for a ballot it no longer runs.
    case ignore(node: NodeID, message: Message, reason: StaleReply)
    case crownGained(node: NodeID, ballot: Ballot, value: Value)
    case crownLost(node: NodeID, ballot: Ballot, reason: CrownLoss, toppled: Bool)
    case timeout(node: NodeID)
    case decide(node: NodeID, ballot: Ballot, value: Value)
    case learn(node: NodeID, ballot: Ballot, value: Value)
    case kill(node: NodeID, endedHold: Bool)
    case recover(node: NodeID)
    case hold(node: NodeID)
    case release(node: NodeID)
    case refused(action: PlayerAction, reason: Refusal)
    /// A schedule step was taken (a delivery or a ballot start the checker chose).
    case scheduled(PlayerAction)
}
