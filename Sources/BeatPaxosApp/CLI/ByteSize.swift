import ArgumentParser
import Foundation

/// A memory size typed on the command line: a number with K, M, G or T (powers of 1024), such as `8G`.
struct ByteSize: ExpressibleByArgument {
    let bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        let text = argument.uppercased().replacingOccurrences(of: "IB", with: "").replacingOccurrences(of: "B", with: "")
        let units: [Character: Double] = ["K": 0x1p10, "M": 0x1p20, "G": 0x1p30, "T": 0x1p40]
        var digits = Substring(text)
        var scale = 1.0
        if let last = digits.last, let unit = units[last] {
            scale = unit
            digits = digits.dropLast()
        }
        // Range-checked as a Double before it becomes an Int, so no size typed can overflow.
        guard let number = Double(digits), number.isFinite, number > 0, number * scale < 0x1p60 else { return nil }
        bytes = Int(number * scale)
    }

    /// Half of the memory this process may use: the machine's, or its container's limit when lower.
    static var halfOfAvailable: ByteSize {
        var total = Int(clamping: ProcessInfo.processInfo.physicalMemory)
        for file in ["/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"] {
            if let text = try? String(contentsOfFile: file, encoding: .utf8),
               let limit = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)), limit > 0 {
                total = min(total, limit)
            }
        }
        return ByteSize(bytes: total / 2)
    }

    var text: String {
        bytes >= 1 << 30 ? String(format: "%.1f GB", Double(bytes) / 0x1p30) : "\(bytes >> 20) MB"
    }
}
