import GameCore

/// One row of the controls: the keys, what they do, where that is said, and the command each key sends.
public struct Control: Sendable {
    /// When the row's keys work: on the welcome card, in the game (any other card included), or always.
    public enum Context: Sendable { case anywhere, welcome, game }
    /// Where the row is written out.
    public enum Place: Sendable { case help, pane, welcomeFooter, levelHeading }

    /// The keys as people read them: "Space or .".
    public let keys: String
    /// What they do, for the help card and the welcome card: "pause and resume".
    public let action: String
    /// The pane's few words, keys included: "Space pause".
    public let brief: String?
    public let context: Context
    public let places: [Place]
    public let bindings: [(press: KeyPress, command: SessionCommand)]

    init(_ keys: String, _ action: String, brief: String? = nil, _ context: Context, on places: [Place],
         _ bindings: [(KeyPress, SessionCommand)]) {
        self.keys = keys
        self.action = action
        self.brief = brief
        self.context = context
        self.places = places
        self.bindings = bindings.map { (press: $0.0, command: $0.1) }
    }

    /// The brief without its keys ("lecture" for "T lecture"): short enough for the welcome card's one line.
    var briefWords: String {
        guard let brief, brief.hasPrefix(keys + " ") else { return action }
        return String(brief.dropFirst(keys.count + 1))
    }

    /// The same command for several keys.
    init(_ keys: String, _ action: String, brief: String? = nil, _ context: Context, on places: [Place],
         _ presses: [KeyPress], _ command: SessionCommand) {
        self.init(keys, action, brief: brief, context, on: places, presses.map { ($0, command) })
    }
}

/// The one table of keys: the window maps key presses to commands through it, and the help card, the pane and
/// the welcome card write the controls from it. A new key is a new row.
public enum Controls {
    public static let table: [Control] = [
        // Checked first: these work everywhere.
        Control("Ctrl+Q", "quit", .anywhere, on: [.help], [KeyPress(.letter("q"), ctrl: true)], .quit),
        Control("Esc", "close a card", .anywhere, on: [.help], [KeyPress(.escape)], .closeCard),
        Control("F11 or F", "fullscreen", .anywhere, on: [.help], [KeyPress(.f11), KeyPress(.letter("f"))], .toggleFullscreen),
        Control("Ctrl+= / Ctrl+-", "zoom in and out (all text, pills and boxes)", .anywhere, on: [.help],
                [KeyPress(.equals, ctrl: true), KeyPress(.plus, ctrl: true)].map { ($0, .zoomIn) }
                    + [KeyPress(.minus, ctrl: true), KeyPress(.underscore, ctrl: true)].map { ($0, .zoomOut) }),
        Control("Ctrl+0", "zoom back to 100 %", .anywhere, on: [.help], [KeyPress(.digit(0), ctrl: true)], .zoomReset),
        Control("T", "lecture mode: large type, a short pane, rounds wait for N", brief: "T lecture", .anywhere,
                on: [.help, .pane, .welcomeFooter], [KeyPress(.letter("t"))], .toggleLecture),
        Control("C", "colour-blind palette (node shapes, distinct colours) or the standard one", brief: "C colours", .anywhere,
                on: [.help, .pane], [KeyPress(.letter("c"))], .togglePalette),
        // The welcome card.
        Control("Click, Enter or Space", "start", .welcome, on: [.welcomeFooter],
                [KeyPress(.enter), KeyPress(.space)], .start),
        Control("S", "show me how to break it", .welcome, on: [.welcomeFooter], [KeyPress(.letter("s"))], .showMe),
        // Ctrl+Q's own row above sends the command; this row only says it on the card (Esc no longer quits).
        Control("Ctrl+Q", "quit", .welcome, on: [.welcomeFooter], [], .quit),
        Control("1-\(Variant.allCases.count)", "pick a level", .welcome, on: [.levelHeading],
                Variant.allCases.indices.map { (KeyPress(.digit($0 + 1)), SessionCommand.pickLevel($0)) }),
        Control("Up / Down", "previous or next level", .welcome, on: [.levelHeading],
                [(KeyPress(.up), .previousLevel), (KeyPress(.down), .nextLevel)]),
        Control("L", "next level", .welcome, on: [], [KeyPress(.letter("l"))], .nextLevel),
        Control("P (level chooser)", "play the other protocol, Paxos or Raft, in the same window", .welcome, on: [.help],
                [KeyPress(.letter("p"))], .switchProtocol),
        // The game.
        Control("Space or .", "pause and resume", brief: "Space pause", .game, on: [.help, .pane],
                [KeyPress(.space), KeyPress(.period)], .togglePause),
        Control("+ / - or Page Down / Page Up", "speed", brief: "+/- speed", .game, on: [.help, .pane],
                [KeyPress(.plus), KeyPress(.equals), KeyPress(.pageDown)].map { ($0, .faster) }
                    + [KeyPress(.minus), KeyPress(.underscore), KeyPress(.pageUp)].map { ($0, .slower) }),
        Control("Tab / Shift+Tab", "select a node (a ring marks it)", brief: "Tab select", .game, on: [.help, .pane],
                [(KeyPress(.tab, shift: true), .focusPrevious), (KeyPress(.tab), .focusNext)]),
        Control("Enter", "crash the selected node, or recover it", brief: "Enter crash/recover", .game, on: [.help, .pane],
                [KeyPress(.enter)], .crashOrRecover),
        Control("K (keep it down)", "hold the selected node: it freezes until you let go", brief: "hold K: hold", .game,
                on: [.help, .pane], [KeyPress(.letter("k"))], .holdFocused),
        Control("N", "next round, or Show me's next step (lecture mode waits for it)", brief: "N next", .game, on: [.help, .pane],
                [KeyPress(.letter("n"))], .nextRound),
        Control("L", "choose a level (arrows and Enter, or 1-\(Variant.allCases.count))", brief: "L level", .game,
                on: [.help, .pane], [KeyPress(.letter("l"))], .chooseLevel),
        Control("S", "show me - the checker's shortest break of this level, step by step (3 nodes)", brief: "S show me",
                .game, on: [.help, .pane], [KeyPress(.letter("s"))], .showMe),
        Control("R", "restart, same seed (press twice in a game in progress)", brief: "R restart", .game, on: [.help, .pane], [KeyPress(.letter("r"))], .restart),
        Control("Left / Right", "step one event back / forward (pauses); with Shift, jump 5 s", brief: "Left/Right step",
                .game, on: [.help, .pane], [(KeyPress(.left, shift: true), .travel(.jump(-TimeTravel.jumpMs))),
                                            (KeyPress(.right, shift: true), .travel(.jump(TimeTravel.jumpMs))),
                                            (KeyPress(.left), .travel(.stepBack)), (KeyPress(.right), .travel(.stepForward))]),
        Control("Home", "back to the start of the round", brief: "Home rewind", .game, on: [.help, .pane],
                [KeyPress(.home)], .travel(.roundStart)),
        Control("D / Shift+D", "space-time diagram instead of the lanes / over the board", brief: "D diagram", .game,
                on: [.help, .pane], [(KeyPress(.letter("d"), shift: true), .toggleDiagram(.board)),
                                     (KeyPress(.letter("d")), .toggleDiagram(.lanes))]),
        Control("E", "save the round's diagram (SVG) and this frame (BMP)", brief: "E export",
                .game, on: [.help, .pane], [KeyPress(.letter("e"))], .export),
        Control("H or ?", "this help", brief: "H help", .game, on: [.help, .pane],
                [KeyPress(.letter("h")), KeyPress(.question), KeyPress(.slash, shift: true)], .toggleHelp),
    ]

