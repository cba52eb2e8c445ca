import ArgumentParser
import GameCore
import Session

/// Options every command that draws shares: the size of what is drawn, the font, and how big and in which
/// colours the board is drawn.
struct DrawingOptions: ParsableArguments {
    @Option(help: "Size of the window or image, WxH (200x150 up to 8192x8192).")
    var size: WindowSize = .standard

    @Option(help: "A .ttf font file to use instead of DejaVu Sans.")
    var font: String?

    @Option(parsing: .unconditional, help: "Zoom: text, pills and boxes this much bigger, 0.75 to 2.5 (Ctrl+= / Ctrl+- / Ctrl+0 in the window).")
    var scale: Double = 1

    @Flag(help: "Lecture mode: large type, a short pane, rounds that wait at their end for N (T in the window).")
    var lecture = false

    @Option(help: "Colours: standard or colorblind (C in the window).")
    var palette: PaletteScheme.Name = .standard

    mutating func validate() throws {
        guard size.isDrawable else {
            throw ValidationError("--size must be from 200x150 up to 8192x8192, not \(size.width)x\(size.height)")
        }
        guard scale.isFinite, BoardLayout.zoomRange.contains(scale) else {
            throw ValidationError("--scale must be between 0.75 and 2.5")
        }
    }

    /// Gives the session this look.
    func apply<P: Playable>(to session: PlaySession<P>) {
        session.setView(zoom: scale, lecture: lecture, palette: palette)
    }
}

extension PaletteScheme.Name: ExpressibleByArgument {}
