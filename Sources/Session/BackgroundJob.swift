import Foundation

/// One computation on its own thread (the exhaustive checker), polled by the frame loop so a frame never waits.
final class BackgroundJob<Value: Sendable>: @unchecked Sendable {
    // Guarded by `lock`: the worker writes once, the main thread reads.
    private let lock = NSLock()
    private var finished = false
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let result = work()
            lock.lock()
            value = result
            finished = true
            lock.unlock()
        }
        thread.name = "beatpaxos-checker"
        thread.start()
    }

    /// The value once the work is done, nil while it runs.
    var result: Value? {
        lock.lock()
        defer { lock.unlock() }
        return finished ? value : nil
    }
}
