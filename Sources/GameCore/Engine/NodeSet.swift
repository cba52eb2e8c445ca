/// A small set of nodes kept as a bit mask, so states stay cheap to copy and hash.
public struct NodeSet: Hashable, Sendable, Sequence {
    public private(set) var bits: UInt8

    public init() { bits = 0 }
    /// The set whose bit n holds node n.
    init(bits: UInt8) { self.bits = bits }
    public init(_ nodes: [NodeID]) {
        bits = 0
        for node in nodes { insert(node) }
    }

    public mutating func insert(_ node: NodeID) { bits |= 1 << UInt8(node) }
    public mutating func remove(_ node: NodeID) { bits &= ~(1 << UInt8(node)) }
    public func contains(_ node: NodeID) -> Bool { bits & (1 << UInt8(node)) != 0 }
    public var count: Int { bits.nonzeroBitCount }
    public var isEmpty: Bool { bits == 0 }

    /// Members in ascending order, so iteration never depends on hashing.
    public func makeIterator() -> IndexingIterator<[NodeID]> {
        (0..<8).filter { contains($0) }.makeIterator()
    }
}
