/// A countdown that can pause (a held node, or no majority to make progress) and resume where it stopped.
public struct PausableTimer: Hashable, Sendable {
    /// When it fires, while running.
    public private(set) var deadline: Tick?
    /// What is left, while paused.
    public private(set) var remaining: Tick?

    public init() {}

    public var isArmed: Bool { deadline != nil || remaining != nil }
    public var isRunning: Bool { deadline != nil }

    /// Arms it to fire after `duration`, paused until `resume`.
    public mutating func arm(_ duration: Tick) {
        deadline = nil
        remaining = duration
    }

    public mutating func disarm() {
        deadline = nil
        remaining = nil
    }

    public mutating func pause(now: Tick) {
        guard let due = deadline else { return }
        remaining = max(0, due - now)
        deadline = nil
    }

    public mutating func resume(now: Tick) {
        guard let left = remaining else { return }
        deadline = now + left
        remaining = nil
    }

    /// Sets it running or paused, as `running` says.
    public mutating func run(_ running: Bool, now: Tick) {
        if running { resume(now: now) } else { pause(now: now) }
    }

    /// How much is left at `now`, running or not.
    public func left(now: Tick) -> Tick? {
        if let due = deadline { return max(0, due - now) }
        return remaining
    }
}
