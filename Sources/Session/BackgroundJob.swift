import Foundation

/// The one thread the checker's verdicts share.
private let serialCheckerQueue = DispatchQueue(label: "beatpaxos-verdicts", qos: .utility)

/// One computation on its own thread (the exhaustive checker), polled by the frame loop so a frame never waits.
final class BackgroundJob<Value: Sendable>: @unchecked Sendable {
    // Guarded by `lock`: the worker writes once, the main thread reads.
    private let lock = NSLock()
    private var finished = false
    private var value: Value?

    /// `serial` jobs run one after another on one shared thread, whichever protocol's they are: the verdicts
    /// then never take both cores from the game, even after switching protocol while one runs.
    init(serial: Bool = false, _ work: @escaping @Sendable () -> Value) {
        let run: @Sendable () -> Void = { [self] in
            let result = work()
            lock.lock()
            value = result
            finished = true
            lock.unlock()
        }
        if serial {
            serialCheckerQueue.async(execute: run)
            return
        }
        let thread = Thread(block: run)
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
