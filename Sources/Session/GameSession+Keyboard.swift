import GameCore

/// The mouse's actions from the keyboard: a focused node (Tab / Shift+Tab), Enter to crash or recover it, and a
/// key that holds it while it is down. They perform exactly the actions the mouse's gestures do.
extension PlaySession {
    func moveFocus(by step: Int) {
        let count = config.rules.nodeCount
        guard count > 0 else { return }
        if let focused = focusedNode {
            focusedNode = ((focused + step) % count + count) % count
        } else {
            focusedNode = step >= 0 ? 0 : count - 1
        }
        eventRevision &+= 1
    }

    /// Enter: crashes the focused node, or recovers it if it is down (a double-click's action).
    func crashOrRecoverFocused() {
        guard let node = focusedNode ?? firstFocus() else { return }
        act(game.nodes[node].isAlive ? .kill(node) : .recover(node))
    }

    /// The hold key went down: the focused node freezes until the key comes up (a press and hold's action).
    func holdFocused() {
        guard keyHeldNode == nil, let node = focusedNode ?? firstFocus(), game.nodes[node].isAlive, !game.nodes[node].isHeld
        else { return }
        guard !showMeIsPlaying else { return act(.hold(node)) }
        keyHeldNode = node
        perform(.hold(node))
    }

    /// The hold key came up.
    public func releaseKeyHold() {
        guard let node = keyHeldNode else { return }
        keyHeldNode = nil
        // A node crashed while held is no longer held: there is nothing to release.
        if game.nodes.indices.contains(node), game.nodes[node].isHeld { perform(.release(node)) }
    }

    /// Without a focus yet, the first Enter or hold key only selects the first node and says what the next does:
    /// a key pressed out of habit (Enter after the welcome card) must not crash a node.
    private func firstFocus() -> NodeID? {
        guard config.rules.nodeCount > 0 else { return nil }
        focusedNode = 0
        eventRevision &+= 1
        showToast("\(NodeNames.title(0)) selected (Tab moves on): \(Controls.keys(for: .crashOrRecover)) crashes or recovers it, hold K to hold it.",
                  seconds: 3)
        return nil
    }

    /// R in a round in progress asks first; a second R within 3 s restarts.
    func askToRestart() -> Bool {
        let inProgress = game.now > 0 && overlay == nil
        if inProgress, restartAskedAt.map({ wallMs - $0 > 3_000 }) ?? true {
            restartAskedAt = wallMs
            showToast("Press R again to restart: this game will be discarded", seconds: 3)
            return false
        }
        restartAskedAt = nil
        return true
    }
}
