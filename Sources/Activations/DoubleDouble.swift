/// An unevaluated sum hi + lo of two doubles with |lo| ≤ ulp(hi)/2: about 106 bits, for the few
/// places where a double's 53 cannot survive a cancellation (sinc's derivatives near their zeros).
///
/// The operations are the classic error-free transformations (Knuth's TwoSum, the fused
/// multiply-add's exact product error) and the accurate double-double sum and product built from
/// them, as in Dekker 1971 and Hida, Li & Bailey's QD library; each is good to a few units of 2⁻¹⁰⁶
/// relative to its operands.
struct DoubleDouble: Sendable {
    var hi: Double
    var lo: Double

    init(_ hi: Double, _ lo: Double = 0) {
        self.hi = hi
        self.lo = lo
    }

    /// a + b = s + e exactly, for any a and b (Knuth's TwoSum).
    @inline(__always)
    static func sum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        let b1 = s - a
        return DoubleDouble(s, (a - (s - b1)) + (b - b1))
    }

    /// a + b = s + e exactly, given |a| ≥ |b| (Dekker's FastTwoSum).
    @inline(__always)
    static func quickSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        return DoubleDouble(s, b - (s - a))
    }

    /// a·b = p + e exactly: the rounding error of a product is a double, and a fused multiply-add
    /// computes it without rounding.
    @inline(__always)
    static func product(_ a: Double, _ b: Double) -> DoubleDouble {
        let p = a * b
        return DoubleDouble(p, (-p).addingProduct(a, b))
    }

    static prefix func - (a: DoubleDouble) -> DoubleDouble {
        DoubleDouble(-a.hi, -a.lo)
    }

    /// The sum, with the errors of both the high and the low parts carried (QD's accurate add).
    static func + (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let s = sum(a.hi, b.hi)
        let t = sum(a.lo, b.lo)
        let u = quickSum(s.hi, s.lo + t.hi)
        return quickSum(u.hi, u.lo + t.lo)
    }

    static func - (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        a + -b
    }

    static func * (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let p = product(a.hi, b.hi)
        return quickSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi))
    }

    static func * (a: DoubleDouble, b: Double) -> DoubleDouble {
        let p = product(a.hi, b)
        return quickSum(p.hi, p.lo + a.lo * b)
    }
}
