import Foundation
import GameCore

/// Best scores per level in `$XDG_DATA_HOME/beatpaxos/scores.json`.
///
/// On Paxos the most crowns toppled in a round; on a broken level the fewest seconds to break it.
/// A corrupt file is moved aside, never overwritten; writes go through a temporary file and a rename.
final class ScoreStore {
    let path: String
    private(set) var best: [String: Double] = [:]
    /// Set when loading had to move a bad file aside; the window shows it once.
    private(set) var warning: String?
    private var writable = true

    /// `persistent: false` keeps scores in memory only (screenshots and benchmarks never touch the file).
    init(path: String? = nil, persistent: Bool = true) {
        self.path = path ?? Self.defaultPath()
        writable = persistent
        if persistent { load() }
    }

    static func defaultPath() -> String {
        let environment = ProcessInfo.processInfo.environment
        let base: String
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            base = data
        } else {
            base = (environment["HOME"] ?? NSTemporaryDirectory()) + "/.local/share"
        }
        return base + "/beatpaxos/scores.json"
    }

    /// The stored best for a level, if any.
    func best(for variant: Variant) -> Double? { best[variant.rawValue] }

    /// Records a result; returns whether it is a new best. Paxos keeps the highest, broken levels the lowest.
    @discardableResult
    func record(_ value: Double, for variant: Variant) -> Bool {
        let old = best[variant.rawValue]
        let better = LevelBest(variant, value).beats(old.map { LevelBest(variant, $0) })
        guard better else { return false }
        best[variant.rawValue] = value
        save()
        return true
    }

    private func load() {
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let levels = object["best"] as? [String: Any] else {
            moveAside()
            return
        }
        // A score that is not a number of 0 or more means the file was damaged: keep it aside, as a whole.
        let numbers = levels.compactMapValues { ($0 as? NSNumber)?.doubleValue }
        guard numbers.count == levels.count, numbers.values.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            moveAside()
            return
        }
        for (key, value) in numbers where Variant(rawValue: key) != nil { best[key] = value }
    }

    /// Keeps an unreadable file for the player to inspect, under the first free `.corrupt-N` name.
    private func moveAside() {
        var n = 1
        while FileManager.default.fileExists(atPath: "\(path).corrupt-\(n)") { n += 1 }
        let target = "\(path).corrupt-\(n)"
        if (try? FileManager.default.moveItem(atPath: path, toPath: target)) != nil {
            warning = "The scores file was unreadable: moved to \(URL(fileURLWithPath: target).lastPathComponent); starting fresh."
        } else {
            // It cannot be moved: leave it alone and never write over it.
            writable = false
            warning = "The scores file is unreadable and cannot be moved; scores will not be saved."
        }
    }

    private func save() {
        guard writable else { return }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let object: [String: Any] = ["version": 1, "best": best]
        guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil,
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
        else { return }
        let temporary = "\(path).tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else { return }
        if rename(temporary, path) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }
}
