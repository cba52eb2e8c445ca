import Glibc

/// The process's peak resident memory so far, for the checker's progress lines.
enum PeakMemory {
    static var kilobytes: Int {
        var usage = rusage()
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss)
    }

    /// Such as "412 MB" or "1.6 GB".
    static var text: String {
        let megabytes = Double(kilobytes) / 1024
        return megabytes >= 1024 ? String(format: "%.1f GB", megabytes / 1024) : "\(Int(megabytes)) MB"
    }
}
