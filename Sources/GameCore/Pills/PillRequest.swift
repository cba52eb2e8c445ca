/// One message that wants a pill in the flight band: where it would sit uncrowded, and what it can say.
public struct PillRequest: Sendable, Hashable {
    public let from: NodeID
    public let to: NodeID
    /// The pill's centre without crowding: the message's point on its arc (or its place in a waiting stack).
    public let x: Double
    public let y: Double
    /// Its labels from the most to the least detailed (see `MessageCue.pillLabels`); at least one.
    public let labels: [String]

    public init(from: NodeID, to: NodeID, x: Double, y: Double, labels: [String]) {
        precondition(!labels.isEmpty, "a pill needs a label")
        self.from = from
        self.to = to
        self.x = x
        self.y = y
        self.labels = labels
    }

    /// Messages with the same sender and target fly the same arc, so a crowded band may fold them into one pill.
    var path: Int { from * 1024 + to }
}
