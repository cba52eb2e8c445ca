extension NodeNames {
    /// "Red", "Red and Blue", "Red, Green and Blue"; "nobody" for none.
    public static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: return "nobody"
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }

    /// The nodes by name, or "all 5" when they are every one of five: five names leave the pane's evidence no
    /// room for the rest of its sentence, where three fit.
    public static func group(_ nodes: NodeSet, of count: Int) -> String {
        nodes.count == count && count >= 5 ? "all \(count)" : list(nodes.map(title))
    }
}
