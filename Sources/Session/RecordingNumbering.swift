import Foundation

/// `play --record FILE` keeps every game of a run: the first in FILE, each one restarted (R, L, S) in the
/// same name numbered before its extension (`game.jsonl`, `game-2.jsonl`, `game-3.jsonl`), so each file
/// replays on its own.
public enum RecordingNumbering {
    public static func path(_ path: String, game: Int) -> String {
        guard game > 1 else { return path }
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension
        let stem = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
        return ext.isEmpty ? "\(stem)-\(game)" : "\(stem)-\(game).\(ext)"
    }
}
