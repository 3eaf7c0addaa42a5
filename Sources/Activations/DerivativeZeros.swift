/// Where f′ or f″ of a catalog function is zero: its stationary and inflection points.
///
/// The zeros come from mpmath: `scripts/derivative_zeros.py` finds them and writes the table in
/// `DerivativeZeros+Table.swift`, which `actplot info` prints and the formulas use.
///
/// Near such a zero a closed form that adds terms of opposite sign cancels. At silu′'s zero
/// x ≈ −1.2785 the factor 1 + x·σ(−x) subtracts two numbers near 1, so where it is 10⁻¹⁰ it keeps
/// only six correct digits, and at the zero itself none. For each derivative that cancels so, the
/// table holds its Taylor expansion around the zero r, coefficients by mpmath, used within a radius
/// chosen so that outside it the closed form's terms cancel by less than a factor of 16. The
/// expansion is evaluated at t = (x − r_hi) − r_lo, where r = r_hi + r_lo to about 2⁻¹⁰⁶|r|: x − r_hi
/// is exact (Sterbenz's lemma; the radius is at most |r|/2), so t has full relative accuracy however
/// close x is to r, and so has c₁t + c₂t² + …: the generator checks that the truncated series is good
/// to 2⁻⁶⁰ and Horner's rule with the rounded coefficients to 4 ulps over the whole radius.
public struct DerivativeZeros: Sendable {
    /// The catalog function's name.
    public let function: String
    /// The parameter values the zeros belong to, as ``Activation/arguments``.
    public let arguments: [ParameterValue?]
    /// The zeros of f′ in [−24, 24] (in [−10, 10] for sinusoid and sinc), ascending.
    public let stationary: [DerivativeZero]
    /// The zeros of f″ at which it changes sign, in the same range, ascending.
    public let inflection: [DerivativeZero]
    /// How the zeros of f′ continue past the listed ones, for a function with infinitely many
    /// (sinusoid, sinc); `nil` when the list is complete.
    public let stationaryContinued: String?
    /// How the zeros of f″ continue, like ``stationaryContinued``.
    public let inflectionContinued: String?

    /// The expansions of f′ and of f″ around those of their zeros where the closed form cancels.
    let derivative: ZeroExpansions
    let secondDerivative: ZeroExpansions

    init(function: String, arguments: [ParameterValue?], stationary: [DerivativeZero], inflection: [DerivativeZero],
         stationaryContinued: String? = nil, inflectionContinued: String? = nil) {
        self.function = function
        self.arguments = arguments
        self.stationary = stationary
        self.inflection = inflection
        self.stationaryContinued = stationaryContinued
        self.inflectionContinued = inflectionContinued
        derivative = ZeroExpansions(stationary)
        secondDerivative = ZeroExpansions(inflection)
    }

    /// The zeros of `activation`'s derivatives, if the table has its function at these parameters.
    public static func of(_ activation: Activation) -> DerivativeZeros? {
        all.first { $0.function == activation.function.name && $0.arguments == activation.arguments }
    }
}

/// One zero r of f′ or f″.
public struct DerivativeZero: Sendable {
    /// What the point is for f.
    public enum Kind: String, Sendable {
        /// f′ = 0 with f″ > 0.
        case minimum
        /// f′ = 0 with f″ < 0.
        case maximum
        /// f′ = 0 without a change of sign (f′ ≥ 0 or f′ ≤ 0 on both sides).
        case saddle = "stationary, not an extremum"
        /// f″ = 0 and changes sign.
        case inflection
    }

    /// 1 for a zero of f′, 2 for a zero of f″.
    public let order: Int
    /// What r is for f: a minimum, a maximum, a stationary point that is neither, or an
    /// inflection point.
    public let kind: Kind
    /// r rounded to the nearest double.
    public let x: Double
    /// r − x, rounded: x + low is r to about 2⁻¹⁰⁶|r|.
    let low: Double
    /// Whether r is exactly the double ``x`` (as 0 for sigmoid″, −1.5 for hardswish′).
    public var isExact: Bool { low == 0 }
    /// f(r), rounded.
    public let value: Double
    /// The expansion replaces the closed form where |x − r| < radius; 0 where none is needed.
    let radius: Double
    /// c₁ … c_N: f⁽ᵒʳᵈᵉʳ⁾(r + t) = c₁t + c₂t² + … + c_N·t^N, to well below 2⁻⁵³ relative for
    /// |t| < radius.
    let coefficients: [Double]

    /// f⁽ᵒʳᵈᵉʳ⁾ at `point`, which must lie within ``radius`` of r.
    @inline(__always)
    func expansion(at point: Double) -> Double {
        let t = (point - x) - low
        var sum = 0.0
        for c in coefficients.reversed() {
            sum = sum * t + c
        }
        return sum * t
    }
}

/// The expansions of one derivative of one function, consulted by its formula before the closed
/// form: one comparison when x is far from every zero.
struct ZeroExpansions: Sendable {
    private let zeros: [DerivativeZero]
    private let lower: Double
    private let upper: Double

    init(_ zeros: [DerivativeZero]) {
        self.zeros = zeros.filter { $0.radius > 0 }
        lower = self.zeros.map { $0.x - $0.radius }.min() ?? .infinity
        upper = self.zeros.map { $0.x + $0.radius }.max() ?? -.infinity
    }

    /// The derivative at x from the expansion around a zero within its radius, else `nil`.
    @inline(__always)
    func value(at x: Double) -> Double? {
        guard x > lower && x < upper else { return nil }
        for zero in zeros where abs(x - zero.x) < zero.radius {
            return zero.expansion(at: x)
        }
        return nil
    }
}
