import Foundation
import GameCore

/// `bench --rewind`: how long time travel takes in a 10-minute random-adversary game, and diagram export.
enum RewindBench {
    static let gameMs: Tick = 600_000

    /// Two 10-minute games: 3 nodes under the random adversary (which often leaves the game waiting), and
    /// 5 nodes left alone (rounds back to back, the most events per minute).
    static func run(rewinds: Int) -> [String] {
        var adversary = RandomAdversary(seed: 1)
        var idle = IdlePlayer()
        return run(GameConfig(seed: 1), player: &adversary, name: "3 nodes, random adversary", rewinds: rewinds)
            + run(GameConfig(seed: 1, nodeCount: 5), player: &idle, name: "5 nodes, no attack", rewinds: rewinds)
    }

    static func run<P: Player>(_ config: GameConfig, player: inout P, name: String, rewinds: Int) -> [String] {
        let before = residentKB()
        var history = GameHistory(config: config)
        let built = time { history.play(&player, to: gameMs) }
        let grown = max(0, residentKB() - before)
        var lines = ["10-minute game (seed 1, \(name)): \(history.events.count) events, "
                     + "\(history.actions.count) player actions, \(history.snapshotCount) snapshots, played in \(ms(built)) ms, "
                     + "memory grew by \(grown) KB"]

        // Each rewind starts from the far end of the game, as a teacher's would, and lands on a random moment.
        var rng = SeededGenerator(seed: 42)
        var rewindTimes: [Double] = []
        var stepTimes: [Double] = []
        for _ in 0..<rewinds {
            history.seek(to: gameMs)
            let target = rng.int(in: 0...gameMs)
            rewindTimes.append(time { history.seek(to: target) })
            stepTimes.append(time { _ = history.travel(.stepBack) })
        }
        lines.append("  rewind to a random moment, \(rewinds) times: \(distribution(rewindTimes))")
        lines.append("  then one step back: \(distribution(stepTimes))")

        var roundTimes: [Double] = []
        for span in history.roundSpans {
            guard let end = span.end else { continue }
            roundTimes.append(time { _ = SpaceTimeSVG.render(history.diagram(from: span.start, to: end), title: "bench") })
        }
        var whole = SpaceTimeDiagram(events: [GameEvent](), nodeCount: config.rules.nodeCount, from: 0, to: 0)
        let wholeMs = time {
            whole = history.diagram(from: 0, to: gameMs)
            _ = SpaceTimeSVG.render(whole, title: "bench")
        }
        lines.append("  diagram export (model + SVG) per round, \(roundTimes.count) rounds: \(distribution(roundTimes)); "
                     + "the whole 10 minutes (\(whole.messages.count) messages): \(ms(wholeMs)) ms")
        return lines
    }

    /// The process's resident memory, from /proc (0 where there is none).
    private static func residentKB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    private static func time(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    private static func ms(_ value: Double) -> String { String(format: "%.3f", value) }

    private static func distribution(_ times: [Double]) -> String {
        let sorted = times.sorted()
        guard !sorted.isEmpty else { return "no samples" }
        func at(_ q: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * q))] }
        return "median \(ms(at(0.5))) ms, p90 \(ms(at(0.9))) ms, max \(ms(sorted.last ?? 0)) ms"
    }
}
