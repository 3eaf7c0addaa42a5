import Foundation
import XCTest
import Expressions

/// Values, first and second derivatives against mpmath at 50 digits: the table
/// Reference/expressions.tsv, written by scripts/expressions_reference.py (see there to regenerate).
final class ReferenceTableTests: XCTestCase {
    struct Row {
        var line: Int
        var expression: String
        var x: Double
        var expected: [Double]  // value, first, second
    }

    /// The rows of `Reference/<file>`: expressions.tsv, or another table in its format.
    static func rows(_ file: String = "expressions.tsv") throws -> [Row] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Reference").appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [Row] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("expression\t") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let x = Double(fields[1]) else {
                XCTFail("line \(i + 1): malformed row '\(line)'")
                continue
            }
            // Values below the double range (e.g. 1e-347) parse as 0 or a subnormal, and are
            // compared with the absolute tolerance.
            let expected = fields[2...4].map { Double($0) ?? .nan }
            rows.append(Row(line: i + 1, expression: fields[0], x: x, expected: expected))
        }
        return rows
    }

    /// Within 1e-12 relative, or 1e-300 absolute for values at the bottom of the double range.
    static func close(_ actual: Double, _ expected: Double) -> Bool {
        if expected.isNaN { return actual.isNaN }
        if expected.isInfinite { return actual == expected }
        return Swift.abs(actual - expected) <= Swift.max(1e-12 * Swift.abs(expected), 1e-300)
    }

    func testTableIsComplete() throws {
        let rows = try Self.rows()
        XCTAssertGreaterThan(rows.count, 500)
        let names = Set(rows.map { $0.expression.prefix { $0 != "(" } })
        for f in ["exp", "expm1", "log", "log1p", "sqrt", "sin", "cos", "tan", "atan", "sinh", "cosh",
                  "tanh", "erf", "erfc"] {
            XCTAssertTrue(names.contains(Substring(f)), "no rows for \(f)")
        }
        XCTAssertTrue(rows.contains { $0.expected[0].isNaN }, "no domain-error rows")
    }

    func testValuesAndDerivativesMatchMpmath() throws {
        var parsed: [String: Expressions.Expression] = [:]
        var failures = 0
        for row in try Self.rows() {
            let expression: Expressions.Expression
            if let cached = parsed[row.expression] {
                expression = cached
            } else {
                expression = try Expressions.Expression.parse(row.expression)
                parsed[row.expression] = expression
            }
            let jet = expression.evaluate(row.x)
            let actual = [jet.value, jet.first, jet.second]
            let single = [expression.value(row.x), expression.derivative(row.x), expression.secondDerivative(row.x)]
            for (order, name) in ["value", "first derivative", "second derivative"].enumerated() {
                if !Self.close(actual[order], row.expected[order]) {
                    failures += 1
                    XCTFail("line \(row.line): \(name) of \(row.expression) at x = \(row.x): "
                        + "\(actual[order]), mpmath \(row.expected[order])")
                }
                // The value-only and first-order evaluators agree with the full jet bit for bit.
                XCTAssertTrue(single[order] == actual[order] || (single[order].isNaN && actual[order].isNaN),
                              "line \(row.line): \(name) of \(row.expression) differs between evaluators")
            }
        }
        XCTAssertEqual(failures, 0)
    }
}
