import Activations
import Expressions
import XCTest

/// Expressions that spell a catalog function differentiate (by forward mode, through the formula
/// as written) to the catalog's analytic derivatives.
final class CatalogEquivalenceTests: XCTestCase {
    /// A spread of x that misses the kinks (0, ±0.5, ±1, ±3, 6 …) of the piecewise functions.
    static let spread: [Double] = (-35...35).map { Double($0) * 0.173 + 0.0123 }

    func activation(_ name: String, _ arguments: [(key: String, value: String)] = [],
                    file: StaticString = #filePath, line: UInt = #line) throws -> Activation {
        let function = try XCTUnwrap(Catalog.lookup(name), "no catalog function \(name)", file: file, line: line)
        return try function.bind(arguments)
    }

    /// Compares value, f′ and f″ of `text` with `reference` at each x within `tolerance` relative.
    func check(_ text: String, _ reference: Activation, at xs: [Double] = spread, tolerance: Double = 1e-12,
               file: StaticString = #filePath, line: UInt = #line) throws {
        let expression = try Expression.parse(text)
        for x in xs {
            let jet = expression.evaluate(x)
            let expected = [reference.value(x), reference.derivative(x), reference.secondDerivative(x)]
            for (order, (actual, wanted)) in zip([jet.value, jet.first, jet.second], expected).enumerated() {
                let error = Swift.abs(actual - wanted)
                XCTAssertTrue(error <= tolerance * Swift.abs(wanted) || error <= 1e-300,
                              "\(text) vs \(reference.label), order \(order) at x = \(x): \(actual) vs \(wanted)",
                              file: file, line: line)
            }
        }
    }

    func testSmoothFunctions() throws {
        try check("x*sigmoid(x)", activation("silu"))
        try check("x*tanh(softplus(x))", activation("mish"))
        try check("log1p(exp(x))", activation("softplus"))
        try check("1/(1 + exp(-x))", activation("sigmoid"))
        try check("-log1p(exp(-x))", activation("logsigmoid"))
        try check("0.5*x*erfc(-x/sqrt(2))", activation("gelu"))
        // 1 + tanh(…) cancels for x ≲ −3.5 in the spelled formula (not in the catalog's), so stop there.
        try check("0.5*x*(1 + tanh(sqrt(2/pi)*(x + 0.044715*x^3)))", activation("gelu", [("approximate", "tanh")]),
                  at: Self.spread.filter { $0 > -3.5 })
        try check("exp(-x^2)", activation("gaussian"))
        try check("(sqrt(x^2 + 1) - 1)/2 + x", activation("bent_identity"))
        try check("x/sqrt(1 + x^2)", activation("isru"))
        try check("x/sqrt(1 + 0.3*x^2)", activation("isru", [("alpha", "0.3")]))
        try check("(x + sqrt(x^2 + 4))/2", activation("squareplus"))
        try check("atan(x)", activation("arctan"))
        try check("tanh(x)", activation("tanh"))
        try check("sin(x)", activation("sinusoid"))
        try check("sin(x)/x", activation("sinc"), at: Self.spread.filter { Swift.abs($0) > 0.3 })
        try check("x - tanh(x)", activation("tanhshrink"), at: Self.spread.filter { Swift.abs($0) > 0.5 })
        try check("x", activation("linear"))
    }

    func testPiecewiseFunctions() throws {
        try check("max(x, 0)", activation("relu"))
        try check("x*(x > 0)", activation("relu"))
        try check("where(x > 0, x, exp(x) - 1)", activation("elu"))
        try check("where(x > 0, x, 0.5*expm1(x))", activation("elu", [("alpha", "0.5")]))
        try check("x/(1 + abs(x))", activation("softsign"))
        try check("clip(x, -1, 1)", activation("hardtanh"))
        try check("clip(x, -2, 0.5)", activation("hardtanh", [("min_val", "-2"), ("max_val", "0.5")]))
        try check("min(max(x, 0), 6)", activation("relu6"))
        try check("max(x, 0.01*x)", activation("leaky_relu"))
        try check("where(x > 0, x, 0.2*x)", activation("leaky_relu", [("negative_slope", "0.2")]))
        try check("1.0507009873554804934193349852946*where(x > 0, x, 1.6732632423543772848170429916717*expm1(x))",
                  activation("selu"))
        try check("max(0, x) + min(0, 0.5*expm1(x/0.5))", activation("celu", [("alpha", "0.5")]))
        try check("clip(x/6 + 1/2, 0, 1)", activation("hardsigmoid"))
        try check("x*clip(x + 3, 0, 6)/6", activation("hardswish"))
        try check("where(x > 0.5, x - 0.5, where(x < -0.5, x + 0.5, 0))", activation("softshrink"))
        try check("x*(abs(x) > 0.5)", activation("hardshrink"))
        try check("x >= 0", activation("binary_step"))
        try check("where(x > 1, x, -2)", activation("threshold", [("threshold", "1"), ("value", "-2")]))
        try check("where(x >= 0, x, x/sqrt(1 + x^2))", activation("isrlu"))
    }

