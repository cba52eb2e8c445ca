import ArgumentParser
import Foundation
import GameCore
import Session

/// `beatpaxos verify`: explore every reachable state of the game's Paxos and check every invariant.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Prove the game's Paxos unbreakable up to a ballot bound, or print a shortest way to break a variant.",
        discussion: "Exit status: 0 when no violation was found, 1 when one was, 2 on bad input.")

    @OptionGroup var level: LevelOptions

    @Option(name: .customLong("max-ballot"), parsing: .unconditional,
            help: "The highest ballot any node may use (default 4 with 3 nodes, 2 with 5: seconds; 6 takes about 20 minutes and 12 GB).")
    var maxBallot: Int?

    @Option(help: "Write a counterexample to FILE as a recording that `simulate --player` and `play --replay` follow.")
    var out: String?

    @Option(name: .customLong("max-states"), parsing: .unconditional, help: "Stop after this many states.")
    var maxStates: Int?

    @Option(name: .customLong("max-memory"),
            help: "Stop with a message before the search uses more memory than this, such as 8G (default: half of the memory).")
    var maxMemory: ByteSize?

    mutating func validate() throws {
        if let maxBallot, !(1...40).contains(maxBallot) {
            throw ValidationError("--max-ballot must be between 1 and 40, not \(maxBallot)")
        }
        if let maxStates, maxStates < 1 { throw ValidationError("--max-states must be 1 or more") }
        if let maxMemory, maxMemory.bytes < 16 << 20 { throw ValidationError("--max-memory must be at least 16M") }
    }

    /// A counterexample file that cannot be written is found out before the search, not after it.
    private func checkOut() throws {
        guard let out else { return }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory)
        let directory = (out as NSString).deletingLastPathComponent
        let writable = exists ? !isDirectory.boolValue && FileManager.default.isWritableFile(atPath: out)
            : FileManager.default.isWritableFile(atPath: directory.isEmpty ? "." : directory)
        guard writable else { throw UserError("cannot write \(out)") }
    }

    /// 3 nodes and real Paxos unless told otherwise.
    var nodes: Int { level.nodes ?? 3 }
    var variant: Variant { level.variant ?? .paxos }

    func run() throws {
        try checkOut()
        let rules = ProtocolRules(nodeCount: nodes, variant: variant)
        let bound = maxBallot ?? (nodes == 3 ? 4 : 2)
        print("Checking \(variant.rawValue) with \(nodes) nodes, ballots up to \(bound)...")
        let started = DispatchTime.now().uptimeNanoseconds
        let checker = ExhaustiveChecker(rules: rules, maxBallot: bound, stateLimit: maxStates)
        checker.memoryLimitBytes = (maxMemory ?? .halfOfAvailable).bytes
        let result = checker.run { states, transitions, depth in
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            FileHandle.standardError.write(Data(
                "  depth \(depth): \(states) states, \(transitions) transitions, \(String(format: "%.1f", seconds)) s\n".utf8))
        }
        if let stopped = checker.stopped { throw UserError(stopped.message) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let rate = seconds > 0 ? Int(Double(result.states) / seconds) : result.states
        print("states: \(result.states), transitions: \(result.transitions), depth: \(result.depth), "
              + "seconds: \(String(format: "%.2f", seconds)), states/s: \(rate)")
        guard let violation = result.violation else {
            if result.complete {
                print("no violation: every one of \(result.states) reachable states keeps "
                      + Invariant.allCases.map(\.title).joined(separator: ", "))
            } else {
                print("no violation in the first \(result.states) states (stopped at --max-states: not a proof)")
            }
            return
        }
        for other in result.violations where other.invariant != violation.invariant {
            print("\(other.invariant.title) breaks first, after \(other.steps.count) steps.")
        }
        print("violation of \(violation.invariant.title) in \(violation.steps.count) steps:")
        for line in violation.narration { print("  \(line)") }
        if let out {
            let text = violation.recordingLines().joined(separator: "\n") + "\n"
            guard FileManager.default.createFile(atPath: out, contents: Data(text.utf8)) else {
                throw UserError("cannot write \(out)")
            }
            print("written to \(out): replay with `beatpaxos simulate --player \(out)` or `beatpaxos play --replay \(out)`")
        }
        throw ExitCode(1)
    }
}
