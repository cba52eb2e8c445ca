import GameCore
import Testing
@testable import Session

/// What the window writes is plain text a class reads: no backticks, asterisks or tags left from markdown.
@Suite("On-screen text")
struct OnScreenTextTests {
    static let markup = ["`", "**", "__", "<b>", "</", "[[", "]]"]

    static func expectPlain(_ text: String, _ source: String) {
        for mark in markup {
            #expect(!text.contains(mark), "\(source) contains \(mark): \(text)")
        }
    }

    @Test("the help card, pane and welcome card lines carry no markup")
    func controlsPlain() {
        for line in Controls.helpLines + Controls.mouseHelp + [Controls.paneLine, Controls.welcomeFooter, Controls.levelKeys,
                                                              Controls.mouseBrief] {
            Self.expectPlain(line, "controls")
        }
    }

    @Test("each level's missing rule, title and lesson carry no markup", arguments: Variant.allCases)
    func levelsPlain(variant: Variant) {
        for text in [variant.title, variant.missingRule, variant.howPaxosPreventsIt] {
            Self.expectPlain(text, variant.rawValue)
        }
    }

    @Test("a game's log, toasts, banners, pane line and Show me caption carry no markup", arguments: Variant.allCases)
    func playedTextPlain(variant: Variant) throws {
        let session = try makeSession(variant: variant)
        var adversary = RandomAdversary(seed: 4)
        var game = session.game
        var actions: [TimedAction] = []
        game.play(&adversary, upTo: 90_000) { step, game in
            if let action = step.action { actions.append(TimedAction(time: game.now, action: action)) }
            return false
        }
        let replayed = try makeSession(variant: variant, replay: actions)
        for _ in 0..<90 {
            replayed.run(forMs: 1_000)
            for text in [replayed.toast?.text, replayed.banner?.text, replayed.checkerLine, replayed.showMeCaption].compactMap({ $0 }) {
                Self.expectPlain(text, "\(variant) at \(replayed.game.now) ms")
            }
        }
        for line in replayed.logText { Self.expectPlain(line, "\(variant) log") }
    }
}