    /// The command a key press sends, on the welcome card or in the game; nil when the key does nothing there.
    public static func command(for press: KeyPress, onWelcome: Bool) -> SessionCommand? {
        for control in table where control.context == .anywhere || (control.context == .welcome) == onWelcome {
            if let binding = control.bindings.first(where: { press.matches($0.press) }) { return binding.command }
        }
        return nil
    }

    /// The keys that send `command` in the game, as written on cards ("L").
    public static func keys(for command: SessionCommand) -> String {
        table.first { $0.context != .welcome && $0.bindings.contains { $0.command == command } }?.keys ?? ""
    }

    static func rows(on place: Control.Place) -> [Control] { table.filter { $0.places.contains(place) } }

    /// The help card's lines, one per control: "R: restart, same seed.". The game's keys come first.
    public static var helpLines: [String] {
        let rows = rows(on: .help)
        return (rows.filter { $0.context == .game } + rows.filter { $0.context != .game }).map { "\($0.keys): \($0.action)." }
    }

    /// Lecture mode's help card: the pane's keys, one a line in few words ("Space or .: pause."), so the card
    /// holds them at lecture type.
    public static var lectureHelpLines: [String] {
        rows(on: .pane).map { "\($0.keys): \($0.briefWords)." }
    }

    /// The pane's one line of keys: "Space pause, +/- speed, ...".
    public static var paneLine: String {
        rows(on: .pane).compactMap(\.brief).joined(separator: ", ") + "."
    }

    /// The welcome card's last line: "Click, Enter or Space: start    S: show me how to break it    Ctrl+Q: quit".
    public static var welcomeFooter: String { welcomeFooter(offersShowMe: true) }

    /// The footer without S where Show me cannot run (five nodes: the checker's search would take minutes).
    public static func welcomeFooter(offersShowMe: Bool) -> String {
        let rows = rows(on: .welcomeFooter).filter { row in
            offersShowMe || !row.bindings.contains { binding in
                if case .showMe = binding.command { return true }
                return false
            }
        }
        return (rows.filter { $0.context == .welcome } + rows.filter { $0.context != .welcome })
            .map { "\($0.keys): \($0.context == .welcome ? $0.action : $0.briefWords)" }
            .joined(separator: "    ")
    }

    /// The keys that choose a level on the welcome card: "1-5 or L".
    public static var levelKeys: String {
        rows(on: .levelHeading).map(\.keys).joined(separator: " or ")
    }

    /// The same for a protocol with `count` levels (Raft has fewer than Paxos; the digit keys past them do nothing).
    public static func levelKeys(count: Int) -> String {
        levelKeys.replacingOccurrences(of: "1-\(Variant.allCases.count)", with: "1-\(count)")
    }
}

extension Controls {
    /// The mouse, for the help card: one line per gesture.
    public static let mouseHelp = [
        "Double-click a node: crash it; double-click again: recover it.",
        "Press and hold a node: it freezes (handles no message, starts no election) until you let go or leave the box.",
        "Click or drag on the timeline bar: go to that moment; act there to start a new branch.",
    ]

    /// The mouse in the pane's few words.
    public static let mouseBrief = "Double-click a node: crash / recover. Press and hold: it freezes until released."

    /// The key whose release ends a keyboard hold.
    public static let holdKey = Key.letter("k")
}
