/// A key as the controls name it, whatever the keyboard layout's codes: the window turns its key events into
/// these (the keypad's +, -, . and Enter count as the main ones).
public enum Key: Hashable, Sendable {
    /// A letter, lower case.
    case letter(Character)
    /// A digit on the top row (0 too: Ctrl+0 resets the zoom).
    case digit(Int)
    case space, enter, escape, f11, pageUp, pageDown, tab, up, down
    case plus, minus, equals, underscore, period, slash, question
    /// Time travel's keys.
    case left, right, home
}

/// A key with the modifiers held down when it was pressed.
public struct KeyPress: Hashable, Sendable {
    public let key: Key
    public let ctrl: Bool
    public let shift: Bool

    public init(_ key: Key, ctrl: Bool = false, shift: Bool = false) {
        self.key = key
        self.ctrl = ctrl
        self.shift = shift
    }

    /// Whether this press is `pattern`: the same key with at least its modifiers (extra modifiers are allowed,
    /// so Shift+R still restarts).
    func matches(_ pattern: KeyPress) -> Bool {
        key == pattern.key && (ctrl || !pattern.ctrl) && (shift || !pattern.shift)
    }
}
