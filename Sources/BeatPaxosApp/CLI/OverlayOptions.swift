import ArgumentParser
import GameCore
import Session

/// What a screenshot shows over the board besides the game: the keyboard's selection, a toast, the round banner,
/// the welcome card, the help card. They let the pictures a class sees be checked at any size and zoom without a window.
struct OverlayOptions: ParsableArguments {
    @Option(help: "Select node N (1 for the first), as Tab does in the window: its focus ring is drawn.")
    var focus: Int?

    @Option(help: "Show this text as a toast (the short notes the game shows at the bottom of the board).")
    var toast: String?

    @Option(help: "Show this text as the round banner (\"Round 1 decided ...\").")
    var banner: String?

    @Flag(help: "Show the welcome card with its choice of level (L in the window).")
    var welcome = false

    @Flag(help: "Show the help card (H in the window).")
    var helpCard = false

    mutating func validate() throws {
        if welcome, helpCard { throw ValidationError("give --welcome or --help-card, not both") }
        if let focus, !(1...5).contains(focus) { throw ValidationError("--focus must be a node number from 1 to 5") }
    }

    /// Puts the chosen notes and card over the session's board; call it after the game has reached its time,
    /// since a toast or banner lasts only a few seconds of game time.
    func apply<P: Playable>(to session: PlaySession<P>) throws {
        if let focus {
            guard focus <= session.config.rules.nodeCount else {
                throw UserError("--focus \(focus): this game has \(session.config.rules.nodeCount) nodes")
            }
            for _ in 0..<focus { session.handle(.focusNext) }
        }
        if let toast { session.showToast(toast) }
        if let banner { session.showBanner(banner) }
        if welcome { session.handle(.chooseLevel) }
        if helpCard { session.handle(.toggleHelp) }
    }
}
