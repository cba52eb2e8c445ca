import Testing
@testable import GameCore

/// Pointer gestures on nodes: the app's only way to turn the mouse into game actions.
@Suite("Gestures")
struct GestureTests {
    /// Two boxes side by side: node 0 covers x 0..<100, node 1 covers x 100..<200, both y 0..<100.
    static func hit(_ x: Double, _ y: Double) -> NodeID? {
        guard y >= 0, y < 100, x >= 0, x < 200 else { return nil }
        return Int(x / 100)
    }

    static func run(_ inputs: [PointerInput]) -> [Gesture] {
        var recognizer = GestureRecognizer()
        return inputs.flatMap { recognizer.handle($0, hit: hit) }
    }

    @Test("a plain click with equal down and up times is a click, never a hold")
    func instantClick() {
        #expect(Self.run([.down(x: 50, y: 50, time: 1000, clicks: 1), .up(x: 50, y: 50, time: 1000)]) == [.click(0)])
    }

    @Test("a double-click on a node is one double-click gesture")
    func doubleClick() {
        let gestures = Self.run([
            .down(x: 50, y: 50, time: 0, clicks: 1), .up(x: 50, y: 50, time: 60),
            .down(x: 51, y: 50, time: 160, clicks: 2), .up(x: 51, y: 50, time: 220),
        ])
        #expect(gestures == [.click(0), .doubleClick(0)])
    }

    @Test("double-clicking twice toggles: each pair gives its own double-click (kill, then recover)")
    func doubleClickToggles() {
        let pair: (Int) -> [PointerInput] = { t in [
            .down(x: 150, y: 10, time: t, clicks: 1), .up(x: 150, y: 10, time: t + 50),
            .down(x: 150, y: 10, time: t + 150, clicks: 2), .up(x: 150, y: 10, time: t + 200),
        ] }
        let gestures = Self.run(pair(0) + pair(2000)).filter { if case .doubleClick = $0 { true } else { false } }
        #expect(gestures == [.doubleClick(1), .doubleClick(1)])
    }

    @Test("the second press of a double-click held down long is not a hold")
    func doubleClickIsNotAHold() {
        let gestures = Self.run([
            .down(x: 50, y: 50, time: 0, clicks: 1), .up(x: 50, y: 50, time: 50),
            .down(x: 50, y: 50, time: 150, clicks: 2), .tick(time: 900), .up(x: 50, y: 50, time: 1500),
        ])
        #expect(gestures == [.click(0), .doubleClick(0)])
    }

    @Test("a press becomes a hold only once the threshold has passed")
    func holdAfterThreshold() {
        var recognizer = GestureRecognizer(holdThresholdMs: 300)
        #expect(recognizer.handle(.down(x: 10, y: 10, time: 0, clicks: 1), hit: Self.hit) == [])
        #expect(recognizer.handle(.tick(time: 299), hit: Self.hit) == [])
        #expect(recognizer.handle(.tick(time: 300), hit: Self.hit) == [.holdBegan(0)])
        #expect(recognizer.heldNode == 0)
        #expect(recognizer.handle(.up(x: 10, y: 10, time: 2000), hit: Self.hit) == [.holdEnded(0)])
        #expect(recognizer.heldNode == nil)
    }

    @Test("a long press released without any tick still begins and ends its hold")
    func holdWithoutTicks() {
        #expect(Self.run([.down(x: 10, y: 10, time: 0, clicks: 1), .up(x: 10, y: 10, time: 2000)])
                == [.holdBegan(0), .holdEnded(0)])
    }

    @Test("a hold ends when the pointer leaves the box")
    func holdEndsOnLeave() {
        let gestures = Self.run([
            .down(x: 10, y: 10, time: 0, clicks: 1), .tick(time: 400),
            .move(x: 20, y: 20, time: 500), .move(x: 20, y: 150, time: 600), .up(x: 20, y: 150, time: 900),
        ])
        #expect(gestures == [.holdBegan(0), .holdEnded(0)])
    }

    @Test("a hold ends when the pointer leaves the window")
    func holdEndsOnWindowLeave() {
        #expect(Self.run([.down(x: 10, y: 10, time: 0, clicks: 1), .tick(time: 400), .leave(time: 500)])
                == [.holdBegan(0), .holdEnded(0)])
    }

    @Test("a click on one node then another is not a double-click")
    func doubleClickNeedsSameNode() {
        let gestures = Self.run([
            .down(x: 50, y: 50, time: 0, clicks: 1), .up(x: 50, y: 50, time: 40),
            .down(x: 150, y: 50, time: 100, clicks: 2), .up(x: 150, y: 50, time: 140),
        ])
        #expect(!gestures.contains(.doubleClick(1)))
        #expect(!gestures.contains(.doubleClick(0)))
    }

    @Test("a hold followed quickly by a click is not a double-click")
    func holdThenClickIsNotDoubleClick() {
        let gestures = Self.run([
            .down(x: 50, y: 50, time: 0, clicks: 1), .tick(time: 350), .up(x: 50, y: 50, time: 400),
            .down(x: 50, y: 50, time: 450, clicks: 2), .up(x: 50, y: 50, time: 470),
        ])
        #expect(gestures == [.holdBegan(0), .holdEnded(0), .click(0)])
    }

    @Test("presses outside every node do nothing")
    func pressOutside() {
        #expect(Self.run([.down(x: 500, y: 500, time: 0, clicks: 1), .tick(time: 900), .up(x: 500, y: 500, time: 1000)]) == [])
    }

    @Test("a short press that slides off its node is no click")
    func slideOff() {
        #expect(Self.run([.down(x: 50, y: 50, time: 0, clicks: 1), .up(x: 150, y: 50, time: 100)]) == [])
    }

    @Test("a pending press says when it becomes a hold, so an idle frame loop can wake for it; none after it does")
    func holdDueAt() {
        var recognizer = GestureRecognizer()
        #expect(recognizer.holdDueAt == nil)
        _ = recognizer.handle(.down(x: 50, y: 50, time: 1000, clicks: 1), hit: Self.hit)
        #expect(recognizer.holdDueAt == 1000 + GestureRecognizer.defaultHoldThresholdMs)
        _ = recognizer.handle(.tick(time: 1000 + GestureRecognizer.defaultHoldThresholdMs), hit: Self.hit)
        #expect(recognizer.heldNode == 0)
        #expect(recognizer.holdDueAt == nil)
    }
}
