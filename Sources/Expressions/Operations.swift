import RealModule

/// The arithmetic of jets: each operation's value, first and second derivative by the rules of
/// calculus, generic over how many derivatives are carried (see ``Differential``).
///
/// Conventions at kinks, chosen to match PyTorch's autograd where it has one:
/// - `abs′(0) = 0` (the gradient is sign(u)·u′ with sign(0) = 0);
/// - `min`/`max` at a tie take the value and the *average* of the two derivatives, as
///   `torch.minimum`/`torch.maximum` split the gradient evenly;
/// - `clip(v, lo, hi)` passes v's derivatives where lo ≤ v ≤ hi, boundaries included (as
///   `torch.clamp`), and the bound's derivatives outside; with lo > hi the result is hi;
/// - comparisons are 1 or 0 with zero derivatives; `where(c, a, b)` takes a's jet where c ≠ 0 and b's
///   where c = 0, so the derivative of the branch not taken never leaks in (NaN included).
/// NaN propagates: a NaN operand of a comparison, `min`, `max`, `clip` or the condition of `where`
/// gives NaN, so an undefined point shows as a gap rather than as a silently chosen branch.
enum Operations {
    @inline(__always)
    static func add<T: Differential>(_ a: T, _ b: T) -> T {
        T(a.value + b.value, a.first + b.first, a.second + b.second)
    }

    @inline(__always)
    static func subtract<T: Differential>(_ a: T, _ b: T) -> T {
        T(a.value - b.value, a.first - b.first, a.second - b.second)
    }

    @inline(__always)
    static func negate<T: Differential>(_ a: T) -> T {
        T(-a.value, -a.first, -a.second)
    }

    /// a + c for a constant c.
    @inline(__always)
    static func add<T: Differential>(_ a: T, constant c: Double) -> T {
        T(a.value + c, a.first, a.second)
    }

    /// Product rule: (ab)′ = a′b + ab′, (ab)″ = a″b + 2a′b′ + ab″ (terms with a zero derivative
    /// are absent, see ``scaled(_:_:)``).
    @inline(__always)
    static func multiply<T: Differential>(_ a: T, _ b: T) -> T {
        let v = a.value * b.value
        if T.order == 0 { return T(v, 0, 0) }
        let d1 = scaled(a.first, b.value) + scaled(b.first, a.value)
        if T.order == 1 { return T(v, d1, 0) }
        return T(v, d1, scaled(a.second, b.value) + 2 * scaled(a.first, b.first) + scaled(b.second, a.value))
    }

    /// a·c for a constant c. Kept apart from the general product so that a constant never meets an
    /// infinite derivative as 0·∞ (`2*exp(x)` at x = 800 has derivative +∞, not NaN).
    @inline(__always)
    static func multiply<T: Differential>(_ a: T, constant c: Double) -> T {
        T(a.value * c, scaled(a.first, c), scaled(a.second, c))
    }

    /// a/c for a constant c (divided, not multiplied by 1/c, so that `x/3` rounds as written).
    @inline(__always)
    static func divide<T: Differential>(_ a: T, constant c: Double) -> T {
        T(a.value / c, a.first / c, a.second / c)
    }

    /// Quotient rule from w = a/b ⇒ a = wb: w′ = (a′ − w b′)/b, w″ = (a″ − 2w′b′ − w b″)/b.
    @inline(__always)
    static func divide<T: Differential>(_ a: T, _ b: T) -> T {
        let w = a.value / b.value
        if T.order == 0 { return T(w, 0, 0) }
        let w1 = (a.first - scaled(b.first, w)) / b.value
        if T.order == 1 { return T(w, w1, 0) }
        return T(w, w1, (a.second - scaled(b.first, 2 * w1) - scaled(b.second, w)) / b.value)
    }

    /// c/u for a constant c: f′ = −c/u² = −f/u, f″ = 2c/u³ = −2f′/u.
    @inline(__always)
    static func divide<T: Differential>(constant c: Double, _ u: T) -> T {
        let f0 = c / u.value
        if T.order == 0 { return T(f0, 0, 0) }
        let f1 = -f0 / u.value
        return u.composed(f0, f1, -2 * f1 / u.value)
    }

    /// u² by the product rule, without a call to `pow`.
    @inline(__always)
    static func square<T: Differential>(_ u: T) -> T {
        u.composed(u.value * u.value, 2 * u.value, 2)
    }

    /// uᶜ for a constant c: f′ = c·uᶜ⁻¹, f″ = c(c−1)·uᶜ⁻². Where a coefficient is 0 (c = 0 or c = 1)
    /// the term is exactly 0, even at u = 0 where the power is infinite.
    @inline(__always)
    static func power<T: Differential>(_ u: T, constant c: Double) -> T {
        let f0 = realPower(u.value, c)
        if T.order == 0 { return T(f0, 0, 0) }
        if c == 0 { return T(f0, 0, 0) }
        let f1 = c * realPower(u.value, c - 1)
        if T.order == 1 { return u.composed(f0, f1, 0) }
        let k = c * (c - 1)
        let f2 = k == 0 ? 0 : k * realPower(u.value, c - 2)
        return u.composed(f0, f1, f2)
    }

