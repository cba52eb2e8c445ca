/// A node's index, 0-based: Red is 0, Green 1, Blue 2, Yellow 3, Purple 4.
public typealias NodeID = Int

/// A ballot number; 0 stands for "none". Node i owns ballots i+1, i+1+N, i+1+2N, ...
public typealias Ballot = Int

/// A proposed value. Each proposer proposes its own colour, so a value is the id of the node whose colour it is.
public typealias Value = NodeID

/// Game time in integer milliseconds; only the window turns it into floating point.
public typealias Tick = Int

/// The colour names of the nodes, which are also the values they propose.
public enum NodeNames {
    public static let all = ["red", "green", "blue", "yellow", "purple"]

    /// The lower-case name ("red") used in recordings and values.
    public static func name(_ node: NodeID) -> String {
        all.indices.contains(node) ? all[node] : "node\(node)"
    }

    /// The capitalised name ("Red") used in sentences.
    public static func title(_ node: NodeID) -> String {
        let raw = name(node)
        return raw.prefix(1).uppercased() + raw.dropFirst()
    }

    /// The node with this name (any case), if it exists among `count` nodes.
    public static func node(named text: String, count: Int) -> NodeID? {
        guard let index = all.firstIndex(of: text.lowercased()), index < count else { return nil }
        return index
    }
}
