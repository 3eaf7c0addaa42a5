extension Stable {
    /// Below this |x| sinc′ and sinc″ recompute their numerators in double-double where the closed
    /// forms cancel: up to here k = round(2x/π) < 2⁵² is an exact double and k·π/2 splits exactly.
    /// Beyond it (where consecutive doubles are at least 1 apart) the closed forms are used as they
    /// are; see the README's Numerics section for what that guarantees.
    static let sincDoubleDoubleLimit = 0x1p52

    /// sin x and cos x in double-double, for |x| < ``sincDoubleDoubleLimit``.
    ///
    /// x = k·π/2 + s with k the integer nearest 2x/π. π/2 is carried as three doubles P₀ + P₁ + P₂
    /// (159 bits, from mpmath); k·P₀ and k·P₁ are split into exact double-doubles by fma, and
    /// x − fl(k·P₀) is exact (for k ≠ 0 the two lie within a factor of 2 of each other), so s is off
    /// by about 2⁻¹⁰⁶ + |k|·2⁻¹⁶⁰ absolute. sin s and cos s (|s| ≤ π/4) are their Taylor series to
    /// s²⁹ and s²⁸, whose next terms are below 2⁻¹²⁰, summed by Horner's rule in double-double;
    /// k mod 4 picks the quadrant.
    static func sinCos(_ x: Double) -> (sin: DoubleDouble, cos: DoubleDouble) {
        let (p0, p1, p2) = DoubleDouble.halfPiParts
        let k = (x * (2 / Double.pi)).rounded()
        let kp0 = DoubleDouble.product(k, p0)
        var s = DoubleDouble.sum(x - kp0.hi, -kp0.lo)
        s = s - DoubleDouble.product(k, p1)
        s = s - DoubleDouble(k * p2)
        let z = s * s
        var sinSeries = DoubleDouble(0), cosSeries = DoubleDouble(0)
        for n in stride(from: 14, through: 0, by: -1) {
            let odd = DoubleDouble.inverseFactorials[2 * n + 1], even = DoubleDouble.inverseFactorials[2 * n]
            sinSeries = sinSeries * z + (n % 2 == 0 ? odd : -odd)
            cosSeries = cosSeries * z + (n % 2 == 0 ? even : -even)
        }
        let sinS = sinSeries * s
        switch Int(k) & 3 {
        case 0: return (sinS, cosSeries)
        case 1: return (cosSeries, -sinS)
        case 2: return (-sinS, -cosSeries)
        default: return (-cosSeries, sinS)
        }
    }

    /// x·cos x − sin x = sinc′(x)·x², computed in double-double and rounded once.
    ///
    /// At the roots of tan x = x (sinc's stationary points) the two terms are equal, and in
    /// doubles their difference keeps only the digits the terms' rounding left. In double-double
    /// the difference is good to about 2⁻¹⁰⁴·|x| absolute, while sinc′·x² grows like |x|·|x − r|
    /// away from a root r: full double precision unless x lies within about 2⁻⁶⁰ of r.
    static func sincFirstNumerator(_ x: Double) -> Double {
        let (sin, cos) = sinCos(x)
        return (cos * x - sin).hi
    }

    /// (2 − x²)·sin x − 2x·cos x = sinc″(x)·x³, in double-double like ``sincFirstNumerator(_:)``
    /// (x² split exactly by fma, 2x exact).
    static func sincSecondNumerator(_ x: Double) -> Double {
        let (sin, cos) = sinCos(x)
        return ((DoubleDouble(2) - DoubleDouble.product(x, x)) * sin - cos * (2 * x)).hi
    }
}
