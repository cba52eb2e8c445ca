import Foundation
import GameCore

/// The space-time diagram in the window (D, Shift+D) and saving it for slides (E).
extension PlaySession {
    /// The diagram of the round at the playhead, from the round's start to the playhead.
    public var diagram: SpaceTimeDiagram {
        diagramCache.diagram(of: play.history, revision: play.travel.revision)
    }

    /// The space-time diagram on screen, if it is shown (D, Shift+D). Lanes too short to hold a readable diagram
    /// (lecture mode's large type, a small window) give it the whole board instead.
    public var diagramMode: DiagramMode? {
        diagramRequest == .lanes && !layout.lanesHoldDiagram ? .board : diagramRequest
    }

    /// D shows the diagram in place of the lanes, Shift+D over the whole board; the same key again hides it.
    func toggleDiagram(_ mode: DiagramMode) {
        diagramRequest = diagramRequest == mode ? nil : mode
    }

    /// E: writes the round's diagram as SVG and asks the window for the frame as an image, both named after the
    /// seed, round and time, in the pictures folder (or the working directory); a toast names them.
    func exportRound() {
        let folder = exportFolder ?? ExportFolder.path()
        let round = play.history.currentRoundSpan
        let stem = "\(P.self == Raft.self ? "beatraft" : "beatpaxos")-seed\(config.seed)-round\(round.round)-\(Seconds.text(play.history.now))s"
        let base = ExportFolder.freeStem(stem, in: folder)
        let svgPath = folder + "/" + base + ".svg"
        // Built afresh up to now: the window's cached diagram ends at the last event, which may be seconds back.
        let diagram = play.history.diagram(from: round.start, to: max(round.start, play.history.now))
        let title = "Round \(round.round): \(Seconds.text(diagram.start)) s to \(Seconds.text(diagram.end)) s · seed \(config.seed) · "
            + "\(config.rules.variant.scoreKey) · \(config.rules.nodeCount) nodes"
        guard FileManager.default.createFile(atPath: svgPath, contents: Data(SpaceTimeSVG.render(diagram, title: title, palette: palette).utf8)) else {
            showToast("Cannot write to \(folder): nothing saved.", seconds: 4)
            return
        }
        let imagePath = folder + "/" + base + ".bmp"
        pendingFrameCapture = imagePath
        say("saved \(svgPath) and \(imagePath)")
        showToast("Saved \(base).svg and .bmp in \(folder)", seconds: 5)
    }
}

extension PlaySession {
    /// The window took the frame capture (or failed to, saying why).
    public func frameCaptured(error: String? = nil) {
        pendingFrameCapture = nil
        if let error { showToast(error, seconds: 4) }
    }
}

/// Where E saves: the XDG pictures folder when it exists, else the working directory.
enum ExportFolder {
    static func path() -> String {
        let environment = ProcessInfo.processInfo.environment
        let home = environment["HOME"] ?? ""
        var candidates: [String] = []
        if let pictures = environment["XDG_PICTURES_DIR"] { candidates.append(pictures) }
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.config"
        if let text = try? String(contentsOfFile: config + "/user-dirs.dirs", encoding: .utf8) {
            for line in text.split(separator: "\n") where line.hasPrefix("XDG_PICTURES_DIR=") {
                let value = line.dropFirst("XDG_PICTURES_DIR=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                candidates.append(value.replacingOccurrences(of: "$HOME", with: home))
            }
        }
        if !home.isEmpty { candidates.append(home + "/Pictures") }
        var isDirectory: ObjCBool = false
        for candidate in candidates where candidate.hasPrefix("/") {
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue,
               FileManager.default.isWritableFile(atPath: candidate) {
                return candidate
            }
        }
        return FileManager.default.currentDirectoryPath
    }

    /// `stem`, or `stem-2`, `stem-3`, ... so an earlier export is never overwritten.
    static func freeStem(_ stem: String, in folder: String) -> String {
        var candidate = stem
        var n = 1
        while FileManager.default.fileExists(atPath: "\(folder)/\(candidate).svg")
                || FileManager.default.fileExists(atPath: "\(folder)/\(candidate).bmp") {
            n += 1
            candidate = "\(stem)-\(n)"
        }
        return candidate
    }
}
