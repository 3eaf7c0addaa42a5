import XCTest
@testable import Activations

/// Every function against mpmath at 50+ digits (Reference/activations.tsv, made by
/// scripts/activations_reference.py).
final class ReferenceTableTests: XCTestCase {
    func testEveryRowMeetsTheNumericsBar() throws {
        let table = try checkReferenceTable("activations.tsv")
        XCTAssertGreaterThan(table.rows, 5000)
        XCTAssertGreaterThan(table.checked, 20000)
        XCTAssertEqual(table.specs, Set(sampleSpecs), "the table and sampleSpecs should cover the same specs")
        if !table.failures.isEmpty {
            XCTFail("\(table.failures.count) of \(table.checked) values miss the bar:\n"
                    + table.failures.prefix(40).joined(separator: "\n"))
        }
    }
}
