import Foundation
import XCTest
@testable import Activations
@testable import Expressions

/// The rounding-error estimate carried through the jets, and the warnings built on it, against the
/// errors really made: Reference/cancellation.tsv (formulas that cancel, from
/// scripts/cancellation_reference.py) and Reference/expressions.tsv (formulas that do not), both by
/// mpmath.
final class CancellationTests: XCTestCase {
    private static func rows(_ file: String) throws -> [ReferenceTableTests.Row] {
        try ReferenceTableTests.rows(file)
    }

    private func parse(_ text: String) throws -> Expressions.Expression {
        try Expressions.Expression.parse(text)
    }

    /// The estimate runs the same operations as the evaluator: the same jet, bit for bit.
    func testTheEstimateComputesTheSameJet() throws {
        for row in try Self.rows("expressions.tsv") + Self.rows("cancellation.tsv") {
            let expression = try parse(row.expression)
            let (jet, error) = expression.roundingEstimate(at: row.x)
            let plain = expression.evaluate(row.x)
            for (a, b) in [(jet.value, plain.value), (jet.first, plain.first), (jet.second, plain.second)] {
                XCTAssertTrue(a == b || (a.isNaN && b.isNaN), "\(row.expression) at \(row.x): \(jet) vs \(plain)")
            }
            for e in [error.value, error.first, error.second] where jet.value.isFinite {
                XCTAssertTrue(e >= 0 || e.isNaN, "\(row.expression) at \(row.x): negative error \(error)")
            }
        }
    }

    /// Where the truth is known, the error really made is no more than twice the estimate: the
    /// estimate does not miss a loss of digits.
    func testTheEstimateCoversTheErrorReallyMade() throws {
        var failures: [String] = []
        var lossesSeen = 0
        for row in try Self.rows("expressions.tsv") + Self.rows("cancellation.tsv") {
            let (jet, error) = try parse(row.expression).roundingEstimate(at: row.x)
            let got = [jet.value, jet.first, jet.second], estimate = [error.value, error.first, error.second]
            for order in 0..<3 where row.expected[order].isFinite && got[order].isFinite {
                let actual = abs(got[order] - row.expected[order])
                if actual > 1e-8 * abs(row.expected[order]) { lossesSeen += 1 }
                // 17 printed digits make the reference itself good to 5e-17 relative.
                if actual > 2 * estimate[order] + 1e-16 * abs(row.expected[order]) + 1e-300 {
                    failures.append("\(row.expression) order \(order) at \(row.x): error \(actual), estimate \(estimate[order])")
                }
            }
        }
        XCTAssertGreaterThan(lossesSeen, 10, "the cancellation table should contain real losses")
        XCTAssertTrue(failures.isEmpty, failures.joined(separator: "\n"))
    }

    /// Formulas without cancellation at the points the main table uses get small estimates: no
    /// warning where nothing is wrong.
    func testWellConditionedFormulasGetSmallEstimates() throws {
        var failures: [String] = []
        for row in try Self.rows("expressions.tsv") {
            let (jet, error) = try parse(row.expression).roundingEstimate(at: row.x)
            let got = [jet.value, jet.first, jet.second], estimate = [error.value, error.first, error.second]
            for order in 0..<3 where got[order].isFinite && got[order] != 0 {
                if estimate[order] > Expressions.Expression.unreliable * abs(got[order]) {
                    failures.append("\(row.expression) order \(order) at \(row.x): \(got[order]) ± \(estimate[order])")
                }
            }
        }
        XCTAssertTrue(failures.isEmpty, failures.joined(separator: "\n"))
    }

    /// The example: sqrt(x^2+1e-12) on −30:30 has f″ 15% off at x = −28.74 (and no digit right
    /// for |x| ≳ 15); its f′ is fine.
    func testTheSquareRootExampleIsFound() throws {
        let expression = try parse("sqrt(x^2+1e-12)")
        let reference = try XCTUnwrap(Self.rows("cancellation.tsv").first {
            $0.expression == "sqrt(x^2+1e-12)" && $0.x == -28.738738738738736
        })
        let computed = expression.secondDerivative(reference.x)
        XCTAssertGreaterThan(abs(computed - reference.expected[2]) / reference.expected[2], 0.01)

        let xs = Array(Linspace(from: -30, through: 30, count: 1000))
        let found = try XCTUnwrap(expression.cancellation(.second, at: xs))
        XCTAssertEqual(found.order, .second)
        XCTAssertTrue(found.ranges.contains { $0.contains(reference.x) }, "\(found.ranges)")
        XCTAssertTrue(found.ranges.contains { $0.contains(28.738738738738736) }, "\(found.ranges)")
        XCTAssertLessThan(found.correctDigits, 2)
        XCTAssertGreaterThan(abs(found.worst), 15)
        XCTAssertNil(expression.cancellation(.first, at: xs))
    }

    /// A derivative that cancels over a stretch is reported as that stretch.
    func testRangesFollowTheLoss() throws {
        let xs = Array(Linspace(from: -40, through: 40, count: 801))
        let found = try XCTUnwrap(parse("log(cosh(x))").cancellation(.second, at: xs))
        // f″ = sech²x, computed as (cosh² − sinh²)/cosh², cancels once e^{−2|x|} nears 10⁻⁸·2⁻⁵³.
        XCTAssertEqual(found.ranges.count, 2, "\(found.ranges)")
        XCTAssertTrue(found.ranges.allSatisfy { abs($0.lowerBound) > 5 && abs($0.upperBound) > 5 }, "\(found.ranges)")
        XCTAssertNil(try parse("log(cosh(x))").cancellation(.first, at: xs))
    }

    /// x out of order or not finite are no reason to crash: non-finite ones are skipped.
    func testUnorderedAndNonFiniteSamples() throws {
        let expression = try parse("sqrt(x^2+1e-12)")
        let found = try XCTUnwrap(expression.cancellation(.second, at: [30, 20, .nan, -20, .infinity, -30]))
        XCTAssertTrue(found.ranges.allSatisfy { $0.lowerBound.isFinite && $0.upperBound.isFinite })
        XCTAssertNil(expression.cancellation(.second, at: []))
        XCTAssertNil(expression.cancellation(.second, at: [.nan]))
    }

    /// Formulas that spell out catalog functions stably are not flagged, nor is a derivative that
    /// merely passes through zero between samples, nor one that is exactly zero.
    func testNoWarningWithoutCancellation() throws {
        let xs = Array(Linspace(from: -10, through: 10, count: 1000))
        for text in ["x*sigmoid(1.702*x)", "x*tanh(softplus(x))", "0.5*x*erfc(-x/sqrt(2))", "sin(x)", "x^3 - x",
                     "x^2 - x*x", "elu(x, alpha=0.5) + 0.1*x"] {
            let expression = try parse(text)
            for order in [DerivativeOrder.first, .second] {
                XCTAssertNil(expression.cancellation(order, at: xs), "\(text), \(order)")
            }
        }
    }
}
