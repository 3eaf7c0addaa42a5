import Expressions
import XCTest

/// Derivative rules beyond the reference table: kink conventions, domain errors, infinities,
/// kink lists and the agreement of the evaluators.
final class DifferentiationTests: XCTestCase {
    func jet(_ text: String, _ x: Double) throws -> Jet {
        try Expression.parse(text).evaluate(x)
    }

    func assertNaN(_ text: String, at x: Double, file: StaticString = #filePath, line: UInt = #line) throws {
        let j = try jet(text, x)
        XCTAssertTrue(j.value.isNaN && j.first.isNaN && j.second.isNaN, "\(text) at \(x): \(j)", file: file, line: line)
    }

    func testDomainErrorsAreNaNNotCrashes() throws {
        try assertNaN("log(x)", at: -1)
        try assertNaN("sqrt(x)", at: -1e-300)
        try assertNaN("log1p(x)", at: -2)
        try assertNaN("x/x", at: 0)
        try assertNaN("(x - x)/(x - x)", at: 3)
        try assertNaN("0/0 + x", at: 1)
        try assertNaN("x^0.5", at: -4)
        try assertNaN("x^(1/3)", at: -8)
        try assertNaN("log(x - 2) + sqrt(x)", at: 1)
        try assertNaN("elu(log(x))", at: -1)
        try assertNaN("max(log(x), 0)", at: -1)
        try assertNaN("where(log(x) > 0, 1, 2)", at: -1)
        try assertNaN("abs(sqrt(x))", at: -1)
        try assertNaN("clip(sqrt(x), 0, 1)", at: -1)
        try assertNaN("x", at: .nan)
        try assertNaN("sin(x)", at: .infinity)
        // Poles are infinite, not NaN.
        XCTAssertEqual(try jet("1/x", 0), Jet(value: .infinity, first: -.infinity, second: .infinity))
        XCTAssertEqual(try jet("log(x)", 0).value, -.infinity)
        XCTAssertEqual(try jet("sqrt(x)", 0), Jet(value: 0, first: .infinity, second: -.infinity))
    }

    /// A constant factor meets an infinite derivative without turning it into NaN.
    func testOverflowStaysInfinite() throws {
        XCTAssertEqual(try jet("2*exp(x)", 800), Jet(value: .infinity, first: .infinity, second: .infinity))
        XCTAssertEqual(try jet("exp(x)/2 + 1", 800), Jet(value: .infinity, first: .infinity, second: .infinity))
        XCTAssertEqual(try jet("-exp(x)", 800).first, -.infinity)
        XCTAssertEqual(try jet("exp(-x)", 800), Jet(value: 0, first: -0.0, second: 0))
        XCTAssertEqual(try jet("x*sigmoid(x)", -800).value, -0.0)
    }

    /// PyTorch's conventions: abs′(0) = 0; min/max split the derivative at a tie; clip passes it at
    /// its bounds; comparisons have derivative 0; where takes the chosen branch's derivatives only.
    func testKinkConventions() throws {
        XCTAssertEqual(try jet("abs(x)", 0), Jet(value: 0, first: 0, second: 0))
        XCTAssertEqual(try jet("abs(x)", -2), Jet(value: 2, first: -1, second: 0))
        XCTAssertEqual(try jet("abs(x^2 - 4)", 1), Jet(value: 3, first: -2, second: -2))
        XCTAssertEqual(try jet("max(x, 0)", 0), Jet(value: 0, first: 0.5, second: 0))
        XCTAssertEqual(try jet("min(x, 0)", 0), Jet(value: 0, first: 0.5, second: 0))
        XCTAssertEqual(try jet("max(x, 0)", -1), Jet(value: 0, first: 0, second: 0))
        XCTAssertEqual(try jet("max(x^2, 2*x)", 2), Jet(value: 4, first: 3, second: 1), "tie: (4+2)/2, (2+0)/2")
        XCTAssertEqual(try jet("max(x, 2*x, 3*x)", 1), Jet(value: 3, first: 3, second: 0))
        XCTAssertEqual(try jet("clip(x, 0, 1)", 0), Jet(value: 0, first: 1, second: 0))
        XCTAssertEqual(try jet("clip(x, 0, 1)", 1), Jet(value: 1, first: 1, second: 0))
        XCTAssertEqual(try jet("clip(x, 0, 1)", 1.5), Jet(value: 1, first: 0, second: 0))
        XCTAssertEqual(try jet("clip(x, x^2, 9)", 0.5), Jet(value: 0.5, first: 1, second: 0))
        XCTAssertEqual(try jet("clip(x, x^2, 9)", 2), Jet(value: 4, first: 4, second: 2), "below the lower bound")
        XCTAssertEqual(try jet("x > 0", 1), Jet(value: 1, first: 0, second: 0))
        XCTAssertEqual(try jet("x*(x > 0)", 0), Jet(value: 0, first: 0, second: 0))
        XCTAssertEqual(try jet("where(x > 0, sqrt(x), 0)", -1), Jet(value: 0, first: 0, second: 0),
                       "the branch not taken does not leak NaN")
        XCTAssertEqual(try jet("where(x, 1, 2)", 0), Jet(value: 2, first: 0, second: 0))
        XCTAssertEqual(try jet("where(x, x^2, 2)", -3), Jet(value: 9, first: -6, second: 2))
    }

