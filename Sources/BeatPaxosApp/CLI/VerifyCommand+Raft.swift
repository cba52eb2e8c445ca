import ArgumentParser
import Foundation
import GameCore
import Session

/// `verify --protocol raft`: the Raft explorer over the game's own Raft handlers, printed as Paxos's check is.
extension VerifyCommand {
    /// The highest term a state key holds is far above anything that finishes; this keeps the tables small.
    static let maxTermLimit = 20

    /// Paxos's tuning flags mean nothing to the Raft explorer: say so rather than ignore them.
    func validateRaft() throws {
        if let maxTerm, !(1...Self.maxTermLimit).contains(maxTerm) {
            throw ValidationError("--max-term must be between 1 and \(Self.maxTermLimit), not \(maxTerm)")
        }
        let paxosOnly = [(maxBallot != nil, "--max-ballot (Raft takes --max-term)"), (threads != nil, "--threads"),
                         (countsNodeStates, "--node-states"),
                         (noShortcuts, "--no-shortcuts")]
        if let (_, flag) = paxosOnly.first(where: { $0.0 }) {
            throw ValidationError("\(flag) is for --protocol paxos only")
        }
    }

    /// What one explored state costs, measured at terms up to 3 (288 MB peak for 563,429 states), with room to
    /// spare: the explorer keeps no count of its own memory, so a state limit stands in for it.
    static let bytesPerState = 600

    /// The largest bounds that finish within a minute on two cores: terms up to 3 with 3 nodes (every node
    /// stands once; 563,429 states, 18 to 23 s on a shared machine), up to 1 with 5 nodes (12,545 states, a
    /// second). Terms up to 4, where Red stands twice, take about four minutes and 1.4 GB (4,042,637 states).
    /// A broken level needs two proposers to break, so its default is terms up to 2 whatever the node count.
    var raftBound: Term {
        if let maxTerm { return maxTerm }
        if raftLevel != .raft { return 2 }
        return nodeCount == 3 ? 3 : 1
    }

    var raftLevel: RaftVariant { variant.flatMap(RaftVariant.init(rawValue:)) ?? .raft }

    /// Says what the default bound covers, so nobody takes it for more than it is.
    private var defaultBoundNote: String? {
        guard maxTerm == nil, raftLevel == .raft else { return nil }
        return nodeCount == 3
            ? "(the default bound, the largest that finishes within a minute: every node stands once; --max-term 4, where Red stands twice, takes about four minutes and 1.4 GB)"
            : "(the default bound, the largest that finishes within a minute: only Red stands; --max-term 2 takes minutes)"
    }

    func runRaft() throws {
        let level = raftLevel
        let rules = RaftRules(nodeCount: nodeCount, variant: level)
        let bound = raftBound
        print("Checking raft (\(level.rawValue)) with \(nodeCount) nodes, terms up to \(bound)...")
        if let defaultBoundNote { print(defaultBoundNote) }
        let started = DispatchTime.now().uptimeNanoseconds
        func seconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }
        let memory = maxMemory ?? .halfOfAvailable
        let memoryStates = max(1, memory.bytes / Self.bytesPerState)
        let explorer = RaftExplorer(rules: rules, maxTerm: bound, stateLimit: min(maxStates ?? .max, memoryStates))
        let result = explorer.run { states, transitions, depth in
            let took = seconds()
            let rate = took > 0 ? Int(Double(states) / took) : states
            FileHandle.standardError.write(Data(("  depth \(depth): \(states) states, \(transitions) transitions, "
                + "\(String(format: "%.1f", took)) s, \(rate) states/s, peak memory \(PeakMemory.text)\n").utf8))
        }
        let took = seconds()
        if !result.complete, result.violations.isEmpty, result.states >= memoryStates, maxStates ?? .max > memoryStates {
            throw UserError("stopped after \(result.states) states, about \(memory.text) of memory (--max-memory); "
                            + "try a smaller --max-term")
        }
        let rate = took > 0 ? Int(Double(result.states) / took) : result.states
        print("states: \(result.states), transitions: \(result.transitions), depth: \(result.depth), "
              + "seconds: \(String(format: "%.2f", took)), states/s: \(rate)")
        let violation = result.violations.first { $0.invariant == .agreement } ?? result.violations.first
        guard let violation else {
            if result.complete {
                print("safety: no violation: every one of \(result.states) reachable states keeps "
                      + RaftInvariant.allCases.map(\.title).joined(separator: ", "))
            } else {
                print("safety: no violation in the first \(result.states) states (stopped at --max-states: not a proof)")
            }
            return
        }
        for other in result.violations where other.invariant != violation.invariant {
            print("\(other.invariant.title) breaks first, after \(other.steps.count) steps.")
        }
        print("safety: violation of \(violation.invariant.title) in \(violation.steps.count) steps:")
        for line in violation.narration { print("  \(line)") }
        if let out {
            let text = violation.recordingLines().joined(separator: "\n") + "\n"
            guard FileManager.default.createFile(atPath: out, contents: Data(text.utf8)) else {
                throw UserError("cannot write \(out)")
            }
            print("written to \(out): replay with `beatpaxos play --replay \(out)` (in the window) or `beatpaxos simulate --replay \(out)`")
        }
        throw ExitCode(1)
    }
}
