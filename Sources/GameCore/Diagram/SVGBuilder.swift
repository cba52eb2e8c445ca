/// Builds an SVG document as text: elements with escaped attributes and text, numbers kept short.
struct SVGBuilder {
    private(set) var text = ""

    /// Escapes the five characters XML reserves, so any label or title stays well-formed.
    static func escape(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for character in raw {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A coordinate with at most one decimal: enough for a drawing, short in the file.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = tenths / 10
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(whole)) : String(whole)
    }

    static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    mutating func raw(_ line: String, newline: Bool = true) { text += newline ? line + "\n" : line }

    /// An element with no content: `<line x1="..."/>`.
    mutating func element(_ name: String, _ pairs: [(String, String)]) {
        text += "<\(name)\(Self.attributes(pairs))/>\n"
    }

    /// A text element.
    mutating func text(_ content: String, _ pairs: [(String, String)]) {
        text += "<text\(Self.attributes(pairs))>\(Self.escape(content))</text>\n"
    }

    mutating func open(_ name: String, _ pairs: [(String, String)] = []) {
        text += "<\(name)\(Self.attributes(pairs))>\n"
    }

    mutating func close(_ name: String) { text += "</\(name)>\n" }
}
