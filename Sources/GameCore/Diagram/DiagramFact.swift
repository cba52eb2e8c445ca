/// What the space-time diagram reads off one game event, whichever protocol played it.
public enum DiagramFact<Message: ConsensusMessage> {
    case send(Message)
    case deliver(Message)
    /// It reached a node that was down.
    case drop(Message)
    /// A checker's schedule sent it on its way now, after it waited in the network since it was sent.
    case dispatch(Message)
    /// A new round starts with an empty network.
    case roundStart
    case kill(NodeID, endedHold: Bool)
    case recover(NodeID)
    case hold(NodeID)
    case release(NodeID)
    /// A crown, a refusal, a decision or a learn, with its words.
    case mark(NodeID, DiagramMark.Kind, text: String)
}

/// A protocol's game event as the diagram sees it.
public protocol DiagramEventKind: HistoryEventKind where Message: ConsensusMessage {
    /// What the event puts on the diagram; nil for what it leaves out (timeouts, promises, votes granted...).
    var diagramFact: DiagramFact<Message>? { get }
    /// What the protocol numbers its leaders by: "ballot", "term".
    static var ballotWord: String { get }
}
