import RealModule

/// Numerically stable building blocks shared by the catalog's formulas.
///
/// Each one is accurate to a few ulps over the whole double range, returns the limit at ±∞,
/// and says next to its formula why that form does not overflow or cancel.
package enum Stable {
    /// The logistic sigmoid σ(x) = 1 / (1 + e^{−x}).
    ///
    /// Two branches so the exponential never overflows: for x ≥ 0, 1/(1 + e^{−x}) with
    /// e^{−x} ≤ 1; for x < 0, e^{x}/(1 + e^{x}) with e^{x} < 1. Both are ratios of positive
    /// terms, so there is no cancellation and σ(x) keeps full relative accuracy even when it is
    /// as small as e^{−745}.
    static func sigmoid(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + .exp(-x)) }
        let e = Double.exp(x)
        return e / (1 + e)
    }

    /// σ′(x) = σ(x)·σ(−x).
    ///
    /// The textbook σ(x)(1 − σ(x)) cancels for large x (1 − σ rounds to 0 while the truth is
    /// e^{−x}); σ(−x) is that same quantity computed without subtraction.
    static func sigmoidDerivative(_ x: Double) -> Double {
        sigmoid(x) * sigmoid(-x)
    }

    /// σ″(x) = σ′(x)·(1 − 2σ(x)) = −σ′(x)·tanh(x/2).
    ///
    /// 1 − 2σ(x) cancels near x = 0 (where σ ≈ 1/2) and for large x; tanh(x/2) is the same
    /// factor with full relative accuracy everywhere.
    static func sigmoidSecondDerivative(_ x: Double) -> Double {
        -sigmoidDerivative(x) * .tanh(x / 2)
    }

    /// softplus(x) = log(1 + e^{x}) = max(x, 0) + log1p(e^{−|x|}).
    ///
    /// The naive form overflows for x ≳ 709.8; here the exponential's argument is never
    /// positive, and log1p keeps the tiny tail accurate for large |x| (softplus(−800) is
    /// e^{−800}-sized and still has full relative accuracy until it underflows).
    static func softplus(_ x: Double) -> Double {
        max(x, 0) + .log(onePlus: .exp(-abs(x)))
    }

    /// sech²(x) = 1 − tanh²(x) = 4e^{−2|x|} / (1 + e^{−2|x|})².
    ///
    /// 1 − tanh² cancels to 0 once |x| ≳ 19 while the truth is ≈ 4e^{−2|x|}; the exponential
    /// form has no subtraction and its exponent is never positive, so it cannot overflow.
    package static func sech2(_ x: Double) -> Double {
        let e = Double.exp(-2 * abs(x))
        let d = 1 + e
        return 4 * e / (d * d)
    }

    /// e^{−x²}, with the rounding error of x² folded back in.
    ///
    /// x² = h + l exactly, with h = fl(x·x) and l = fma(x, x, −h); then e^{−x²} = e^{−h}(1 − l).
    /// Plain exp(−x·x) would turn the 0.5-ulp error of x·x (up to ~4e−14 absolute near
    /// x² = 700) into that much relative error in the result.
    package static func expNegSquare(_ x: Double) -> Double {
        let h = x * x
        guard h < 746 else { return h.isNaN ? .nan : 0 }  // e^{−746} underflows to 0
        let l = (-h).addingProduct(x, x)
        return .exp(-h) * (1 - l)
    }

    /// e^{−x²/2}, exact-square-corrected like ``expNegSquare(_:)``.
    static func expNegHalfSquare(_ x: Double) -> Double {
        let h = x * x
        guard h < 1492 else { return h.isNaN ? .nan : 0 }
        let l = (-h).addingProduct(x, x)
        return .exp(-h / 2) * (1 - l / 2)
    }

    /// 1/√(2π).
    static let inverseSqrtTwoPi = 0.3989422804014327

    /// 1/√2.
    static let inverseSqrtTwo = 0.7071067811865476

    /// The standard normal density φ(x) = e^{−x²/2}/√(2π).
    static func normalDensity(_ x: Double) -> Double {
        expNegHalfSquare(x) * inverseSqrtTwoPi
    }

    /// The standard normal CDF Φ(x) = erfc(−x/√2)/2.
    ///
    /// Through erfc rather than (1 + erf(x/√2))/2, which cancels for x ≪ 0 (erf → −1) and
    /// would return 0 long before Φ underflows (Φ(−38) ≈ 3e−318 is still representable).
    /// The argument w = −x/√2 is rounded; since erfc(w) falls like e^{−w²}, that rounding would
    /// cost about 2w² ulps (≈ 700 near x = −33). So w is split into w_h + w_l (the product's
    /// exact error via fma, plus the error of the constant 1/√2) and a first-order correction
    /// erfc(w_h + w_l) ≈ erfc(w_h) − w_l·(2/√π)·e^{−w_h²} is applied.
    static func normalCDF(_ x: Double) -> Double {
        let product = x * inverseSqrtTwo
        let w = -product
        let low = -((-product).addingProduct(x, inverseSqrtTwo) + x * inverseSqrtTwoError)
        let tail = Double.erfc(w)
        guard w > 1, tail > 0 else { return tail / 2 }
        return (tail - low * twoOverSqrtPi * expNegSquare(w)) / 2
    }

    /// 1/√2 − fl(1/√2).
    private static let inverseSqrtTwoError = -4.833646656726457e-17

    /// 2/√π.
    private static let twoOverSqrtPi = 1.1283791670955126

    /// a·b, except that a zero factor wins over an infinite one (0·∞ = 0, not NaN).
    ///
    /// Used where a factor that decays like e^{−x} multiplies one that grows like x: the
    /// product's limit at x = ±∞ is 0, and at finite x the zero factor has underflowed.
    static func times(_ a: Double, _ b: Double) -> Double {
        (a == 0 || b == 0) ? 0 : a * b
    }

    /// tanh(softplus(x)) and sech²(softplus(x)), the pieces of mish.
    ///
    /// With w = e^{x} (x ≤ 0) or v = e^{−x} (x > 0), e^{2·softplus(x)} = (1 + w)² = (1 + v)²/v²,
    /// so both are ratios of sums of positive terms:
    /// tanh = w(w + 2)/(w² + 2w + 2) = (1 + 2v)/(1 + 2v + 2v²),
    /// sech² = 4(1 + w)²/(w² + 2w + 2)² = 4v²(1 + v)²/(1 + 2v + 2v²)².
    /// No cancellation, no overflow, and tanh keeps full relative accuracy for x ≪ 0
    /// (where it is ≈ e^{x}), unlike tanh(log1p(e^{x})) evaluated as 1 − 2/(…).
    static func tanhSech2OfSoftplus(_ x: Double) -> (tanh: Double, sech2: Double) {
        if x <= 0 {
            let w = Double.exp(x)
            let d = w * (w + 2) + 2
            let p = 1 + w
            return (w * (w + 2) / d, 4 * (p * p) / (d * d))
        }
        let v = Double.exp(-x)
        let d = 1 + 2 * v + 2 * (v * v)
        let p = v * (1 + v)
        return ((1 + 2 * v) / d, 4 * (p * p) / (d * d))
    }

    /// x − tanh(x), without the cancellation near 0.
    ///
    /// For |x| < 1/4 the Maclaurin series x³/3 − 2x⁵/15 + 17x⁷/315 − … (12 terms, from the
    /// Bernoulli numbers; the terms shrink by ≈ (2x/π)² ≤ 0.026 each, so the truncation error is
    /// below 1e−17 relative). Beyond, x − tanh(x) loses at most log₂(3/x²) ≤ 6 bits.
    static func tanhShrink(_ x: Double) -> Double {
        guard abs(x) < 0.25 else { return x - .tanh(x) }
        let z = x * x
        var sum = tanhShrinkSeries[tanhShrinkSeries.count - 1]
        for c in tanhShrinkSeries.dropLast().reversed() {
            sum = sum * z + c
        }
        return x * z * sum
    }

    /// Coefficients of x³, x⁵, …, x²⁵ in x − tanh x: −2^{2n}(2^{2n}−1)B₂ₙ/(2n)! for n = 2…13.
    private static let tanhShrinkSeries: [Double] = [
        0x1.5555555555555p-2, -0x1.1111111111111p-3, 0x1.ba1ba1ba1ba1cp-5,
        -0x1.664f4882c10fap-6, 0x1.226e355e6c23dp-7, -0x1.d6d3d0e157de0p-9,
        0x1.7da36452b75e3p-10, -0x1.3558248036744p-11, 0x1.f57d7734d1664p-13,
        -0x1.967e18afcafadp-14, 0x1.497d8eea25259p-15, -0x1.0b132d39a6050p-16,
    ]

    /// Sum of a power series Σₙ cₙ·x^{2n} whose coefficients come from `term(n)`, summed from
    /// the tail for accuracy. Used for sinc's derivatives near 0, where the closed forms cancel.
    static func evenSeries(_ x: Double, terms: Int, _ coefficient: (Int) -> Double) -> Double {
        let z = x * x
        var sum = 0.0
        for n in stride(from: terms - 1, through: 0, by: -1) {
            sum = sum * z + coefficient(n)
        }
        return sum
    }

    /// n! as a Double (exact for n ≤ 22).
    static func factorial(_ n: Int) -> Double {
        var product = 1.0
        if n > 1 { for k in 2...n { product *= Double(k) } }
        return product
    }

    /// 1/(1 + x²) computed through t = 1/x when |x| > 1, so that x² never overflows.
    static func inverseOnePlusSquare(_ x: Double) -> Double {
        if abs(x) <= 1 { return 1 / (1 + x * x) }
        let t = 1 / x
        return (t * t) / (1 + t * t)
    }
}

