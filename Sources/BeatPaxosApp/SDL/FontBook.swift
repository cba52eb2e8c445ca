import CSDL2
import Foundation

/// The game's two faces (regular and bold), opened lazily at each pixel size the layout asks for.
final class FontBook {
    static let defaultRegular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    static let defaultBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

    let regularPath: String
    let boldPath: String
    private var fonts: [Int: OpaquePointer] = [:]

    /// Checks the files exist and open, so a missing font is one clear line before any window appears.
    init(override: String?) throws {
        if let override {
            regularPath = override
            boldPath = override
        } else {
            regularPath = Self.defaultRegular
            boldPath = FileManager.default.fileExists(atPath: Self.defaultBold) ? Self.defaultBold : Self.defaultRegular
        }
        try Self.check(regularPath, given: override != nil)
        guard font(size: 14, bold: false) != nil else {
            throw UserError("cannot open the font \(regularPath) (install fonts-dejavu-core or pass --font PATH to a .ttf file)")
        }
    }

    static func check(_ path: String, given: Bool) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              FileManager.default.isReadableFile(atPath: path) else {
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
        guard let font = TTF_OpenFont(bold ? boldPath : regularPath, Int32(size)) else { return nil }
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
