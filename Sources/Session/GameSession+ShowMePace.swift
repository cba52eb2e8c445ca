import GameCore

/// Show me at a pace a class can follow: every step ends with a still moment (`Counterexample.pauseMs`), and
/// in lecture mode the checker's break also waits before each step until the teacher presses N.
extension PlaySession {
    /// Whether lecture mode holds Show me before the replay's next step.
    public var waitsForShowMeStep: Bool {
        lecture && showingBreak != nil && isReplaying && play.releasedAction != play.history.actionsDone
    }

    /// "step 3 of 9": the checker's step the replay performs next, counting actions at one time as one step.
    public var nextShowMeStep: (number: Int, of: Int)? {
        guard showingBreak != nil, isReplaying else { return nil }
        let times = play.history.actions.map(\.time)
        let next = times[play.history.actionsDone]
        return (Set(times.filter { $0 <= next }).count, Set(times).count)
    }

    /// Keeps the game clock just short of the next step while lecture mode waits for N.
    func holdAtShowMeStep() {
        if waitsForShowMeStep, play.showMeStepQueued {
            play.showMeStepQueued = false
            play.releasedAction = play.history.actionsDone
        }
        guard waitsForShowMeStep else { return }
        let next = play.history.actions[play.history.actionsDone].time
        play.renderTime = min(play.renderTime, Double(max(play.history.now, next - 1)))
    }

    /// N during a step of lecture mode's Show me, before it waits again: kept for the next step (one at most,
    /// so a burst of presses never skips steps the class has not seen).
    func queueShowMeStep() {
        play.showMeStepQueued = true
    }

    /// N in a held Show me: the next step may happen.
    func releaseShowMeStep() {
        play.releasedAction = play.history.actionsDone
        paused = false
        runGame()
    }

    /// While the break waits for N, the caption ends by saying which step comes next.
    var showMePrompt: String? {
        guard waitsForShowMeStep, let step = nextShowMeStep,
              play.renderTime >= Double(play.history.actions[play.history.actionsDone].time - 1) else { return nil }
        return "Press N for step \(step.number) of \(step.of)."
    }
}
