import CSDL2
import Foundation
import Session

/// The game's two faces (regular and bold), opened lazily at each pixel size the layout asks for.
final class FontBook {
    static let defaultRegular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    static let defaultBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

    let paths: FontPaths
    private var fonts: [Int: OpaquePointer] = [:]

    /// The font files to use: `--font` for both faces, else DejaVu Sans. Checked before SDL starts,
    /// so a missing font is one clear line before any window appears.
    static func checkedPaths(override: String?) throws -> FontPaths {
        if let override {
            try check(override, given: true)
            return FontPaths(regular: override, bold: override)
        }
        try check(defaultRegular, given: false)
        let bold = FileManager.default.fileExists(atPath: defaultBold) ? defaultBold : defaultRegular
        return FontPaths(regular: defaultRegular, bold: bold)
    }

    /// Opens the fonts (SDL_ttf must be running); fails with one line if the file is not a font.
    init(paths: FontPaths) throws {
        self.paths = paths
        guard font(size: 14, bold: false) != nil else {
            throw UserError("cannot open the font \(paths.regular) (install fonts-dejavu-core or pass --font PATH to a .ttf file)")
        }
    }

    static func check(_ path: String, given: Bool) throws {
        // Only a regular file: SDL_ttf reading a FIFO would wait forever.
        guard RegularFile.problem(path) == nil else {
            let hint = given ? "pass --font PATH to a readable .ttf file" : "install fonts-dejavu-core or pass --font PATH"
            throw UserError("font not found: \(path) (\(hint))")
        }
    }

    /// The font at a pixel size, opened on first use; nil if SDL_ttf cannot open it.
    func font(size: Int, bold: Bool) -> OpaquePointer? {
        let key = size * 2 + (bold ? 1 : 0)
        if let font = fonts[key] { return font }
        // Continuous resizing asks for many sizes; starting over keeps the number of open fonts bounded.
        if fonts.count > 40 { close() }
        guard let font = TTF_OpenFont(bold ? paths.bold : paths.regular, Int32(size)) else { return nil }
        fonts[key] = font
        return font
    }

    /// Closes every font; must run before TTF_Quit (a font freed after it crashes FreeType).
    func close() {
        for font in fonts.values { TTF_CloseFont(font) }
        fonts.removeAll()
    }

    deinit { close() }
}

/// Where the regular and bold faces are.
struct FontPaths {
    let regular: String
    let bold: String
}
