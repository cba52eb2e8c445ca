import GameCore

/// The mouse: presses on a card, and gestures on the board turned into the player's actions.
extension PlaySession {
    /// Feeds one pointer input through the gesture recognizer and acts on what it recognises.
    /// While a card is up a press answers the card instead: it starts the game or closes help.
    public func pointer(_ input: PointerInput) {
        if case .down = input, let overlay {
            switch overlay {
            case .welcome: start()
            case .help: self.overlay = nil
            case .brokeIt, .brokePaxos: break
            }
            return
        }
        if timelinePointer(input) { return }
        // The large diagram covers the nodes: a press on it is no gesture on a node hidden under it.
        if diagramMode == .board, case .down = input { return }
        let layout = self.layout
        for gesture in play.recognizer.handle(input, hit: { layout.node(atX: $0, y: $1) }) {
            switch gesture {
            case .doubleClick(let node):
                act(game.nodes[node].isAlive ? .kill(node) : .recover(node))
            case .holdBegan(let node):
                act(.hold(node))
            case .holdEnded(let node):
                // A node killed while held is no longer held: there is nothing to release.
                if game.nodes[node].isHeld { perform(.release(node)) }
            case .click:
                break
            }
        }
    }
}
