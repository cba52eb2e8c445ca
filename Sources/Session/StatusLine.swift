import Foundation

/// One-line reports on stdout of what the window shows (level started, a level broken), so scripts can follow.
enum StatusLine {
    static func say(_ text: String) {
        FileHandle.standardOutput.write(Data("beatpaxos: \(text)\n".utf8))
    }
}
