import GameCore

/// Choosing, starting and restarting levels.
extension PlaySession {
    /// The welcome card's level choice.
    func select(variant: P.Rules.Variant) { selectedVariant = variant }

    func cycleSelection() {
        let all = Array(P.Rules.Variant.allCases)
        let index = all.firstIndex(of: selectedVariant) ?? 0
        selectedVariant = all[(index + 1) % all.count]
    }

    /// Leaves the welcome card and plays the level chosen on it.
    public func start() {
        if selectedVariant != config.rules.variant { restart(variant: selectedVariant) }
        overlay = nil
    }

    /// Starts a new game, same seed and nodes, on `variant`; without one, the same game again (a replay replays).
    public func restart(variant: P.Rules.Variant? = nil) {
        if let variant, variant != config.rules.variant {
            selectedVariant = variant
            load(GameSetup<P>(seed: config.seed, nodeCount: config.rules.nodeCount, variant: variant, timing: config.timing),
                 replay: Replay())
        } else {
            load(config, replay: play.replay.rewound)
        }
    }

    /// Starts over on `config`, playing `replay`: the whole per-game state is replaced at once.
    func load(_ config: GameSetup<P>, replay: Replay) {
        // The checker's break stays marked when its own replay restarts.
        let keepsBreak = config.rules.variant == self.config.rules.variant && !replay.actions.isEmpty
        // The old recording is closed before the new one truncates the same file.
        play.recorder = nil
        var recorder: RecordingWriter?
        if let recordPath {
            recordedGame += 1
            let path = RecordingNumbering.path(recordPath, game: recordedGame)
            recorder = try? RecordingWriter(path: path, config: config)
            showToast(recorder == nil ? "Cannot write the recording \(path)" : "Recording this game to \(path)")
        }
        play = PlayState(config: config, replay: replay, recorder: recorder, showingBreak: keepsBreak ? showingBreak : nil)
        selectedVariant = config.rules.variant
        if layout.nodeCount != config.rules.nodeCount { relayout() }
        if let focused = focusedNode, focused >= config.rules.nodeCount { focusedNode = nil }
        keyHeldNode = nil
        releasedRound = 0
        eventRevision &+= 1
        consumeEvents()
        levelStarted()
    }

    /// Marks the game as the checker's break of its level (scores are not recorded for it).
    func markShowingBreak() {
        play.showingBreak = config.rules.variant
        paneRevision &+= 1
    }
}
