import GameCore

/// What each `SessionCommand` does; `Controls` says which keys send it and when.
extension GameSession {
    public func handle(_ command: SessionCommand) {
        switch command {
        case .quit:
            quitRequested = true
        case .closeCard:
            if overlay == .welcome { quitRequested = true } else { overlay = nil }
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
            overlay = nil
            restart()
            showToast("Restarted: seed \(config.seed), \(config.rules.variant.title)")
        case .nextLevel:
            cycleSelection()
            guard overlay != .welcome else { return }
            overlay = nil
            restart(variant: selectedVariant)
            showToast("Level: \(config.rules.variant.title). \(config.rules.variant.missingRule)", seconds: 4)
        case .start:
            start()
        case .travel(let move):
            travel(move)
        case .toggleDiagram(let mode):
            toggleDiagram(mode)
        case .export:
            exportRound()
        case .pickLevel(let index):
            if Variant.allCases.indices.contains(index) { select(variant: Variant.allCases[index]) }
        }
    }
}
