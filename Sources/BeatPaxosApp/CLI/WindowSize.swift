import ArgumentParser

/// A window size given as "WxH" on the command line.
struct WindowSize: ExpressibleByArgument, Equatable {
    let width: Int
    let height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Any "WxH" of whole numbers parses; whether it is a size the game draws is `isDrawable`, so a size out of
    /// range gets an error that names the range.
    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]) else { return nil }
        self.init(width: w, height: h)
    }

    var isDrawable: Bool { (200...8192).contains(width) && (150...8192).contains(height) }

    static let standard = WindowSize(width: 1280, height: 800)
    var defaultValueDescription: String { "\(width)x\(height)" }
}
