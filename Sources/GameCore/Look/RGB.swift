import Foundation

/// An opaque sRGB colour, as the game's palettes name them, with the measures a palette is judged by.
public struct RGB: Hashable, Sendable {
    public var r: UInt8
    public var g: UInt8
    public var b: UInt8

    public init(r: UInt8, g: UInt8, b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// Written in the web's hex notation: `RGB(hex: 0xe74c3c)`.
    public init(hex: UInt32) {
        self.init(r: UInt8((hex >> 16) & 0xff), g: UInt8((hex >> 8) & 0xff), b: UInt8(hex & 0xff))
    }

    public var hex: UInt32 { UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b) }

    /// Each channel decoded from sRGB to linear light (0 to 1), as WCAG and colour-vision models need.
    public var linear: (r: Double, g: Double, b: Double) {
        func decode(_ channel: UInt8) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return (decode(r), decode(g), decode(b))
    }

    /// Builds a colour from linear light, clamped to what a screen can show.
    public init(linearR: Double, g: Double, b: Double) {
        func encode(_ value: Double) -> UInt8 {
            let c = min(1, max(0, value))
            let s = c <= 0.0031308 ? 12.92 * c : 1.055 * pow(c, 1 / 2.4) - 0.055
            return UInt8((s * 255).rounded())
        }
        self.init(r: encode(linearR), g: encode(g), b: encode(b))
    }

    /// WCAG 2 relative luminance: 0 for black, 1 for white.
    public var relativeLuminance: Double {
        let l = linear
        return 0.2126 * l.r + 0.7152 * l.g + 0.0722 * l.b
    }

    /// WCAG 2 contrast ratio between two colours, from 1 (none) to 21 (black on white); 4.5 is level AA for text.
    public func contrastRatio(with other: RGB) -> Double {
        let a = relativeLuminance, b = other.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// How opaque this colour must stay, drawn over `background`, to keep `ratio` (4.5:1 for text): `wanted` if that
    /// reads well enough, else the least alpha above it that does (1 if even the full colour falls short).
    public func readableAlpha(_ wanted: Double, on background: RGB, ratio: Double = 4.5) -> Double {
        var alpha = min(1, max(0, wanted))
        while alpha < 1, background.mixed(with: self, alpha).contrastRatio(with: background) < ratio { alpha = min(1, alpha + 0.05) }
        return alpha
    }

    /// Mixes toward `other` by `amount` (0 keeps this colour, 1 gives the other), channel by channel in sRGB.
    public func mixed(with other: RGB, _ amount: Double) -> RGB {
        func mix(_ x: UInt8, _ y: UInt8) -> UInt8 {
            UInt8(max(0, min(255, (Double(x) + (Double(y) - Double(x)) * amount).rounded())))
        }
        return RGB(r: mix(r, other.r), g: mix(g, other.g), b: mix(b, other.b))
    }
}
