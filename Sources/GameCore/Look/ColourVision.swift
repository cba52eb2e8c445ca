import Foundation

/// How a colour looks to a viewer with each common kind of colour-vision deficiency.
///
/// Uses the matrices of Machado, Oliveira and Fernandes (2009) at full severity, applied in linear light;
/// distance is CIE76 Delta E in CIELAB (D65), where about 2 is just noticeable and over 20 is plainly different.
public enum ColourVision: String, CaseIterable, Sendable {
    case typical
    case protanopia
    case deuteranopia
    case tritanopia

    private var matrix: [[Double]] {
        switch self {
        case .typical:
            return [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
        case .protanopia:
            return [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
        case .deuteranopia:
            return [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
        case .tritanopia:
            return [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
        }
    }

    /// The colour as this viewer sees it.
    public func simulate(_ colour: RGB) -> RGB {
        let l = colour.linear
        let input = [l.r, l.g, l.b]
        let out = matrix.map { row in zip(row, input).reduce(0) { $0 + $1.0 * $1.1 } }
        return RGB(linearR: out[0], g: out[1], b: out[2])
    }

    /// CIE76 colour difference between two colours as this viewer sees them.
    public func difference(_ a: RGB, _ b: RGB) -> Double {
        let x = Self.lab(simulate(a)), y = Self.lab(simulate(b))
        return ((x.l - y.l) * (x.l - y.l) + (x.a - y.a) * (x.a - y.a) + (x.b - y.b) * (x.b - y.b)).squareRoot()
    }

    /// CIELAB coordinates under the D65 white point.
    static func lab(_ colour: RGB) -> (l: Double, a: Double, b: Double) {
        let c = colour.linear
        let x = (0.4124 * c.r + 0.3576 * c.g + 0.1805 * c.b) / 0.95047
        let y = 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b
        let z = (0.0193 * c.r + 0.1192 * c.g + 0.9505 * c.b) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }
}
