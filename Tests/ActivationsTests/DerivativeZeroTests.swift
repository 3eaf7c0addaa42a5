import XCTest
@testable import Activations

/// f, f′ and f″ near every zero of f′ and f″ (Reference/derivative_zeros.tsv, made by
/// scripts/derivative_zeros.py with mpmath): 101 points in windows of relative width 1e−13, 1e−9 and
/// 1e−5 around each zero, and points 10⁻¹⁶ … 10⁻⁰·⁵ away either side, where the Taylor expansions
/// hand over to the closed forms. Every value within 1e−12 relative.
final class DerivativeZeroTests: XCTestCase {
    func testValuesNearZerosOfTheDerivativesMeetTheBar() throws {
        let table = try checkReferenceTable("derivative_zeros.tsv")
        XCTAssertGreaterThan(table.rows, 20000)
        for spec in ["gelu", "gelu:approximate=tanh", "silu", "mish", "sinc", "sinusoid", "gaussian", "tanhshrink"] {
            XCTAssertTrue(table.specs.contains(spec), "\(spec) has no rows")
        }
        if !table.failures.isEmpty {
            XCTFail("\(table.failures.count) of \(table.checked) values miss the bar:\n"
                    + table.failures.prefix(60).joined(separator: "\n"))
        }
    }
}
