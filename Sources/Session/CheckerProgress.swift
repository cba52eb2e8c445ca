import Foundation
import GameCore

/// How far the checker's background verdict on the real protocol has got, shared between its thread and the pane.
final class CheckerProgress: @unchecked Sendable {
    // Guarded by `lock`: the checker's thread writes, the main thread reads.
    private let lock = NSLock()
    private var stage: (bound: Int, states: Int)?
    private var finished: ProofVerdict?

    /// The stage under way: its bound (highest ballot or term) and the states seen so far.
    var current: (bound: Int, states: Int)? {
        lock.lock()
        defer { lock.unlock() }
        return stage
    }

    /// The last stage that finished.
    var lastResult: ProofVerdict? {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }

    func begin(bound: Int) { update { $0.stage = (bound, 0) } }
    func states(_ count: Int) { update { $0.stage?.states = count } }
    func finish(_ result: ProofVerdict) {
        update {
            $0.finished = result
            $0.stage = nil
        }
    }

    private func update(_ change: (CheckerProgress) -> Void) {
        lock.lock()
        change(self)
        lock.unlock()
    }
}
