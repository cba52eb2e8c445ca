import CSDL2

/// Rendered text textures keyed by (string, size, face, colour); rebuilt only when the text changes.
///
/// Entries unused for a while are dropped at the end of a frame (their textures free themselves), so memory
/// stays bounded however long the log scrolls.
final class TextCache {
    struct Key: Hashable {
        let text: KeyText
        let size: Int
        let bold: Bool
        let color: UInt32
        /// The solid colour it was rendered onto, or 0 for a transparent (blended) text.
        var background: UInt32 = 0
        /// A sprite's opacity baked into its pixels, in sixteenths (16: as painted); see `Canvas.sprite`.
        var fade: UInt8 = 16
    }

    struct Entry {
        let texture: Texture
        var width: Int32 { texture.width }
        var height: Int32 { texture.height }
        var lastUsed: Int
    }

    private var entries: [Key: Entry] = [:]
    private var frame = 0
    private let maxIdleFrames = 90
    private let maxEntries = 1500

    var count: Int { entries.count }

    /// The texture for `key`, made with `make` if it is not cached.
    func texture(_ key: Key, make: () -> Entry?) -> Entry? {
        if var entry = entries[key] {
            entry.lastUsed = frame
            entries[key] = entry
            return entry
        }
        guard var entry = make() else { return nil }
        entry.lastUsed = frame
        entries[key] = entry
        return entry
    }

    /// Ends a frame: textures not drawn lately go.
    func endFrame() {
        frame += 1
        guard frame % 30 == 0 || entries.count > maxEntries else { return }
        let limit = entries.count > maxEntries ? frame - 1 : frame - maxIdleFrames
        entries = entries.filter { $0.value.lastUsed >= limit }
    }
}
