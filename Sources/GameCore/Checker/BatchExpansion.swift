import Dispatch
import Foundation

/// What the moves from one state note on the way: the first fact they break, and the message numbers the
/// worker has used (its own copy, so it seldom needs the registry's lock).
struct MoveScratch {
    var brokenFact: BrokenFact?
    var messageIDs: [Message: Int] = [:]

    mutating func id(of message: Message, in registry: MessageRegistry) -> Int {
        if let known = messageIDs[message] { return known }
        let id = registry.id(of: message)
        messageIDs[message] = id
        return id
    }
}

/// A buffer handed to the workers, each of which touches only its own element.
struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

/// A move the handlers took that breaks a fact the search relies on: which facts, whose move, and the node's
/// state before and after.
struct BrokenFact {
    let facts: HandlerFacts
    let node: NodeID
    let old: NodeState
    let new: NodeState
}

/// One move found from a state: its step, the key of the state it leads to, the invariants that state breaks
/// (checked only when the move changed the ledger) and a fact it broke, if any.
struct Successor {
    let step: PackedStep
    let key: StateKey
    let failing: UInt8
    let brokenFact: BrokenFact?

    func breaks(_ invariant: Invariant) -> Bool {
        guard let bit = Invariant.allCases.firstIndex(of: invariant) else { return false }
        return failing & (1 << UInt8(bit)) != 0
    }
}

/// A state's quiet continuation (see `quietContinuation`), kept whole only when it got stuck.
struct ProgressSample {
    let steps: [ModelStep]
    let decided: Bool
    let handlerSteps: Int
    var isOutOfBallots = false

    static let outOfBallots = ProgressSample(steps: [], decided: false, handlerSteps: 0, isOutOfBallots: true)
}

/// Everything one state's expansion found, in move order.
struct StateExpansion {
    /// The moves to states not yet numbered when the batch began, which the numbering takes in.
    var successors: [Successor] = []
    /// How many moves led to states numbered before the batch began: they count as transitions, nothing more.
    var movesToSeenStates = 0
    var progress: ProgressSample?
}

/// Runs one job per index on a few threads and returns the results in index order.
enum BatchExpansion {
    /// One worker per core.
    static var defaultWorkerCount: Int { max(ProcessInfo.processInfo.activeProcessorCount, 1) }

    /// `job` gets the index and the number of the worker running it (each worker runs its jobs one by one).
    static func run<Result>(count: Int, workers: Int, _ job: (Int, Int) -> Result) -> [Result] {
        guard workers > 1, count > 1 else { return (0..<count).map { job($0, 0) } }
        let slices = min(workers, count)
        var results = [[Result]](repeating: [], count: slices)
        results.withUnsafeMutableBufferPointer { buffer in
            let out = UncheckedSendable(buffer)
            withoutActuallyEscaping(job) { job in
                let work = UncheckedSendable(job)
                DispatchQueue.concurrentPerform(iterations: slices) { slice in
                    let range = (count * slice / slices)..<(count * (slice + 1) / slices)
                    out.value[slice] = range.map { work.value($0, slice) }
                }
            }
        }
        return results.flatMap { $0 }
    }
}

/// Hands a value to other threads where the caller guarantees they use it safely: here each worker writes only
/// its own slot, and the job reads the checker's tables, which stay unchanged while workers run.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
