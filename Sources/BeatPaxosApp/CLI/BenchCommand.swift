import ArgumentParser
import Foundation
import GameCore
import Glibc
import Session

/// `beatpaxos bench`: frame times of a busy scene drawn offscreen with the software renderer.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Draw a busy scene offscreen and print the frame-time distribution (a benchmark, not a test).")

    @Option(parsing: .unconditional, help: "How many frames to draw.")
    var frames: Int = 600

    @Option(parsing: .unconditional, help: "How many messages in flight to draw.")
    var messages: Int = 30

    @OptionGroup var drawing: DrawingOptions

    @Flag(help: "Instead of frames: time rewinds and diagram export in a 10-minute game.")
    var rewind = false

    @Flag(help: "Draw the frames with the space-time diagram in place of the lanes.")
    var diagram = false

    @Option(help: "Also save the last frame as a BMP (to compare what the frame path draws across builds).")
    var out: String?

    mutating func validate() throws {
        guard (1...100_000).contains(frames) else { throw ValidationError("--frames must be between 1 and 100000") }
        guard (0...500).contains(messages) else { throw ValidationError("--messages must be between 0 and 500") }
    }

    func run() throws {
        if rewind {
            RewindBench.run(rewinds: 1_000).forEach { print($0) }
            return
        }
        let started = DispatchTime.now().uptimeNanoseconds
        try OffscreenTarget.drawing(width: drawing.size.width, height: drawing.size.height, font: drawing.font) { target, canvas in
            let session = try BusyScene.make(messages: messages)
            drawing.apply(to: session)
            if diagram { session.handle(.toggleDiagram(.lanes)) }
            // The window's own frame path: only what changed is repainted, on a surface that keeps its pixels.
            let composer = FrameComposer(canvas: canvas, keepsPixels: true)
            var times: [Double] = []
            var cpuTimes: [Double] = []
            var inFlight: [Int] = []
            var firstFrameMs = 0.0
            for frame in 0..<frames {
                let begin = DispatchTime.now().uptimeNanoseconds
                let cpuBegin = Self.threadCPUNanoseconds()
                session.update(wallDeltaMs: 1000.0 / 60)
                BusyScene.keepBusy(session, messages: messages)
                inFlight.append(session.flights.count)
                if composer.draw(session) { canvas.present() }
                let cpuEnd = Self.threadCPUNanoseconds()
                let end = DispatchTime.now().uptimeNanoseconds
                if frame == 0 { firstFrameMs = Double(end - started) / 1e6 }
                times.append(Double(end - begin) / 1e6)
                // As doubles: a failed reading is 0, and an unsigned difference would trap.
                cpuTimes.append(max(0, Double(cpuEnd) - Double(cpuBegin)) / 1e6)
            }
            let view = diagram ? "diagram view on (\(session.diagram.messages.count) messages this round), " : ""
            // The numbers first: a path that cannot be written must not lose a long run's results.
            print(view + Self.report(wall: times, cpu: cpuTimes, firstFrameMs: firstFrameMs, flights: inFlight.min() ?? 0))
            if let out { try target.save(bmp: out) }
        }
    }

    /// Wall time and this thread's CPU time per frame. On a shared machine the wall time's tail is mostly other
    /// processes preempting this one; the CPU time counts only what drawing the frame itself cost.
    static func report(wall: [Double], cpu: [Double], firstFrameMs: Double, flights: Int) -> String {
        "frames \(wall.count), at least \(flights) messages in flight: wall: \(distribution(wall)); "
            + "cpu: \(distribution(cpu)); first frame \(ms(firstFrameMs)) ms after start"
    }

    /// Such as "median 1.20 ms, p90 1.60 ms, p99 2.10 ms, max 4.00 ms".
    static func distribution(_ times: [Double]) -> String {
        let sorted = times.sorted()
        func at(_ q: Double) -> Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * q))] }
        return "median \(ms(at(0.5))) ms, p90 \(ms(at(0.9))) ms, p99 \(ms(at(0.99))) ms, max \(ms(sorted.last ?? 0)) ms"
    }

    static func ms(_ value: Double) -> String { String(format: "%.2f", value) }

    /// CPU time this thread has used. Drawing runs on this one thread (the software renderer and SDL_ttf start
    /// none), so per frame it is the frame's own cost, whatever else the machine runs meanwhile.
    static func threadCPUNanoseconds() -> UInt64 {
        var now = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0 else { return 0 }
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}
