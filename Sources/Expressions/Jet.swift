/// A second-order jet: the value of a function of `x` together with its first and second
/// derivatives with respect to `x`, all at one point.
///
/// Jets are how ``Expression`` differentiates: every operation maps the jets of its operands to the
/// jet of its result by the chain rule, so the derivatives are exact up to the rounding of each
/// step, never finite differences. For a composition `f(u)`:
///
///     value  = f(u)
///     first  = f′(u)·u′
///     second = f″(u)·u′² + f′(u)·u″
public struct Jet: Sendable, Equatable, CustomStringConvertible {
    /// f(x).
    public var value: Double
    /// f′(x), the first derivative.
    public var first: Double
    /// f″(x), the second derivative.
    public var second: Double

    /// A jet from its three components.
    public init(value: Double, first: Double, second: Double) {
        self.value = value
        self.first = first
        self.second = second
    }

    public var description: String { "(\(value), \(first), \(second))" }
}

/// A number carried through an evaluation together with as many derivatives as the caller needs.
///
/// The evaluator is generic over this protocol and specialised for each conforming type, so a
/// value-only evaluation (`Plain`) does none of the derivative arithmetic and a first-derivative
/// evaluation (`Dual`) none of the second-order terms: every `if Self.order >= n` folds away.
protocol Differential: Sendable {
    /// How many derivatives this type carries: 0, 1 or 2.
    static var order: Int { get }
    /// Builds a number from a value and its derivatives; derivatives beyond `order` are dropped.
    init(_ value: Double, _ first: Double, _ second: Double)
    var value: Double { get }
    /// The first derivative, or 0 when `order` < 1.
    var first: Double { get }
    /// The second derivative, or 0 when `order` < 2.
    var second: Double { get }
}

/// A value without derivatives (order 0).
struct Plain: Differential {
    static var order: Int { 0 }
    var value: Double
    @inline(__always) init(_ value: Double, _ first: Double, _ second: Double) { self.value = value }
    @inline(__always) var first: Double { 0 }
    @inline(__always) var second: Double { 0 }
}

/// A dual number: value and first derivative (order 1).
struct Dual: Differential {
    static var order: Int { 1 }
    var value: Double
    var first: Double
    @inline(__always) init(_ value: Double, _ first: Double, _ second: Double) {
        self.value = value
        self.first = first
    }
    @inline(__always) var second: Double { 0 }
}

extension Jet: Differential {
    static var order: Int { 2 }
    @inline(__always) init(_ value: Double, _ first: Double, _ second: Double) {
        self.init(value: value, first: first, second: second)
    }
}

extension Differential {
    /// A number that does not depend on `x`.
    @inline(__always) static func constant(_ c: Double) -> Self { Self(c, 0, 0) }

    /// The variable itself: derivative 1, second derivative 0.
    @inline(__always) static func variable(_ x: Double) -> Self { Self(x, 1, 0) }

    /// Every component NaN: the result of a domain error.
    @inline(__always) static var nan: Self { Self(.nan, .nan, .nan) }

    /// `f(self)` given f, f′ and f″ at `self.value` (f′ and f″ are only read when needed).
    @inline(__always) func composed(_ f0: Double, _ f1: Double, _ f2: Double) -> Self {
        if Self.order == 0 { return Self(f0, 0, 0) }
        if Self.order == 1 { return Self(f0, scaled(first, f1), 0) }
        return Self(f0, scaled(first, f1), scaled(first * first, f2) + scaled(second, f1))
    }
}

/// `derivative · factor`, except that a derivative of exactly 0 gives 0 whatever the factor.
///
/// A zero derivative component is structural (x has f″ = 0; a constant has f′ = 0), so the term it
/// multiplies is absent, not 0·∞ = NaN: `x*exp(x)` at x = 800 has f″ = +∞, and `1/x` at 0 has
/// f″ = +∞. (This is the "NaN-safe" rule of Julia's ForwardDiff.) A NaN value still makes every
/// component NaN, by the rule at the end of each evaluation.
@inline(__always)
func scaled(_ derivative: Double, _ factor: Double) -> Double {
    derivative == 0 ? 0 : derivative * factor
}
