import Activations
import Support

/// An activation function typed as a formula in x, with its first and second derivatives by
/// forward-mode automatic differentiation.
///
///     let mish = try Expression.parse("x*tanh(softplus(x))")
///     mish.value(1)              // 0.8650983882673103
///     mish.derivative(1)         // by forward-mode automatic differentiation
///     mish.secondDerivative(1)
///
/// The grammar:
/// - numbers (`2`, `1e-3`, `.5`, `2.`), the variable `x`, the constants `pi`, `e` and `inf`;
/// - `+ - * /`, `^` or `**` (right-associative, binding tighter than a unary minus on its left as in
///   Python: `-x^2` is −(x²), `2^-x` is allowed), unary `+ -`, parentheses;
/// - comparisons `< <= > >= == !=`, worth 1 or 0 with derivative 0 (not chained);
/// - `where(c, a, b)` (a where c ≠ 0, else b), `min(a, b, …)`, `max(a, b, …)`, `abs(u)`,
///   `clip(v, lo, hi)`;
/// - the elementary functions exp, expm1, log, log1p, sqrt, sin, cos, tan, atan, sinh, cosh, tanh,
///   erf, erfc (see ``Elementary`` for the stable forms used);
/// - every function of the Activations catalog applied to one argument, with its parameters as
///   keywords: `elu(x, alpha=0.5)`, `leaky_relu(2*x, negative_slope=0.1)`,
///   `gelu(x, approximate=tanh)`. Numeric keyword values may be any expression without x
///   (`alpha=1/3`). The catalog supplies the analytic value and derivatives; the chain rule does
///   the rest. Elementary functions win over catalog entries of the same name (tanh, atan, …).
/// Names are case-insensitive. Nesting (parentheses, calls, exponents) is limited to
/// ``maximumDepth`` levels and the text to ``maximumLength`` characters.
///
/// Derivatives are carried as second-order jets (value, f′, f″) through every operation (forward-
/// mode automatic differentiation), so they are exact up to the rounding of each step, never
/// finite differences. They are the derivatives *of the formula as written*: where the formula
/// cancels in floating point (`log(cosh(x))` for large |x|, `sin(x)/x` near 0), so do its
/// derivatives, which is why catalog functions, with their stable analytic forms, are better
/// called than spelled out; ``roundingEstimate(at:)`` estimates the rounding error of each
/// component, and ``cancellation(_:at:)`` finds where a derivative has lost most of its digits.
/// At kinks the conventions follow PyTorch's autograd: abs′(0) = 0, min/max split the derivative
/// evenly at a tie, clip passes it at its bounds, comparisons have derivative 0 and `where`
/// differentiates only the branch it takes. Outside a function's domain
/// (log or sqrt of a negative, 0/0) the value and both derivatives are NaN, which charts draw as
/// gaps; whenever the value is NaN, so are the derivatives.
///
/// Evaluation runs a compiled postfix program, specialised for values only, for the first
/// derivative or for both (so ``value(_:)`` does none of the derivative arithmetic), with no heap
/// allocation and no dynamic dispatch per sample other than a catalog function's own. The batch
/// forms (``values(at:)``, ``evaluate(at:)`` …) run it over blocks of x and are the fast way to
/// sample a curve.
///
/// Foundation has a type of the same name: in a file that imports Foundation, write
/// `Expressions.Expression` where a type is expected.
public struct Expression: Sendable, CustomStringConvertible {
    /// The expression as written, trimmed of surrounding white space: the legend label and CSV
    /// header.
    public let text: String

    /// Points where the derivative may jump: kinks of catalog functions applied to `x` or to an
    /// affine function of `x`, and where the affine arguments of `abs`, `min`, `max`, `clip` and of
    /// comparisons cross. Sorted, without duplicates; possibly incomplete (kinks inside non-affine
    /// arguments are not looked for), possibly empty.
    public let kinks: [Double]

    /// Whether the expression mentions `x` at all once constants are folded (`2*pi` does not).
    public let dependsOnX: Bool

    let program: Program

    /// The deepest nesting of parentheses, calls and exponents accepted.
    public static let maximumDepth = 200

