import XCTest
@testable import Activations

/// Every function against mpmath at 50+ digits (Reference/activations.tsv, made by
/// scripts/activations_reference.py).
final class ReferenceTableTests: XCTestCase {
    func testEveryRowMeetsTheNumericsBar() throws {
        let table = try checkReferenceTable("activations.tsv")
        XCTAssertGreaterThan(table.rows, 5000)
        XCTAssertGreaterThan(table.checked, 20000)
        // The sweeps' values (sweeps.tsv) are tabulated as specs of their own.
        let sweeps = try referenceLines("sweeps.tsv").flatMap { line -> [String] in
            let fields = line.split(separator: "\t").map(String.init)
            let key = fields[1].prefix { $0 != "=" }
            return fields[2].split(separator: ",").map { "\(fields[0]):\(key)=\($0)" }
        }
        XCTAssertEqual(sweeps.count, 17)
        XCTAssertEqual(table.specs, Set(sampleSpecs + sweeps), "the table should cover sampleSpecs and the sweeps' values")
        if !table.failures.isEmpty {
            XCTFail("\(table.failures.count) of \(table.checked) values miss the bar:\n"
                    + table.failures.prefix(40).joined(separator: "\n"))
        }
    }
}
