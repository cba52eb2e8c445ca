import ArgumentParser

/// A window size given as "WxH" on the command line.
struct WindowSize: ExpressibleByArgument, Equatable {
    let width: Int
    let height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]),
              (200...8192).contains(w), (150...8192).contains(h) else { return nil }
        self.init(width: w, height: h)
    }

    static let standard = WindowSize(width: 1280, height: 800)
    var defaultValueDescription: String { "\(width)x\(height)" }
}
