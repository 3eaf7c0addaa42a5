import Expressions
import XCTest

/// The grammar: numbers, precedence and associativity, names, calls and keywords.
final class ParsingTests: XCTestCase {
    func value(_ text: String, at x: Double = 3, file: StaticString = #filePath, line: UInt = #line) throws -> Double {
        try Expression.parse(text).value(x)
    }

    func testNumbers() throws {
        let cases: [(String, Double)] = [
            ("1e-3", 1e-3), (".5", 0.5), ("2.", 2), ("2.e1", 20), ("1E+2", 100), ("0.25e-2", 0.0025),
            ("007", 7), ("1e308", 1e308), ("1e-400", 0), ("pi", Double.pi), ("e", 2.718281828459045),
            ("E", 2.718281828459045), ("π", Double.pi), ("inf", .infinity), ("-inf", -.infinity),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(try value(text), expected, text)
        }
        XCTAssertEqual(try value("e"), try value("exp(1)"))
        XCTAssertEqual(try value("e^x", at: 1.3), try value("exp(x)", at: 1.3))
    }

    func testPrecedenceAndAssociativity() throws {
        let cases: [(String, Double)] = [
            ("-x^2", -9), ("(-x)^2", 9), ("-2^2", -4), ("2^3^2", 512), ("(2^3)^2", 64), ("2**3**2", 512),
            ("2^-1", 0.5), ("2**-x", 0.125), ("2^-x^2", 1.0 / 512), ("x^2*2", 18), ("2*x^2", 18),
            ("2*-x", -6), ("- -x", 3), ("+x", 3), ("-+-x", 3), ("1 - 2 - 3", -4), ("8/4/2", 1),
            ("1/2*x", 1.5), ("2 + 3*4", 14), ("(2 + 3)*4", 20), ("x - -1", 4), ("2*x - x/3", 5),
            ("x > 2 + 1", 0), ("x >= 2 + 1", 1), ("1 + (x < 4)", 2), ("x == 3", 1), ("x != 3", 0),
            ("x <= 3", 1), ("x < 3", 0), ("-x > -4", 1), ("2 - x^2 > 0", 0),
            ("min(x, 2, 5)", 2), ("max(1, x, 2)", 3), ("abs(-x)", 3), ("clip(x, 0, 2)", 2),
            ("clip(x, 4, 2)", 2), ("where(x > 2, 10, 20)", 10), ("where(0, 10, 20)", 20),
            ("X + PI - pi", 3), ("Exp(0)", 1), ("3 × x − 1 ÷ 2", 8.5), ("2·x", 6),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(try value(text), expected, accuracy: 1e-15, text)
        }
    }

    func testTextIsTrimmedAndKeptAsWritten() throws {
        let expression = try Expression.parse("  x*sigmoid(1.702*x) \n\t")
        XCTAssertEqual(expression.text, "x*sigmoid(1.702*x)")
        XCTAssertEqual(expression.label, "x*sigmoid(1.702*x)")
        XCTAssertEqual("\(expression)", "x*sigmoid(1.702*x)")
        XCTAssertEqual(try Expression.parse("x\n+\n1").value(1), 2)
    }

    func testKeywordArguments() throws {
        let half = try Expression.parse("elu(x, alpha=0.5)")
        XCTAssertEqual(try Expression.parse("elu(x, alpha=1/2)").value(-1), half.value(-1))
        XCTAssertEqual(try Expression.parse("elu(x, ALPHA=.5)").value(-1), half.value(-1))
        XCTAssertEqual(try Expression.parse("elu(alpha=0.5, x)").value(-1), half.value(-1), "positional after keyword")
        XCTAssertEqual(try Expression.parse("elu(x, alpha=-0.5)").value(-1), -half.value(-1))
        XCTAssertEqual(half.value(-1), 0.5 * (try value("expm1(-1)")), accuracy: 1e-16)
        let tanhGELU = try Expression.parse("gelu(x, approximate=tanh)")
        XCTAssertEqual(try Expression.parse("gelu(x, approximate='tanh')").value(1), tanhGELU.value(1))
        XCTAssertEqual(try Expression.parse("GELU(X, Approximate=TANH)").value(1), tanhGELU.value(1))
        XCTAssertNotEqual(try Expression.parse("gelu(x)").value(1), tanhGELU.value(1))
        XCTAssertEqual(try Expression.parse("leaky_relu(2*x, negative_slope=0.1)").value(-1), -0.2, accuracy: 1e-16)
        XCTAssertEqual(try Expression.parse("leaky_relu(x, alpha=0.1)").value(-1), -0.1, "parameter alias")
        XCTAssertEqual(try Expression.parse("swish(x)").value(2), try Expression.parse("silu(x)").value(2), "alias")
        XCTAssertEqual(try Expression.parse("elu(x, alpha=2*pi)").value(-1), 2 * Double.pi * (try value("expm1(-1)")),
                       accuracy: 1e-15)
    }

    func testDeepButAllowedNesting() throws {
        let depth = Expression.maximumDepth
        let nested = String(repeating: "(", count: depth) + "x" + String(repeating: ")", count: depth)
        XCTAssertEqual(try Expression.parse(nested).value(2), 2)
        let calls = String(repeating: "abs(", count: depth) + "x" + String(repeating: ")", count: depth)
        XCTAssertEqual(try Expression.parse(calls).value(-2), 2)
    }

    /// Long flat sums and long runs of signs need no nesting and stay within the stack.
    func testLongFlatExpressions() throws {
        let terms = 20_000
        let sum = Array(repeating: "x", count: terms).joined(separator: "+")
        XCTAssertEqual(try Expression.parse(sum).evaluate(1), Jet(value: Double(terms), first: Double(terms), second: 0))
        let signs = String(repeating: "-", count: 50_001) + "x"
        XCTAssertEqual(try Expression.parse(signs).evaluate(2), Jet(value: -2, first: -1, second: 0))
        let product = Array(repeating: "x", count: 1000).joined(separator: "*")
        XCTAssertEqual(try Expression.parse(product).value(1), 1)
    }

    func testConstantsFold() throws {
        let expression = try Expression.parse("2*pi*sqrt(4)")
        XCTAssertFalse(expression.dependsOnX)
        XCTAssertEqual(expression.evaluate(7), Jet(value: 4 * Double.pi, first: 0, second: 0))
        XCTAssertTrue(try Expression.parse("0*x").dependsOnX)
        // A constant condition picks its branch; the other is never evaluated.
        XCTAssertEqual(try Expression.parse("where(1, x, log(-1))").evaluate(2), Jet(value: 2, first: 1, second: 0))
    }
}