    /// cᵘ for a constant base c > 0, with ln c given: f′ = cᵘ ln c, f″ = cᵘ ln²c. (A base of exactly
    /// `e` never gets here: the compiler turns `e^u` into `exp(u)`.) For c = 0 the derivatives are 0
    /// where u > 0; for c < 0 they are NaN (cᵘ is not real for non-integer u).
    @inline(__always)
    static func power<T: Differential>(base c: Double, logBase: Double, _ u: T) -> T {
        let f0 = realPower(c, u.value)
        if T.order == 0 { return T(f0, 0, 0) }
        if c > 0 {
            let f1 = f0 * logBase
            return u.composed(f0, f1, f1 * logBase)
        }
        if c == 0 && u.value > 0 { return T(f0, 0, 0) }
        return T(f0, .nan, .nan)
    }

    /// uᵛ with both sides depending on x: uᵛ = exp(v ln u) for u > 0, so with L = ln u,
    /// (v L)′ = v′L + v u′/u and (v L)″ = v″L + 2v′u′/u + v(u″/u − (u′/u)²); then f′ = f·(vL)′ and
    /// f″ = f·((vL)″ + (vL)′²). Where u ≤ 0 the value follows `realPower`; the derivatives are those
    /// of u^c with c = v(x) as far as v is locally constant (v′ = 0, and v″ = 0 for f″), else NaN.
    /// The branch depends only on u and v′, so every evaluator takes the same one.
    @inline(__always)
    static func power<T: Differential>(_ u: T, _ v: T) -> T {
        let f0 = realPower(u.value, v.value)
        if T.order == 0 { return T(f0, 0, 0) }
        guard u.value > 0 else {
            guard v.first == 0 else { return T(f0, .nan, .nan) }
            let p = power(u, constant: v.value)
            return v.second == 0 ? p : T(f0, p.first, .nan)
        }
        let logU = Double.log(u.value)
        let r1 = u.first / u.value
        let g1 = scaled(v.first, logU) + scaled(r1, v.value)
        if T.order == 1 { return T(f0, scaled(g1, f0), 0) }
        let r2 = u.second / u.value - r1 * r1
        let g2 = scaled(v.second, logU) + 2 * scaled(v.first, r1) + scaled(r2, v.value)
        return T(f0, scaled(g1, f0), scaled(g2 + g1 * g1, f0))
    }

    /// |u|, with abs′(0) = 0.
    @inline(__always)
    static func absolute<T: Differential>(_ u: T) -> T {
        let s: Double = u.value > 0 ? 1 : u.value < 0 ? -1 : u.value == 0 ? 0 : .nan
        return T(Swift.abs(u.value), s * u.first, s * u.second)
    }

    /// 1 or 0, derivatives 0; NaN when either side is NaN.
    @inline(__always)
    static func compare<T: Differential>(_ relation: Relation, _ a: T, _ b: T) -> T {
        if a.value.isNaN || b.value.isNaN { return .nan }
        return T(relation.holds(a.value, b.value) ? 1 : 0, 0, 0)
    }

    @inline(__always)
    static func minimum<T: Differential>(_ a: T, _ b: T) -> T {
        if a.value < b.value { return a }
        if b.value < a.value { return b }
        return tie(a, b)
    }

    @inline(__always)
    static func maximum<T: Differential>(_ a: T, _ b: T) -> T {
        if a.value > b.value { return a }
        if b.value > a.value { return b }
        return tie(a, b)
    }

    /// Equal values (or a NaN): the value, with the derivatives averaged.
    @inline(__always)
    static func tie<T: Differential>(_ a: T, _ b: T) -> T {
        if a.value.isNaN || b.value.isNaN { return .nan }
        return T(a.value, 0.5 * (a.first + b.first), 0.5 * (a.second + b.second))
    }

    /// min(max(v, lo), hi) as `torch.clamp`.
    @inline(__always)
    static func clip<T: Differential>(_ v: T, _ lo: T, _ hi: T) -> T {
        if v.value.isNaN || lo.value.isNaN || hi.value.isNaN { return .nan }
        var r = v
        if v.value < lo.value { r = lo }
        if r.value > hi.value { r = hi }
        return r
    }

    /// `where(condition, a, b)`.
    @inline(__always)
    static func select<T: Differential>(_ condition: T, _ a: T, _ b: T) -> T {
        if condition.value.isNaN { return .nan }
        return condition.value != 0 ? a : b
    }
}

/// xʸ with the edge cases of C's `pow` for an integral exponent (repeated multiplication, so a
/// negative base is fine and 0⁰ = 1) and of `exp(y·ln x)` otherwise (NaN for a negative base).
@inline(__always)
func realPower(_ x: Double, _ y: Double) -> Double {
    if y.rounded(.towardZero) == y && Swift.abs(y) <= 9_007_199_254_740_992 {
        return Double.pow(x, Int(y))
    }
    return Double.pow(x, y)
}

/// The comparison operators.
enum Relation: String, Sendable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case equal = "=="
    case notEqual = "!="

    @inline(__always)
    func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .less: a < b
        case .lessOrEqual: a <= b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        case .equal: a == b
        case .notEqual: a != b
        }
    }
}
