import ArgumentParser
import Foundation
import GameCore
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
            var inFlight: [Int] = []
            var firstFrameMs = 0.0
            for frame in 0..<frames {
                let begin = DispatchTime.now().uptimeNanoseconds
                session.update(wallDeltaMs: 1000.0 / 60)
                BusyScene.keepBusy(session, messages: messages)
                inFlight.append(session.flights.count)
                if composer.draw(session) { canvas.present() }
                let end = DispatchTime.now().uptimeNanoseconds
                if frame == 0 { firstFrameMs = Double(end - started) / 1e6 }
                times.append(Double(end - begin) / 1e6)
            }
            let view = diagram ? "diagram view on (\(session.diagram.messages.count) messages this round), " : ""
            print(view + Self.report(times, firstFrameMs: firstFrameMs, flights: inFlight.min() ?? 0))
        }
    }

    static func report(_ times: [Double], firstFrameMs: Double, flights: Int) -> String {
        let sorted = times.sorted()
        func at(_ q: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * q))] }
        func ms(_ value: Double) -> String { String(format: "%.2f", value) }
        return "frames \(times.count), at least \(flights) messages in flight: median \(ms(at(0.5))) ms, p90 \(ms(at(0.9))) ms, "
            + "p99 \(ms(at(0.99))) ms, max \(ms(sorted.last ?? 0)) ms; first frame \(ms(firstFrameMs)) ms after start"
    }
}