extension Stable {
    /// The inverse square root unit's value x/√(1 + αx²) and its factor q = 1/√(1 + αx²).
    ///
    /// For |x| > 1 both are computed through t = 1/x: x/√(1 + αx²) = sign(x)/√(t² + α) and
    /// q = |t|/√(t² + α), so αx² never overflows and the limit ±1/√α is reached smoothly
    /// (the naive form gives x/∞ = 0 for |x| ≳ 1e154). α = 0 is the identity.
    static func inverseSquareRootUnit(_ x: Double, alpha: Double) -> (value: Double, q: Double) {
        if alpha == 0 { return (x, 1) }
        if abs(x) <= 1 {
            let q = 1 / Double.sqrt(1 + alpha * x * x)
            return (x * q, q)
        }
        let t = 1 / x
        let root = Double.sqrt(t * t + alpha)
        return ((x > 0 ? 1 : -1) / root, abs(t) / root)
    }

    /// Coefficient of x^{2m} in sinc′(x)/x = Σ (−1)^{m+1}·2(m+1)·x^{2m}/(2m+3)!.
    static func sincFirstSeries(_ m: Int) -> Double {
        let sign: Double = m % 2 == 0 ? -1 : 1
        return sign * Double(2 * m + 2) / factorial(2 * m + 3)
    }

    /// Coefficient of x^{2m} in sinc″(x) = Σ (−1)^{m+1}·(2m+2)(2m+1)·x^{2m}/(2m+3)!.
    static func sincSecondSeries(_ m: Int) -> Double {
        let sign: Double = m % 2 == 0 ? -1 : 1
        return sign * Double((2 * m + 2) * (2 * m + 1)) / factorial(2 * m + 3)
    }
}
