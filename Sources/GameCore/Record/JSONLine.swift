/// Builds one JSON object on one line, fields in the order given, with no Foundation in the hot path.
public struct JSONLine {
    private var text = "{"

    public init() {}

    public mutating func add(_ key: String, _ value: String) {
        field(key, "\"" + Self.escape(value) + "\"")
    }

    public mutating func add(_ key: String, _ value: Int) { field(key, String(value)) }
    public mutating func add(_ key: String, _ value: Bool) { field(key, value ? "true" : "false") }
    /// A number written as is, such as a time in seconds ("12.500").
    public mutating func add(_ key: String, number: String) { field(key, number) }
    public mutating func addNull(_ key: String) { field(key, "null") }

    public var line: String { text + "}" }

    private mutating func field(_ key: String, _ rendered: String) {
        if text.count > 1 { text += "," }
        text += "\"" + key + "\":" + rendered
    }

    static func escape(_ raw: String) -> String {
        var out = ""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
