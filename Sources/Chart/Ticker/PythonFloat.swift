#if canImport(Glibc)
import Glibc
#endif

/// The handful of Python and NumPy float operations that matplotlib's ticker relies on,
/// reproduced operation for operation so that tick positions and labels come out bit-identical.
///
/// matplotlib decides ticks with `//`, `divmod`, `**`, `np.round` and `%`-formatting; each of
/// them has its own rounding behaviour, and the tick decisions near a boundary (is this tick
/// inside the view? does this offset save four digits?) depend on it.
enum PythonFloat {
    /// Python's `a // b` and `divmod(a, b)` for floats (CPython `float_divmod`, and NumPy's
    /// `npy_divmod`, which follows it): the quotient is rounded to the nearest integer to
    /// `(a - fmod(a, b)) / b` rather than floored naively, which keeps `q * b + r == a` exact.
    static func divmod(_ a: Double, _ b: Double) -> (quotient: Double, remainder: Double) {
        var mod = a.truncatingRemainder(dividingBy: b)  // C fmod: exact
        var div = (a - mod) / b
        if mod != 0 {
            if (b < 0) != (mod < 0) {
                mod += b
                div -= 1.0
            }
        } else {
            mod = Double(signOf: b, magnitudeOf: 0)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = Double(signOf: a / b, magnitudeOf: 0)
        }
        return (floordiv, mod)
    }

    /// Python's `a // b` for floats.
    static func floorDiv(_ a: Double, _ b: Double) -> Double {
        divmod(a, b).quotient
    }

    /// `math.floor(math.log10(x))` as an `Int`; where Python would raise or overflow (x ≤ 0, not
    /// finite) this returns 0, and it never traps.
    static func floorLog10(_ x: Double) -> Int {
        let l = log10(x).rounded(.down)
        guard l.isFinite else { return 0 }
        return Int(l)
    }

    /// `10.0 ** x` in Python or NumPy scalar arithmetic: the C library's `pow`.
    static func pow10(_ x: Double) -> Double {
        pow(10.0, x)
    }

    /// Python's `10 ** n` for an `int` n, as a float: exact (correctly rounded) for n ≥ 0,
    /// where Python computes an integer; the C library's `pow` for n < 0, where Python
    /// falls back to float arithmetic.
    static func intPow10(_ n: Int) -> Double {
        if n >= 0 {
            if n <= 22 { return exactPowersOfTen[n] }
            return Double("1e\(n)") ?? .infinity
        }
        return pow(10.0, Double(n))
    }

    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// NumPy's `np.round(x, decimals)` for `decimals >= 0`: `rint(x * 10**decimals) / 10**decimals`,
    /// with the power of ten built the way NumPy builds it (a table up to 1e8, then ×10 steps).
    /// Unlike Python's `round`, this is not correctly rounded; matplotlib's decimal-count
    /// search depends on that.
    static func numpyRound(_ x: Double, decimals: Int) -> Double {
        precondition(decimals >= 0)
        let f = numpyPowerOfTen(decimals)
        return (x * f).rounded(.toNearestOrEven) / f
    }

    private static func numpyPowerOfTen(_ n: Int) -> Double {
        let table: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]
        if n < 9 { return table[n] }
        var ret = 1e9
        var k = n
        while k > 9 {
            ret *= 10.0
            k -= 1
        }
        return ret
    }

    /// Python's `round(x, ndigits)` for floats: correctly rounded to `ndigits` decimals
    /// (CPython formats the exact binary value with `ndigits` decimals, half to even, and
    /// parses it back; the C library's `%.*f` and `strtod` do the same).
    static func round(_ x: Double, digits: Int) -> Double {
        guard x.isFinite, x != 0 else { return x }
        let text = Printf.format("%.*f", precision: digits, x)
        let y = Double(text) ?? x
        // Python keeps the sign of zero: round(-1e-20, 10) == -0.0.
        return y == 0 ? Double(signOf: x, magnitudeOf: 0) : y
    }

    /// matplotlib's `Formatter.fix_minus` with `axes.unicode_minus` on: every hyphen-minus
    /// becomes U+2212 MINUS SIGN.
    static func fixMinus(_ s: String, unicodeMinus: Bool = true) -> String {
        guard unicodeMinus else { return s }
        return String(s.map { $0 == "-" ? "\u{2212}" : $0 })
    }
}
