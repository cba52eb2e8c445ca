import Foundation
import GameCore

/// How far the checker's background verdict on real Paxos has got, shared between its thread and the pane.
final class CheckerProgress: @unchecked Sendable {
    // Guarded by `lock`: the checker's thread writes, the main thread reads.
    private let lock = NSLock()
    private var stage: (maxBallot: Ballot, states: Int)?
    private var finished: CheckerResult?

    /// The stage under way: its ballot bound and the states seen so far.
    var current: (maxBallot: Ballot, states: Int)? {
        lock.lock()
        defer { lock.unlock() }
        return stage
    }

    /// The last stage that finished.
    var lastResult: CheckerResult? {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }

    func begin(maxBallot: Ballot) { update { $0.stage = (maxBallot, 0) } }
    func states(_ count: Int) { update { $0.stage?.states = count } }
    func finish(_ result: CheckerResult) {
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