    /// The longest expression accepted, in characters.
    public static let maximumLength = 100_000

    /// Parses and compiles an expression.
    ///
    /// - Throws: ``ExpressionError`` with the message and the column it concerns, for a syntax
    ///   error, an unknown name (with suggestions), a wrong number of arguments, an unknown
    ///   keyword or a bad keyword value, or nesting deeper than ``maximumDepth``.
    public static func parse(_ text: String) throws(ExpressionError) -> Expression {
        let trimmed = Support.trimmed(text)
        guard trimmed.count <= maximumLength else {
            throw ExpressionError("expression is too long (\(trimmed.count) characters; at most \(maximumLength))",
                                  column: nil, text: trimmed)
        }
        var parser = Parser(text: trimmed, tokens: try Lexer.tokens(of: trimmed))
        let node = Compiler.fold(try parser.parse())
        return Expression(text: trimmed, node: node)
    }

    private init(text: String, node: Node) {
        self.text = text
        kinks = Kinks.of(node)
        if case .constant = node { dependsOnX = false } else { dependsOnX = true }
        program = Compiler.compile(node)
    }

    /// The label for legends and CSV headers: the text as written.
    public var label: String { text }

    public var description: String { text }

    /// Value, first and second derivative at x.
    public func evaluate(_ x: Double) -> Jet {
        program.evaluate(x, as: Jet.self)
    }

    /// f(x), without computing derivatives.
    public func value(_ x: Double) -> Double {
        program.evaluate(x, as: Plain.self).value
    }

    /// f′(x).
    public func derivative(_ x: Double) -> Double {
        program.evaluate(x, as: Dual.self).first
    }

    /// f″(x).
    public func secondDerivative(_ x: Double) -> Double {
        program.evaluate(x, as: Jet.self).second
    }

    /// f at every x. The batch forms run the program over blocks of 256 x at a time and are the
    /// fastest way to sample a curve (several times faster than calling ``value(_:)`` per x); each
    /// result is bit for bit the one the single-x form gives.
    public func values(at xs: [Double]) -> [Double] {
        sample(xs, as: Plain.self) { $0.value }
    }

    /// f′ at every x.
    public func derivatives(at xs: [Double]) -> [Double] {
        sample(xs, as: Dual.self) { $0.first }
    }

    /// f″ at every x.
    public func secondDerivatives(at xs: [Double]) -> [Double] {
        sample(xs, as: Jet.self) { $0.second }
    }

    /// Value, first and second derivative at every x.
    public func evaluate(at xs: [Double]) -> [Jet] {
        sample(xs, as: Jet.self) { $0 }
    }

    private func sample<T: Differential, R>(_ xs: [Double], as type: T.Type, _ pick: (T) -> R) -> [R] {
        xs.withUnsafeBufferPointer { xs in
            [R](unsafeUninitializedCapacity: xs.count) { results, count in
                guard let base = results.baseAddress else { return }
                program.evaluate(xs, as: T.self) { i, jet in (base + i).initialize(to: pick(jet)) }
                count = xs.count
            }
        }
    }
}

extension Expression: Curve {
    /// The formula as written.
    public var name: String { text }

    /// A formula has no parameters of its own.
    public var settings: [ParameterSetting] { [] }

    public func evaluate(_ order: DerivativeOrder, at x: Double) -> Double {
        switch order {
        case .value: value(x)
        case .first: derivative(x)
        case .second: secondDerivative(x)
        }
    }

    /// Runs the compiled program over `xs` block by block, writing each result straight into `ys`.
    public func evaluate(_ order: DerivativeOrder, _ xs: UnsafeBufferPointer<Double>, into ys: UnsafeMutableBufferPointer<Double>) {
        let n = min(xs.count, ys.count)
        let input = UnsafeBufferPointer(rebasing: xs[0..<n])
        switch order {
        case .value: program.evaluate(input, as: Plain.self) { ys[$0] = $1.value }
        case .first: program.evaluate(input, as: Dual.self) { ys[$0] = $1.first }
        case .second: program.evaluate(input, as: Jet.self) { ys[$0] = $1.second }
        }
    }
}
