import GameCore

/// What each `SessionCommand` does; `Controls` says which keys send it and when.
extension PlaySession {
    public func handle(_ command: SessionCommand) {
        if let card = overlay, card != .welcome, !command.worksOverCards {
            // Enter answers a card as Esc does (people press it to close one); no other key reaches the game.
            if command == .crashOrRecover { handle(.closeCard) }
            return
        }
        switch command {
        case .quit:
            quitRequested = true
        case .closeCard:
            if overlay == nil, showMeIsPlaying { return stopShowMe() }
            // On the welcome card Esc does nothing: a stray press must not end a demo (Ctrl+Q quits).
            // From the level chooser (L) in a game under way, Esc goes back to that game.
            if overlay != .welcome || game.now > 0 {
                if overlay == .welcome { selectedVariant = config.rules.variant }
                // Under Show me's card the schedule has ended: without a word the board would look frozen.
                if overlay == .brokeIt, showingBreak != nil {
                    showToast("Show me has ended: the checker's schedule makes no more moves. "
                              + "\(Controls.keys(for: .restart)) plays it again, \(Controls.keys(for: .chooseLevel)) picks a level.", seconds: 8)
                }
                overlay = nil
            }
        case .toggleFullscreen:
            break
        case .toggleHelp:
            overlay = overlay == .help ? nil : .help
        case .togglePause:
            paused.toggle()
        case .faster:
            changeSpeed(by: 1)
        case .slower:
            changeSpeed(by: -1)
        case .showMe:
            if overlay == .welcome { start() }
            showMe()
        case .restart:
            guard askToRestart() else { return }
            overlay = nil
            restart()
            showToast("Restarted: seed \(config.seed), \(P.levelTitle(config.rules.variant))")
        case .nextLevel:
            cycleSelection()
            guard overlay != .welcome else { return }
            overlay = nil
            restart(variant: selectedVariant)
            showToast("Level: \(P.levelTitle(config.rules.variant)). \(P.missingRule(config.rules.variant))", seconds: 4)
        case .start:
            start()
        case .travel(let move):
            travel(move)
        case .toggleDiagram(let mode):
            toggleDiagram(mode)
        case .export:
            exportRound()
        case .pickLevel(let index):
            let all = Array(P.Rules.Variant.allCases)
            if all.indices.contains(index) { select(variant: all[index]) }
        case .previousLevel:
            let all = Array(P.Rules.Variant.allCases)
            let index = all.firstIndex(of: selectedVariant) ?? 0
            selectedVariant = all[(index + all.count - 1) % all.count]
        case .chooseLevel:
            selectedVariant = config.rules.variant
            overlay = .welcome
        case .zoomIn:
            changeZoom(by: 1)
        case .zoomOut:
            changeZoom(by: -1)
        case .zoomReset:
            resetZoom()
        case .toggleLecture:
            toggleLecture()
        case .togglePalette:
            togglePalette()
        case .focusNext:
            moveFocus(by: 1)
        case .focusPrevious:
            moveFocus(by: -1)
        case .crashOrRecover:
            crashOrRecoverFocused()
        case .holdFocused:
            holdFocused()
        case .nextRound:
            nextRound()
        case .switchProtocol:
            protocolSwitchRequested = true
        }
    }
}
