import Activations
import RealModule

/// The elementary functions of one argument that expressions may call.
///
/// Each case knows f, f′ and f″ in closed form, written in a form that stays accurate where the
/// naive one cancels or overflows; the comment on each case says which form and why. Outside a
/// function's real domain all three are NaN (never a finite derivative next to a NaN value), so
/// the chart shows a gap there.
enum Elementary: String, CaseIterable, Sendable {
    /// eˣ; every derivative is eˣ.
    case exp
    /// eˣ − 1, accurate near 0 where `exp(x) - 1` cancels; derivatives eˣ.
    case expm1
    /// Natural logarithm; 1/x and −1/x². NaN for x < 0, −∞ at 0.
    case log
    /// log(1 + x), accurate near 0 where `log(1 + x)` loses the low digits of x; 1/(1+x), −1/(1+x)².
    /// NaN for x < −1.
    case log1p
    /// √x; 1/(2√x) and −1/(4x√x). NaN for x < 0, +∞ / −∞ derivatives at 0.
    case sqrt
    /// sin x; cos x, −sin x.
    case sin
    /// cos x; −sin x, −cos x.
    case cos
    /// tan x; 1 + tan²x, 2 tan x (1 + tan²x).
    case tan
    /// arctan x; 1/(1+x²), −2x/(1+x²)² written as −2x·f′² so that it does not overflow for large x.
    case atan
    /// sinh x; cosh x, sinh x.
    case sinh
    /// cosh x; sinh x, cosh x.
    case cosh
    /// tanh x; sech²x as the catalog's tanh computes it (`Stable.sech2`), not 1 − tanh²x, which
    /// cancels to 0 for |x| ≳ 19; f″ = −2 tanh x · sech²x.
    case tanh
    /// The error function; (2/√π)·e^(−x²), −2x·f′. x² is split exactly (with a fused multiply-add)
    /// so that e^(−x²) keeps full relative accuracy for large |x|.
    case erf
    /// The complementary error function 1 − erf x, accurate in the tail where `1 - erf(x)`
    /// cancels; −(2/√π)·e^(−x²), 2x·(2/√π)·e^(−x²).
    case erfc

    /// The name as written in expressions.
    var name: String { rawValue }

    /// f, f′, f″ at `u`; only the first `order + 1` components are meaningful.
    @inline(__always)
    func derivatives(at u: Double, order: Int) -> (Double, Double, Double) {
        switch self {
        case .exp:
            let e = Double.exp(u)
            return (e, e, e)
        case .expm1:
            let f0 = Double.expMinusOne(u)
            if order == 0 { return (f0, 0, 0) }
            let e = Double.exp(u)
            return (f0, e, e)
        case .log:
            let f0 = Double.log(u)
            if order == 0 { return (f0, 0, 0) }
            if u < 0 || u.isNaN { return (f0, .nan, .nan) }
            let f1 = 1 / u
            return (f0, f1, -f1 * f1)
        case .log1p:
            let f0 = Double.log(onePlus: u)
            if order == 0 { return (f0, 0, 0) }
            if u < -1 || u.isNaN { return (f0, .nan, .nan) }
            let f1 = 1 / (1 + u)
            return (f0, f1, -f1 * f1)
        case .sqrt:
            let f0 = Double.sqrt(u)
            if order == 0 { return (f0, 0, 0) }
            let f1 = 0.5 / f0
            return (f0, f1, -0.5 * f1 / u)
        case .sin:
            let s = Double.sin(u)
            if order == 0 { return (s, 0, 0) }
            return (s, Double.cos(u), -s)
        case .cos:
            let c = Double.cos(u)
            if order == 0 { return (c, 0, 0) }
            return (c, -Double.sin(u), -c)
        case .tan:
            let t = Double.tan(u)
            let f1 = 1 + t * t
            return (t, f1, 2 * t * f1)
        case .atan:
            let f0 = Double.atan(u)
            if order == 0 { return (f0, 0, 0) }
            let f1 = 1 / (1 + u * u)
            return (f0, f1, -2 * u * f1 * f1)
        case .sinh:
            let s = Double.sinh(u)
            if order == 0 { return (s, 0, 0) }
            return (s, Double.cosh(u), s)
        case .cosh:
            let c = Double.cosh(u)
            if order == 0 { return (c, 0, 0) }
            return (c, Double.sinh(u), c)
        case .tanh:
            let t = Double.tanh(u)
            if order == 0 { return (t, 0, 0) }
            let f1 = Stable.sech2(u)
            return (t, f1, -2 * t * f1)
        case .erf:
            let f0 = Double.erf(u)
            if order == 0 { return (f0, 0, 0) }
            let f1 = twoOverRootPi * Stable.expNegSquare(u)
            return (f0, f1, -2 * u * f1)
        case .erfc:
            let f0 = Double.erfc(u)
            if order == 0 { return (f0, 0, 0) }
            let g = twoOverRootPi * Stable.expNegSquare(u)
            return (f0, -g, 2 * u * g)
        }
    }
}

/// 2/√π, rounded to the nearest double.
let twoOverRootPi = 1.1283791670955126
