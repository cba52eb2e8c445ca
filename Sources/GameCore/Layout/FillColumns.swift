/// How a solid fill of a pixel rectangle is cut so the software renderer fills it fast.
///
/// SDL's fill writes each row's whole 64-byte stretches with streaming stores and the rest one pixel at a
/// time; where a row's streamed stretch starts or ends inside a cache line, the processor must merge the
/// partial line with memory, and a fill of a box 25 pixels wide cost 40 to 70 µs instead of 2. Filled as a
/// middle that starts and ends on 16-pixel columns (whole cache lines of 32-bit pixels, on a surface whose
/// rows start on one) and edge columns narrower than 16 pixels (never streamed), no line is split.
///
/// The window's and the offscreen surface's rows start on cache lines at the usual widths (1280, 1920); a
/// sprite's texture or a span cut by the clip may not, and is then filled no slower than before.
public enum FillColumns {
    /// Pixels in a 64-byte cache line of 32-bit pixels.
    public static let lineWidth = 16

    /// The columns `x ..< x + w` cut into at most three spans: a left edge, a middle on whole 16-pixel
    /// columns and a right edge; each edge narrower than 16 pixels. Together they cover the columns once.
    public static func spans(x: Int, w: Int) -> [(x: Int, w: Int)] {
        guard w > 0 else { return [] }
        let end = x + w
        let middleStart = Self.roundUp(x), middleEnd = Self.roundDown(end)
        guard middleEnd > middleStart else {
            // No whole column: at most two pieces, each under 16 pixels (a span under 32 wide).
            let cut = min(max(middleStart, x), end)
            return [(x, cut - x), (cut, end - cut)].filter { $0.w > 0 }
        }
        return [(x, middleStart - x), (middleStart, middleEnd - middleStart), (middleEnd, end - middleEnd)].filter { $0.w > 0 }
    }

    private static func roundUp(_ value: Int) -> Int { roundDown(value + lineWidth - 1) }

    /// Toward minus infinity, for columns left of the surface too (a rectangle the clip will cut).
    private static func roundDown(_ value: Int) -> Int {
        let remainder = value % lineWidth
        return remainder < 0 ? value - remainder - lineWidth : value - remainder
    }
}
