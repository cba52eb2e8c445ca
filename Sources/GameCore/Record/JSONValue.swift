import Foundation

/// Reads typed values out of what JSONSerialization returns, refusing anything out of range instead of
/// trapping on a conversion (a recording can say `1e300` or `9223372036854775807` anywhere).
enum JSONValue {
    /// A JSON number as a Double; true and false do not count, though Foundation may bridge them.
    static func number(_ raw: Any) -> Double? {
        if isBoolean(raw) { return nil }
        if let value = raw as? Double { return value }
        if let value = raw as? Int { return Double(value) }
        if let value = raw as? NSNumber { return value.doubleValue }
        return nil
    }

    /// A whole number inside `range`, or nil (a fraction, a string, or too large to be meant).
    static func whole(_ raw: Any, in range: ClosedRange<Int>) -> Int? {
        guard let value = number(raw), value.isFinite, value.rounded() == value,
              value >= Double(range.lowerBound), value <= Double(range.upperBound) else { return nil }
        return Int(value)
    }

    /// A JSON `true` or `false`, and nothing else (not 0 or 1).
    static func boolean(_ raw: Any) -> Bool? {
        guard isBoolean(raw) else { return nil }
        return (raw as? Bool) ?? (raw as? NSNumber)?.boolValue
    }

    private static func isBoolean(_ raw: Any) -> Bool {
        if type(of: raw) == Bool.self { return true }
        if let boxed = raw as? NSNumber, String(cString: boxed.objCType) == "c" { return true }
        return false
    }
}
