import ArgumentParser
import Foundation
import GameCore
import Session

/// `beatpaxos verify`: explore every reachable state of the game's Paxos and check every invariant.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Prove the game's Paxos (or Raft) unbreakable up to a ballot (term) bound, or print a shortest way to break a variant.",
        discussion: "Exit status: 0 when no violation was found, 1 when one was, 2 on bad input.")

    @Option(name: .customLong("protocol"), help: "Which protocol to check: paxos or raft (default: paxos).")
    var consensus: ProtocolKind?

    @Option(parsing: .unconditional, help: "How many nodes: 3 or 5.")
    var nodes: Int?

    @Option(help: "Which level: for Paxos \(LevelName.paxosLevels); for Raft \(LevelName.raftLevels).")
    var variant: String?

    @Option(name: .customLong("max-term"), parsing: .unconditional,
            help: "Raft: the highest term any node may stand for (default 3 with 3 nodes, under a minute; 1 with 5 nodes; 2 for a broken level; 4 with 3 nodes takes about four minutes).")
    var maxTerm: Int?

    @Option(name: .customLong("max-ballot"), parsing: .unconditional,
            help: "The highest ballot any node may use (default 5 with 3 nodes, about 10 s; 2 with 5 nodes, a few seconds; 6 with 3 nodes takes about a minute and 1 GB).")
    var maxBallot: Int?

    @Option(help: "Write a counterexample to FILE as a recording that `simulate --player` and `play --replay` follow.")
    var out: String?

    @Option(name: .customLong("max-states"), parsing: .unconditional, help: "Stop after this many states.")
    var maxStates: Int?

    @Option(name: .customLong("max-memory"),
            help: "Stop with a message before the search uses more memory than this, such as 8G (default: half of the memory).")
    var maxMemory: ByteSize?
    @Option(name: .customLong("threads"), parsing: .unconditional,
            help: "How many threads search side by side (default: one per core); the result is the same with any number.")
    var threads: Int?
    @Flag(name: .customLong("node-states"),
          help: "Also count the node and safety states (messages in flight and who is down set aside), to compare with a --no-shortcuts run.")
    var countsNodeStates = false
    @Flag(name: .customLong("no-shortcuts"),
          help: "Search without the shortcuts (keep dead messages, model down time): slower; its node and safety state count must match the one with them.")
    var noShortcuts = false

    mutating func validate() throws {
        if let nodes, nodes != 3 && nodes != 5 { throw ValidationError("--nodes must be 3 or 5, not \(nodes)") }
        if let variant {
            switch protocolKind {
            case .paxos: _ = try LevelName.paxos(variant)
            case .raft: _ = try LevelName.raft(variant)
            }
        }
        if protocolKind == .raft {
            try validateRaft()
        } else if maxTerm != nil {
            throw ValidationError("--max-term is for --protocol raft; Paxos takes --max-ballot")
        }
        if let threads, !(1...64).contains(threads) {
            throw ValidationError("--threads must be between 1 and 64, not \(threads)")
        }
        if let maxBallot, !(1...40).contains(maxBallot) {
            throw ValidationError("--max-ballot must be between 1 and 40, not \(maxBallot)")
        }
        if let maxStates, maxStates < 1 { throw ValidationError("--max-states must be 1 or more") }
        if let maxMemory, maxMemory.bytes < 16 << 20 { throw ValidationError("--max-memory must be at least 16M") }
    }

    var protocolKind: ProtocolKind { consensus ?? .paxos }

    /// A counterexample file that cannot be written is found out before the search, not after it.
    func checkOut() throws {
        guard let out else { return }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory)
        let directory = (out as NSString).deletingLastPathComponent
        let writable = exists ? !isDirectory.boolValue && FileManager.default.isWritableFile(atPath: out)
            : FileManager.default.isWritableFile(atPath: directory.isEmpty ? "." : directory)
        guard writable else { throw UserError("cannot write \(out)") }
    }

    /// 3 nodes unless told otherwise.
    var nodeCount: Int { nodes ?? 3 }

    func run() throws {
        try checkOut()
        if protocolKind == .raft { return try runRaft() }
        let nodes = nodeCount
        let variant = variant.flatMap(Variant.init(rawValue:)) ?? .paxos
        let rules = ProtocolRules(nodeCount: nodes, variant: variant)
        let bound = maxBallot ?? (nodes == 3 ? 5 : 2)
        print("Checking \(variant.rawValue) with \(nodes) nodes, ballots up to \(bound)...")
        let started = DispatchTime.now().uptimeNanoseconds
        let checker = ExhaustiveChecker(rules: rules, maxBallot: bound, stateLimit: maxStates, shortcuts: !noShortcuts)
        checker.memoryLimitBytes = (maxMemory ?? .halfOfAvailable).bytes
        if let threads { checker.workerCount = threads }
        let result = checker.run { states, transitions, depth in
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            let rate = seconds > 0 ? Int(Double(states) / seconds) : states
            FileHandle.standardError.write(Data(("  depth \(depth): \(states) states, \(transitions) transitions, "
                + "\(String(format: "%.1f", seconds)) s, \(rate) states/s, peak memory \(PeakMemory.text)\n").utf8))
        }
        if let stopped = checker.stopped { throw UserError(stopped.message) }
        for note in result.notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let rate = seconds > 0 ? Int(Double(result.states) / seconds) : result.states
        print("states: \(result.states), transitions: \(result.transitions), depth: \(result.depth), "
              + "seconds: \(String(format: "%.2f", seconds)), states/s: \(rate)")
        if countsNodeStates || noShortcuts {
            print("node and safety states (messages in flight and who is down set aside): \(checker.nodeAndSafetyStateCount())")
        }
        let progressBroken = printProgress(result)
        guard let violation = result.violation else {
            if result.complete {
                print("safety: no violation: every one of \(result.states) reachable states keeps "
                      + Invariant.allCases.map(\.title).joined(separator: ", "))
            } else {
                print("safety: no violation in the first \(result.states) states (stopped at --max-states: not a proof)")
            }
            if let stuck = result.progress?.stuck {
                for line in stuck.narration { print("  \(line)") }
                try write(stuck)
            }
            if progressBroken { throw ExitCode(1) }
            return
        }
        for other in result.violations where other.invariant != violation.invariant {
            print("\(other.invariant.title) breaks first, after \(other.steps.count) steps.")
        }
        print("safety: violation of \(violation.invariant.title) in \(violation.steps.count) steps:")
        for line in violation.narration { print("  \(line)") }
        try write(violation)
        throw ExitCode(1)
    }

    /// The progress line; returns whether a state was found that cannot decide.
    private func printProgress(_ result: CheckerResult) -> Bool {
        guard let progress = result.progress else { return false }
        let cost = "(\(progress.checked) states tried, \(progress.handlerSteps) handler steps)"
        if let stuck = progress.stuck {
            print("progress: violation: after \(stuck.pathLength) steps no node can decide, even with the player "
                  + "stopped and every message delivered \(cost):")
            return true
        }
        let scope = result.complete ? "every state" : "every state explored"
        var line = "progress: \(scope) can still decide within ballot \(result.maxBallot) \(cost)"
        if progress.outOfBallots > 0 {
            line += "; \(progress.outOfBallots) undecided states have used up the ballots up to \(result.maxBallot) "
                + "and would need a higher one (not checked: raise --max-ballot)"
        }
        print(line)
        return false
    }

    private func write(_ schedule: some ModelSchedule) throws {
        guard let out else { return }
        let text = schedule.recordingLines().joined(separator: "\n") + "\n"
        guard FileManager.default.createFile(atPath: out, contents: Data(text.utf8)) else {
            throw UserError("cannot write \(out)")
        }
        print("written to \(out): replay with `beatpaxos simulate --player \(out)` or `beatpaxos play --replay \(out)`")
    }
}