    func testPowers() throws {
        XCTAssertEqual(try jet("x^2", 0), Jet(value: 0, first: 0, second: 2))
        XCTAssertEqual(try jet("x^1", 0), Jet(value: 0, first: 1, second: 0))
        XCTAssertEqual(try jet("x^0", 0), Jet(value: 1, first: 0, second: 0))
        XCTAssertEqual(try jet("x^3", -2), Jet(value: -8, first: 12, second: -12))
        XCTAssertEqual(try jet("x^-1", -2), Jet(value: -0.5, first: -0.25, second: -0.25))
        XCTAssertEqual(try jet("x^-2", -2), Jet(value: 0.25, first: 0.25, second: 0.375))
        XCTAssertEqual(try jet("x^(1+1)", -3), Jet(value: 9, first: -6, second: 2))
        XCTAssertEqual(try jet("2^x", 3), Jet(value: 8, first: 8 * 0.6931471805599453, second: 8 * 0.6931471805599453 * 0.6931471805599453))
        XCTAssertEqual(try jet("0^x", 2), Jet(value: 0, first: 0, second: 0))
        XCTAssertEqual(try jet("(-2)^x", 3).value, -8)
        XCTAssertTrue(try jet("(-2)^x", 3).first.isNaN)
        XCTAssertEqual(try jet("x^x", -1).value, -1, "integral exponent: repeated multiplication")
        let xx = try jet("x^x", 2)
        XCTAssertEqual(xx.value, 4)
        XCTAssertEqual(xx.first, 4 * (0.6931471805599453 + 1), accuracy: 1e-15)
        XCTAssertEqual(xx.second, 4 * ((0.6931471805599453 + 1) * (0.6931471805599453 + 1) + 0.5), accuracy: 1e-14)
    }

    func testKinks() throws {
        let cases: [(String, [Double])] = [
            ("relu(x)", [0]), ("hardtanh(x)", [-1, 1]), ("hardtanh(2*x + 1)", [-1, 0]), ("elu(x/2 + 1)", [-2]),
            ("relu(-x)", [0]), ("relu(3 - x)", [3]), ("abs(x - 1) + max(x, 2)", [1, 2]), ("x*sigmoid(x)", []),
            ("clip(x, -1, 1)", [-1, 1]), ("clip(x, 2, 1)", [1, 2]), ("where(x > 0.5, x, 0)", [0.5]),
            ("max(x, 0.1*x)", [0]), ("min(x, 2*x - 3, 1)", [1, 2, 3]), ("x*(x >= -1)", [-1]),
            ("abs(x^2 - 1)", []), ("relu(x) + relu(x)", [0]), ("abs(2)", []), ("hardtanh(0*x)", []),
            ("relu(exp(x))", []), ("relu(x)*relu(x - 1)", [0, 1]), ("-relu(-2*(x - 3))", [3]),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(try Expression.parse(text).kinks, expected, text)
        }
    }

    func testSingleAndBatchEvaluationAgree() throws {
        let xs = (-400...400).map { Double($0) / 37 } + [0, -0.0, .infinity, -.infinity, .nan, 1e300, -1e-300]
        for text in ["x*tanh(softplus(x))", "where(x > 0, x, expm1(x))", "x^x", "log(x)", "clip(x, -1, 2)^2",
                     "max(x, 0.2*x, sin(x))", "gelu(x, approximate=tanh) + elu(2*x)", "7"] {
            let expression = try Expression.parse(text)
            let jets = expression.evaluate(at: xs)
            let values = expression.values(at: xs)
            let firsts = expression.derivatives(at: xs)
            let seconds = expression.secondDerivatives(at: xs)
            XCTAssertEqual(jets.count, xs.count)
            for (i, x) in xs.enumerated() {
                let single = expression.evaluate(x)
                for (a, b) in [(single.value, jets[i].value), (single.first, jets[i].first), (single.second, jets[i].second),
                               (expression.value(x), values[i]), (expression.derivative(x), firsts[i]),
                               (expression.secondDerivative(x), seconds[i]), (single.value, values[i]),
                               (single.first, firsts[i])] {
                    XCTAssertTrue(a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN), "\(text) at \(x): \(a) vs \(b)")
                }
            }
        }
        XCTAssertEqual(try Expression.parse("x").values(at: []), [])
    }
}
