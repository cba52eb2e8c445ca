import GameCore

/// Time travel in the window: the lecture keys, the timeline bar, and branching when the player acts in the past.
/// The game at the playhead (`history.game`) is what every part of the window shows.
extension PlaySession {
    /// How long a step's tween lasts, in wall ms.
    public static var tweenMs: Double { 400 }

    /// Left, Right, Shift+Left, Shift+Right, Home: moves the playhead, pausing, and says where on stdout.
    public func travel(_ move: TimeTravel) {
        // An N kept for Show me's next step belongs to the moment it was pressed, not to wherever the clock goes.
        play.showMeStepQueued = false
        guard overlay == nil || overlay == .help else { return }
        finishTween()
        paused = true
        let before = game.flights
        guard let result = play.history.travel(move) else {
            showToast(move == .stepBack || move == .roundStart ? "Nothing earlier: this is the start." : "Nothing more happens.", seconds: 1.5)
            return
        }
        say(result.line)
        arrive(at: result)
        if move == .stepForward, !before.isEmpty {
            play.travel.tween = TravelState.Tween(from: result.from, to: result.to, flights: before)
            play.renderTime = Double(result.from)
            refreshFlights()
        }
    }

    /// Whether the board moves by itself this frame: a step's tween is playing.
    public var isTweening: Bool { play.travel.tween != nil }

    /// Bumped whenever the playhead jumps (a step, a rewind, a scrub) or a branch starts.
    public var travelRevision: Int { play.travel.revision }

    // MARK: The timeline bar

    /// The stretch of game time the timeline bar spans: the round at the playhead, up to its end or as far as
    /// this branch was played (at least ten seconds, so a young round does not fill the bar at once).
    public var timelineSpan: (start: Tick, end: Tick) {
        if let span = play.travel.scrubSpan { return span }
        let round = play.history.currentRoundSpan
        let end = round.end ?? max(play.history.frontier, play.history.now)
        return (round.start, max(end, round.start + 10_000))
    }

    /// The marks on the timeline bar: faults, crowns gained and lost, decisions, in the span.
    public var timelineMarks: [TimelineMark] {
        let span = timelineSpan
        return play.history.marks(from: span.start, to: span.end)
    }

    /// The time under a point of the timeline bar.
    func timelineTime(atX x: Double) -> Tick {
        let bar = layout.timeline
        let span = timelineSpan
        guard bar.w > 0 else { return span.start }
        let fraction = min(1, max(0, (x - bar.x) / bar.w))
        return span.start + Tick((Double(span.end - span.start) * fraction).rounded())
    }

    /// Takes pointer input aimed at the timeline bar: a press on it starts a drag that scrubs until the button
    /// is let go, and none of it reaches the node gestures. Returns whether the input was the bar's.
    func timelinePointer(_ input: PointerInput) -> Bool {
        switch input {
        case .down(let x, let y, _, _):
            guard overlay == nil, layout.timeline.contains(x: x, y: y) else { return false }
            finishTween()
            paused = true
            play.travel.scrubFrom = play.history.now
            play.travel.scrubSpan = timelineSpan
            scrub(toMs: timelineTime(atX: x))
            return true
        case .move(let x, _, _):
            guard play.travel.scrubFrom != nil else { return false }
            scrub(toMs: timelineTime(atX: x))
            return true
        case .up(let x, _, _):
            guard play.travel.scrubFrom != nil else { return false }
            scrub(toMs: timelineTime(atX: x))
            endScrub()
            return true
        case .leave:
            guard play.travel.scrubFrom != nil else { return false }
            endScrub()
            return true
        case .tick:
            return false
        }
    }

    /// Puts the playhead at `ms` quietly (a drag says where it ended when it ends).
    func scrub(toMs ms: Tick) {
        guard ms != play.history.now, let result = play.history.travel(.seek(ms)) else { return }
        arrive(at: result)
    }

    private func endScrub() {
        guard let from = play.travel.scrubFrom else { return }
        play.travel.scrubFrom = nil
        play.travel.scrubSpan = nil
        let now = play.history.now
        guard now != from else { return }
        say("\(now < from ? "rewind" : "forward") to \(Seconds.text(now)) s on the timeline")
    }

    // MARK: Inside

    /// Shows the game at the playhead after a move: going forward the events passed are taken in as if played;
    /// going back everything drawn from the past (log, effects, banner) is rebuilt from it.
    private func arrive(at result: TimedTravelResult<P.Event>) {
        if result.wentBack {
            rebuildFromPast()
        } else {
            take(PlayedStep(events: result.played, after: game))
        }
        play.renderTime = Double(play.history.now)
        play.travel.revision &+= 1
        endBatch()
    }

    private func rebuildFromPast() {
        let past = play.history.past
        var lines: [LogLine] = []
        for event in past.reversed() where lines.count < Self.logLength {
            lines.append(contentsOf: logLines(event).reversed())
        }
        play.log = lines.reversed()
        play.drops = []
        play.banner = nil
        if let result = play.breakResult, Tick(result.seconds * 1000) > play.history.now {
            play.breakResult = nil
            if overlay == .brokeIt { overlay = nil }
        }
        eventRevision &+= 1
        paneChanged()
    }

    /// The log's lines for an event: its sentence, and on a broken level a note when it is the moment the
    /// missing rule is used. Sends and deliveries are shown as messages, not logged.
    func logLines(_ event: TimedEvent<P.Event>) -> [LogLine] {
        if event.kind.isTraffic { return [] }
        let line = LogLine(time: event.time, text: event.kind.sentence, node: event.kind.node)
        guard let paxos, let kind = event.kind as? EventKind, let note = paxos.missingRuleLine(kind) else { return [line] }
        return [line, LogLine(time: event.time, text: note, node: nil)]
    }

    /// Moves a step's tween on by a frame; at its end the messages are drawn at the game's own time again.
    func advanceTween(wallDeltaMs: Double) {
        guard var tween = play.travel.tween else { return }
        tween.elapsedMs += wallDeltaMs
        guard tween.elapsedMs < Self.tweenMs else {
            finishTween()
            return
        }
        play.travel.tween = tween
        let t = tween.elapsedMs / Self.tweenMs
        play.renderTime = Double(tween.from) + Double(tween.to - tween.from) * t
    }

    func finishTween() {
        guard play.travel.tween != nil else { return }
        play.travel.tween = nil
        play.renderTime = Double(play.history.now)
        play.travel.revision &+= 1
        refreshFlights()
    }

    /// After the player acted in the past: the recording is rewritten to hold this branch only.
    func branched() {
        play.travel.revision &+= 1
        guard let recorder = play.recorder else { return }
        recorder.rewrite(play.history.recordingText())
        play.recordedEvents = play.history.events.count
    }

    /// Writes the events of this branch the recording does not hold yet (replaying a stretch already played,
    /// after a rewind, adds nothing).
    func writeRecording() {
        guard let recorder = play.recorder else { return }
        let events = play.history.events
        guard events.count > play.recordedEvents else { return }
        recorder.write(Array(events[play.recordedEvents...]))
        play.recordedEvents = events.count
    }

    /// The narration of a replayed action, while the branch still follows the replay.
    func narration(forAction index: Int) -> String? {
        let actions = play.history.actions
        guard play.replay.actions.indices.contains(index), actions.indices.contains(index),
              actions[index] == play.replay.actions[index] else { return nil }
        return play.replay.sentence(index)
    }
}
