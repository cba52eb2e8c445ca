import Foundation

/// Files the user names on the command line must be regular files: opening a FIFO or a device to read
/// would wait forever for bytes that never come.
public enum RegularFile {
    public enum Problem { case missing, notRegular, unreadable }

    /// What is wrong with reading `path`, or nil if it is a readable regular file (symbolic links followed).
    public static func problem(_ path: String) -> Problem? {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        guard info.st_mode & S_IFMT == S_IFREG else { return .notRegular }
        return access(path, R_OK) == 0 ? nil : .unreadable
    }
}
