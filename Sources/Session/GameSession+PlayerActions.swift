import GameCore

/// The player's own crashes, recoveries and holds, from the mouse or the keyboard.
extension PlaySession {
    /// Whether the checker's break is playing ("Show me") with moves still to come.
    var showMeIsPlaying: Bool { showingBreak != nil && isReplaying }

    /// Performs the player's action, except while Show me plays: a move of the player's would start a new branch
    /// and cut the checker's break short in front of the class, so it is refused with a word on how to stop it.
    func act(_ action: PlayerAction) {
        guard !showMeIsPlaying else {
            let stop = Controls.keys(for: .closeCard)
            showToast("Show me is playing the checker's moves: wait for its end, or press \(stop) to stop it.", seconds: 3)
            return
        }
        perform(action)
    }

    /// Esc during Show me: the level starts again as the player's own game.
    func stopShowMe() {
        load(GameSetup<P>(seed: config.seed, nodeCount: config.rules.nodeCount, variant: config.rules.variant,
                          timing: config.timing), replay: Replay())
        showToast("Show me stopped. \(Controls.keys(for: .showMe)) plays it again.", seconds: 3)
    }
}

extension SessionCommand {
    /// Whether the key works while a help or result card is up. The cards offer these (close, restart, levels,
    /// Show me, help) and the view's own keys; anything else would change the game hidden under the card.
    var worksOverCards: Bool {
        switch self {
        case .quit, .closeCard, .toggleFullscreen, .toggleHelp, .zoomIn, .zoomOut, .zoomReset, .toggleLecture,
             .togglePalette, .restart, .chooseLevel, .nextLevel, .previousLevel, .pickLevel, .showMe, .start:
            return true
        case .togglePause, .faster, .slower, .travel, .toggleDiagram, .export, .focusNext, .focusPrevious,
             .crashOrRecover, .holdFocused, .nextRound, .switchProtocol:
            return false
        }
    }
}
