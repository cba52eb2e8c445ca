import GameCore

/// What the exhaustive checker says about the levels, computed off the main thread and kept for the session:
/// its verdict on the real protocol (per node count) and its shortest break of each broken level, of either protocol.
///
/// One per protocol for the whole run of the window, handed from game to game, so switching protocols back and
/// forth never starts the same search twice.
public final class LevelChecks<P: Playable> {
    /// A search's outcome: nil inside when the checker found no break.
    struct Found: Sendable {
        let levelBreak: LevelBreak<P>?
    }

    private var verdictJobs: [Int: BackgroundJob<ProofVerdict>] = [:]
    private var verdicts: [Int: ProofVerdict] = [:]
    /// Each running verdict's progress, by node count.
    private(set) var verdictProgress: [Int: CheckerProgress] = [:]
    private var searchJobs: [P.Rules.Variant: BackgroundJob<Found>] = [:]
    private(set) var breaks: [P.Rules.Variant: Found] = [:]
    /// When the pane last showed the checker's progress (session wall-clock ms).
    var progressShownAt = -Double.infinity

    public init() {}

    /// Starts checking the real protocol with this many nodes, once.
    func startVerdict(nodeCount: Int) {
        guard verdicts[nodeCount] == nil, verdictJobs[nodeCount] == nil else { return }
        let progress = CheckerProgress()
        verdictProgress[nodeCount] = progress
        // Stage by stage, so the pane has a verdict within a second and a stronger one later.
        verdictJobs[nodeCount] = BackgroundJob(serial: true) {
            let stages = P.verdictStages(nodeCount: nodeCount)
            var last: ProofVerdict?
            for bound in stages {
                progress.begin(bound: bound)
                let verdict = P.verdict(nodeCount: nodeCount, bound: bound) { progress.states($0) }
                progress.finish(verdict)
                last = verdict
                if verdict.broken { break }
            }
            return last ?? P.verdict(nodeCount: nodeCount, bound: 1) { _ in }
        }
    }

    func verdict(nodeCount: Int) -> ProofVerdict? { verdicts[nodeCount] }

    /// Starts looking for the shortest break of a level (three nodes), once.
    func startSearch(_ variant: P.Rules.Variant) {
        guard breaks[variant] == nil, searchJobs[variant] == nil else { return }
        searchJobs[variant] = BackgroundJob { Found(levelBreak: P.shortestBreak(of: variant)) }
    }

    func isSearching(_ variant: P.Rules.Variant) -> Bool { searchJobs[variant] != nil }

    /// Whether any checker thread is still running.
    var isBusy: Bool { !verdictJobs.isEmpty || !searchJobs.isEmpty }

    /// Collects finished work; returns the searches that finished now, so the session can act on them.
    func collect() -> [P.Rules.Variant] {
        for (count, job) in verdictJobs.sorted(by: { $0.key < $1.key }) {
            guard let result = job.result else { continue }
            verdicts[count] = result
            verdictJobs[count] = nil
            verdictProgress[count] = nil
        }
        var finished: [P.Rules.Variant] = []
        for variant in P.Rules.Variant.allCases {
            guard let job = searchJobs[variant], let found = job.result else { continue }
            breaks[variant] = found
            searchJobs[variant] = nil
            finished.append(variant)
        }
        return finished
    }
}
