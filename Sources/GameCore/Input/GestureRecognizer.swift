/// Turns pointer inputs into clicks, double-clicks and holds on nodes. Pure and deterministic.
///
/// A press becomes a hold only after `holdThresholdMs` with the pointer still on the same box.
/// The second press of a double-click never becomes a hold, and a plain click may have equal
/// down and up times: no minimum press length is ever required.
public struct GestureRecognizer: Sendable {
    public static let defaultHoldThresholdMs = 300

    public let holdThresholdMs: Int

    private enum Press: Sendable {
        /// Pressed, not yet long enough to be a hold.
        case pending(node: NodeID, since: Int)
        case holding(node: NodeID)
        /// The second press of a double-click: it is spent, whatever happens until release.
        case spent
    }

    private var press: Press?
    /// The node of the last press that ended as a plain click: a double-click must follow one.
    private var lastClickNode: NodeID?

    public init(holdThresholdMs: Int = GestureRecognizer.defaultHoldThresholdMs) {
        self.holdThresholdMs = max(0, holdThresholdMs)
    }

    /// Whether a hold is in progress, and on which node.
    public var heldNode: NodeID? {
        if case .holding(let node) = press { return node }
        return nil
    }

    /// When a pending press becomes a hold if the pointer stays put, so an idle frame loop knows when to wake.
    public var holdDueAt: Int? {
        if case .pending(_, let since) = press { return since + holdThresholdMs }
        return nil
    }

    /// Feeds one input; `hit` says which node's box (if any) holds a point.
    public mutating func handle(_ input: PointerInput, hit: (Double, Double) -> NodeID?) -> [Gesture] {
        switch input {
        case let .down(x, y, time, clicks):
            return pressed(on: hit(x, y), time: time, clicks: clicks)
        case let .up(x, y, time):
            return released(moved: (x, y), time: time, hit: hit)
        case let .move(x, y, time):
            return moved(to: hit(x, y), time: time)
        case .tick(let time):
            return ticked(time)
        case .leave:
            return endPress(asClick: false)
        }
    }

    private mutating func pressed(on node: NodeID?, time: Int, clicks: Int) -> [Gesture] {
        // A press without a release in between (a lost up event) ends the old one first.
        var gestures = endPress(asClick: false)
        guard let node else {
            lastClickNode = nil
            return gestures
        }
        if clicks >= 2, lastClickNode == node {
            lastClickNode = nil
            press = .spent
            gestures.append(.doubleClick(node))
        } else {
            press = .pending(node: node, since: time)
        }
        return gestures
    }

    private mutating func released(moved point: (Double, Double), time: Int, hit: (Double, Double) -> NodeID?) -> [Gesture] {
        var gestures = ticked(time)
        if case .pending(let node, _) = press, hit(point.0, point.1) != node {
            press = nil
            lastClickNode = nil
            return gestures
        }
        gestures += endPress(asClick: true)
        return gestures
    }

    private mutating func moved(to node: NodeID?, time: Int) -> [Gesture] {
        var gestures = ticked(time)
        switch press {
        case .pending(let pressed, _) where node != pressed:
            press = nil
            lastClickNode = nil
        case .holding(let held) where node != held:
            gestures += endPress(asClick: false)
        default:
            break
        }
        return gestures
    }

    private mutating func ticked(_ time: Int) -> [Gesture] {
        guard case .pending(let node, let since) = press, time - since >= holdThresholdMs else { return [] }
        press = .holding(node: node)
        lastClickNode = nil
        return [.holdBegan(node)]
    }

    /// Ends the current press: a hold ends, a short press is a click if it ended by a release.
    private mutating func endPress(asClick: Bool) -> [Gesture] {
        defer { press = nil }
        switch press {
        case .holding(let node):
            return [.holdEnded(node)]
        case .pending(let node, _) where asClick:
            lastClickNode = node
            return [.click(node)]
        case .pending:
            lastClickNode = nil
            return []
        case .spent, nil:
            return []
        }
    }
}
