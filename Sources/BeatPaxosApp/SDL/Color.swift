/// An RGBA colour; the palette is written in the web's hex notation.
struct Color: Hashable {
    var r: UInt8
    var g: UInt8
    var b: UInt8
    var a: UInt8 = 255

    init(r: UInt8, g: UInt8, b: UInt8, a: UInt8 = 255) {
        self.r = r
        self.g = g
        self.b = b
        self.a = a
    }

    init(hex: UInt32, alpha: UInt8 = 255) {
        self.init(r: UInt8((hex >> 16) & 0xff), g: UInt8((hex >> 8) & 0xff), b: UInt8(hex & 0xff), a: alpha)
    }

    func withAlpha(_ alpha: Double) -> Color {
        var copy = self
        copy.a = UInt8(max(0, min(255, Double(a) * alpha)))
        return copy
    }

    /// Mixes toward `other` by `amount` (0 keeps this colour, 1 gives the other).
    func mixed(with other: Color, _ amount: Double) -> Color {
        func mix(_ x: UInt8, _ y: UInt8) -> UInt8 { UInt8(max(0, min(255, Double(x) + (Double(y) - Double(x)) * amount))) }
        return Color(r: mix(r, other.r), g: mix(g, other.g), b: mix(b, other.b), a: a)
    }

    /// Packed as one number, for cache keys.
    var packed: UInt32 { UInt32(r) << 24 | UInt32(g) << 16 | UInt32(b) << 8 | UInt32(a) }
}
