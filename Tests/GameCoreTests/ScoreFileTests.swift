import Foundation
import Testing
import GameCore

/// A fresh folder for one test's scores file.
private func scratchFolder() -> String {
    let path = NSTemporaryDirectory() + "beatpaxos-scores-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

@Suite("Scores file: nothing saved is lost")
struct ScoreFileTests {
    @Test("a best out of range (1e300) is damage: the file is moved aside byte for byte")
    func hugeBestIsDamage() throws {
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/scores.json"
        let bytes = Data(#"{"version":1,"best":{"paxos":1e300}}"#.utf8)
        try #require(FileManager.default.createFile(atPath: path, contents: bytes))
        let loaded = ScoreFile(path: path).load()
        #expect(loaded.book.best.isEmpty)
        #expect(loaded.note?.contains("scores.json.corrupt-1") == true)
        #expect(FileManager.default.contents(atPath: path + ".corrupt-1") == bytes)
    }

    @Test("two games saving at once each keep the other's best (merge under the lock)")
    func concurrentSavesMerge() async throws {
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/scores.json"
        // Each game improves its own level 200 times, saving every time, while the other does the same.
        let levels: [Variant] = [.amnesia, .stubborn]
        await withTaskGroup(of: Void.self) { group in
            for variant in levels {
                group.addTask {
                    var book = ScoreBook()
                    for step in 0..<200 {
                        book.record(Double(1000 - step), for: variant)
                        if case .success(let merged) = ScoreFile(path: path).save(book) { book = merged }
                    }
                }
            }
        }
        let saved = ScoreFile(path: path).load()
        #expect(saved.note == nil)
        #expect(saved.book.best(for: Variant.amnesia) == 801)
        #expect(saved.book.best(for: Variant.stubborn) == 801)
    }

    @Test("a save keeps a better best another game saved meanwhile")
    func saveMergesWithDisk() throws {
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/scores.json"
        var other = ScoreBook()
        other.record(9, for: Variant.paxos)
        other.record(20, for: Variant.amnesia)
        _ = ScoreFile(path: path).save(other)
        var mine = ScoreBook()
        mine.record(4, for: Variant.paxos)
        mine.record(12, for: Variant.amnesia)
        let merged = try ScoreFile(path: path).save(mine).get()
        #expect(merged.best(for: Variant.paxos) == 9)
        #expect(merged.best(for: Variant.amnesia) == 12)
        #expect(ScoreFile(path: path).load().book == merged)
    }

    @Test("temporary files left by an interrupted save are removed by the next save")
    func staleTemporariesCleaned() throws {
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/scores.json"
        try #require(FileManager.default.createFile(atPath: path + ".tmp-99999", contents: Data("{".utf8)))
        var book = ScoreBook()
        book.record(3, for: Variant.paxos)
        _ = try ScoreFile(path: path).save(book).get()
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        #expect(left.isEmpty)
    }

    @Test("a save where no folder can be made says why (the data folder is a file)")
    func unwritableFolderFails() throws {
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A file where the folder should be: no user, root included, can save there.
        let blocked = folder + "/beatpaxos"
        try #require(FileManager.default.createFile(atPath: blocked, contents: Data()))
        var book = ScoreBook()
        book.record(3, for: Variant.paxos)
        #expect {
            try ScoreFile(path: blocked + "/scores.json").save(book).get()
        } throws: { error in
            (error as? ScoreSaveError)?.description.contains(blocked) == true
        }
    }

    @Test("merging keeps the most crowns on Paxos, the fewest seconds on a broken level, and unknown levels")
    func mergeRules() throws {
        let a = try ScoreBook.decode(Data(#"{"best":{"paxos":3,"amnesia":30,"future":1}}"#.utf8))
        let b = try ScoreBook.decode(Data(#"{"best":{"paxos":5,"amnesia":40,"stubborn":8}}"#.utf8))
        let merged = a.merged(with: b)
        #expect(merged.best == ["paxos": 5, "amnesia": 30, "stubborn": 8, "future": 1])
    }
}
