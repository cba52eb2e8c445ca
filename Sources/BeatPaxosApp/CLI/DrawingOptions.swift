import ArgumentParser

/// Options every command that draws shares: the size of what is drawn and the font.
struct DrawingOptions: ParsableArguments {
    @Option(help: "Size of the window or image, WxH (200x150 up to 8192x8192).")
    var size: WindowSize = .standard

    @Option(help: "A .ttf font file to use instead of DejaVu Sans.")
    var font: String?
}