    /// `x*sigmoid(1.702*x)` (the sigmoid approximation of GELU) against its derivatives worked out
    /// by hand from the catalog's σ: f′ = σ + kxσ(1−σ), f″ = 2kσ(1−σ) + k²xσ(1−σ)(1−2σ), with
    /// 1 − σ(kx) taken as σ(−kx) so that the reference does not cancel for large x.
    func testSigmoidApproximationOfGELU() throws {
        let expression = try Expression.parse("x*sigmoid(1.702*x)")
        let sigmoid = try activation("sigmoid")
        let k = 1.702
        for x in Self.spread {
            let s = sigmoid.value(k * x)
            let complement = sigmoid.value(-k * x)
            let ds = s * complement
            let expected = [x * s, s + k * x * ds, 2 * k * ds + k * k * x * ds * (complement - s)]
            let jet = expression.evaluate(x)
            for (actual, wanted) in zip([jet.value, jet.first, jet.second], expected) {
                XCTAssertEqual(actual, wanted, accuracy: 1e-12 * Swift.abs(wanted), "x = \(x)")
            }
        }
    }

    /// The chain rule through catalog calls: f(g(x)) with the catalog's f′ and f″.
    func testChainRuleThroughCatalogCalls() throws {
        let pairs = [
            ("softplus(sin(x))", "log1p(exp(sin(x)))"),
            ("elu(2*x, alpha=0.5)", "where(2*x > 0, 2*x, 0.5*expm1(2*x))"),
            ("sigmoid(x^2 - 1)", "1/(1 + exp(1 - x^2))"),
            ("3*tanhshrink(x/2 + 1)", "3*(x/2 + 1 - tanh(x/2 + 1))"),
            ("leaky_relu(2*x, negative_slope=0.1)", "max(2*x, 0.2*x)"),
            ("gelu(x)^2", "(0.5*x*erfc(-x/sqrt(2)))^2"),
        ]
        for (text, spelled) in pairs {
            let a = try Expression.parse(text)
            let b = try Expression.parse(spelled)
            for x in Self.spread where Swift.abs(x / 2 + 1) > 0.3 {
                let (p, q) = (a.evaluate(x), b.evaluate(x))
                for (u, v) in [(p.value, q.value), (p.first, q.first), (p.second, q.second)] {
                    XCTAssertEqual(u, v, accuracy: 1e-12 * Swift.max(Swift.abs(v), 1e-300), "\(text) vs \(spelled) at \(x)")
                }
            }
        }
    }

    /// `name(x)` for every catalog name and alias is the catalog function itself (bit for bit), or,
    /// where an elementary function of the same name wins (tanh, atan, sin), the same mathematics.
    func testEveryCatalogFunctionIsCallable() throws {
        for function in Catalog.functions {
            let standard = function.standard
            for name in [function.name] + function.aliases {
                let expression = try Expression.parse("\(name)(x)")
                for x in [-2.5, -0.3, 0.7, 4.1] {
                    let jet = expression.evaluate(x)
                    let expected = [standard.value(x), standard.derivative(x), standard.secondDerivative(x)]
                    for (actual, wanted) in zip([jet.value, jet.first, jet.second], expected) {
                        XCTAssertEqual(actual, wanted, accuracy: 1e-14 * Swift.abs(wanted), "\(name) at \(x)")
                    }
                }
            }
        }
    }
}
