import Foundation
import GameCore

/// Best scores per level in `$XDG_DATA_HOME/beatpaxos/scores.json`.
///
/// On the real protocol (Paxos or Raft) the most crowns toppled in a round; on a broken level the fewest seconds
/// to break it.
/// The file's reading, merging and locking are `ScoreFile`'s: a corrupt file is moved aside, never
/// overwritten, and each save merges with what other games saved meanwhile.
final class ScoreStore {
    let path: String
    private var book = ScoreBook()
    /// Set when loading had to move a bad file aside; the window shows it once.
    private(set) var warning: String?
    /// Set when a new best could not be saved; the window shows it, then clears it.
    private(set) var saveProblem: String?
    private var writable = true

    /// `persistent: false` keeps scores in memory only (screenshots and benchmarks never touch the file).
    init(path: String? = nil, persistent: Bool = true) {
        self.path = path ?? Self.defaultPath()
        writable = persistent
        if persistent {
            let loaded = ScoreFile(path: self.path).load()
            book = loaded.book
            warning = loaded.note
            writable = loaded.writable
        }
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
    func best(for level: some ScoredLevel) -> Double? { book.best(for: level) }

    /// Records a result; returns whether it is a new best. The real protocols keep the highest, broken levels the lowest.
    @discardableResult
    func record(_ value: Double, for level: some ScoredLevel) -> Bool {
        guard book.record(value, for: level) else { return false }
        save()
        return true
    }

    /// The save problem to show, once.
    func takeSaveProblem() -> String? {
        defer { saveProblem = nil }
        return saveProblem
    }

    private func save() {
        guard writable else {
            if warning != nil { saveProblem = "New best, but it is not saved: the scores file could not be moved aside." }
            return
        }
        switch ScoreFile(path: path).save(book) {
        case .success(let merged): book = merged
        case .failure(let error): saveProblem = "New best, but it could not be saved: \(error)"
        }
    }
}
