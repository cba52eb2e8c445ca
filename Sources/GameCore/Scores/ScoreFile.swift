import Foundation

/// The scores file on disk, shared by every game the user runs: each save takes a lock, reads the file
/// again and writes the better of both books, so two games saving at once never lose each other's best.
///
/// A damaged file is moved aside byte for byte (to the first free `.corrupt-N` name), never written over.
/// Writes go to a temporary file renamed into place; temporary files left by an interrupted save are
/// removed by the next save (under the lock, so no save in progress is touched).
public struct ScoreFile: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// What loading found: the book, a sentence for the player if the file was damaged, and whether the
    /// file may be written (not when a damaged file could not be moved out of the way).
    public struct Loaded: Sendable {
        public var book = ScoreBook()
        public var note: String?
        public var writable = true
    }

    public func load() -> Loaded {
        var loaded = Loaded()
        guard FileManager.default.fileExists(atPath: path) else { return loaded }
        switch read() {
        case .success(let book):
            loaded.book = book
        case .failure:
            if let target = moveAside() {
                loaded.note = "The scores file was unreadable: moved to \(Self.fileName(target)); starting fresh."
            } else {
                loaded.writable = false
                loaded.note = "The scores file is unreadable and cannot be moved; scores will not be saved."
            }
        }
        return loaded
    }

    /// Merges `book` into the file under its lock; returns what the file now holds, or why it could not save.
    public func save(_ book: ScoreBook) -> Result<ScoreBook, ScoreSaveError> {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            return .failure(ScoreSaveError("cannot create \(directory)"))
        }
        let lock = open(path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard lock >= 0 else { return .failure(ScoreSaveError("cannot write in \(directory)")) }
        defer { close(lock) }
        guard flock(lock, LOCK_EX) == 0 else { return .failure(ScoreSaveError("cannot lock \(path)")) }
        defer { flock(lock, LOCK_UN) }
        removeStaleTemporaries(in: directory)
        var merged = book
        if FileManager.default.fileExists(atPath: path) {
            switch read() {
            case .success(let onDisk): merged = book.merged(with: onDisk)
            case .failure: if moveAside() == nil { return .failure(ScoreSaveError("\(path) is damaged and cannot be moved")) }
            }
        }
        return write(merged).map { merged }
    }

    private func read() -> Result<ScoreBook, ScoreFileDamage> {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(ScoreFileDamage("unreadable")) }
        defer { try? handle.close() }
        // One byte past the limit is enough to know the file is too large.
        guard let data = try? handle.read(upToCount: ScoreBook.maxFileBytes + 1) else {
            return .failure(ScoreFileDamage("unreadable"))
        }
        return Result { try ScoreBook.decode(data) }.mapError { $0 as? ScoreFileDamage ?? ScoreFileDamage("\($0)") }
    }

    private func write(_ book: ScoreBook) -> Result<Void, ScoreSaveError> {
        let temporary = "\(path).tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: book.encoded()) else {
            return .failure(ScoreSaveError("cannot write \(temporary)"))
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return .failure(ScoreSaveError("cannot replace \(path) (\(reason))"))
        }
        return .success(())
    }

    /// Keeps a damaged file for the player to inspect; returns where it went, or nil if it could not move.
    private func moveAside() -> String? {
        var n = 1
        while FileManager.default.fileExists(atPath: "\(path).corrupt-\(n)") { n += 1 }
        let target = "\(path).corrupt-\(n)"
        return (try? FileManager.default.moveItem(atPath: path, toPath: target)) != nil ? target : nil
    }

    private func removeStaleTemporaries(in directory: String) {
        let prefix = Self.fileName(path) + ".tmp-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasPrefix(prefix) {
            unlink(directory + "/" + name)
        }
    }

    static func fileName(_ path: String) -> String { (path as NSString).lastPathComponent }
}

/// Why a new best could not be saved, in words for the player.
public struct ScoreSaveError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
