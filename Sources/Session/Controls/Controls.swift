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
        // The welcome card.
        Control("Click, Enter or Space", "start", .welcome, on: [.welcomeFooter],
                [KeyPress(.enter), KeyPress(.space)], .start),
        Control("S", "show me how to break it", .welcome, on: [.welcomeFooter], [KeyPress(.letter("s"))], .showMe),
        // Esc's own row above sends the command; this row only says what it does here.
        Control("Esc", "quit", .welcome, on: [.welcomeFooter], [], .quit),
        Control("1-\(Variant.allCases.count)", "pick a level", .welcome, on: [.levelHeading],
                Variant.allCases.indices.map { (KeyPress(.digit($0 + 1)), SessionCommand.pickLevel($0)) }),
        Control("L", "next level", .welcome, on: [.levelHeading], [KeyPress(.letter("l"))], .nextLevel),
        // The game.
        Control("Space or .", "pause and resume", brief: "Space pause", .game, on: [.help, .pane],
                [KeyPress(.space), KeyPress(.period)], .togglePause),
        Control("+ / - or Page Down / Page Up", "speed", brief: "+/- speed", .game, on: [.help, .pane],
                [KeyPress(.plus), KeyPress(.equals), KeyPress(.pageDown)].map { ($0, .faster) }
                    + [KeyPress(.minus), KeyPress(.underscore), KeyPress(.pageUp)].map { ($0, .slower) }),
        Control("L", "next level (restarts)", brief: "L level", .game, on: [.help, .pane], [KeyPress(.letter("l"))], .nextLevel),
        Control("S", "show me - the checker's shortest break of this level, step by step (3 nodes)", brief: "S show me",
                .game, on: [.help, .pane], [KeyPress(.letter("s"))], .showMe),
        Control("R", "restart, same seed", brief: "R restart", .game, on: [.help, .pane], [KeyPress(.letter("r"))], .restart),
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

    /// The pane's one line of keys: "Space pause, +/- speed, ...".
    public static var paneLine: String {
        rows(on: .pane).compactMap(\.brief).joined(separator: ", ") + "."
    }

    /// The welcome card's last line: "Click, Enter or Space: start    S: show me how to break it    Esc: quit".
    public static var welcomeFooter: String {
        rows(on: .welcomeFooter).map { "\($0.keys): \($0.action)" }.joined(separator: "    ")
    }

    /// The keys that choose a level on the welcome card: "1-5 or L".
    public static var levelKeys: String {
        rows(on: .levelHeading).map(\.keys).joined(separator: " or ")
    }
}

extension Controls {
    /// The mouse, for the help card: one line per gesture.
    public static let mouseHelp = [
        "Double-click a node: crash it; double-click again: recover it.",
        "Press and hold a node: slow it down until you let go or leave the box.",
        "Click or drag on the timeline bar: go to that moment; act there to start a new branch.",
    ]

    /// The mouse in the pane's few words.
    public static let mouseBrief = "Double-click a node: crash / recover. Press and hold: slow it."
}
