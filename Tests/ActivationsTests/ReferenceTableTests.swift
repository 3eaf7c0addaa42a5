import XCTest
@testable import Activations

/// Every function against mpmath at 50+ digits (Reference/activations.tsv, made by
/// scripts/activations_reference.py).
final class ReferenceTableTests: XCTestCase {
    func testEveryRowMeetsTheNumericsBar() throws {
        let rows = try referenceLines("activations.tsv")
        XCTAssertGreaterThan(rows.count, 5000)
        var cache: [String: Activation] = [:]
        var failures: [String] = []
        var checked = 0
        for row in rows {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            XCTAssertEqual(fields.count, 5, "malformed row: \(row)")
            guard fields.count == 5, let x = Double(fields[1]) else { continue }
            let spec = fields[0]
            let a = try cache[spec] ?? Catalog.activation(spec)
            cache[spec] = a
            let columns: [(String, (Double) -> Double)] = [
                ("f", a.value), ("f′", a.derivative), ("f″", a.secondDerivative),
            ]
            for (i, (what, evaluate)) in columns.enumerated() where fields[2 + i] != "-" {
                guard let want = Double(fields[2 + i]) else {
                    failures.append("unparsable reference \(fields[2 + i])")
                    continue
                }
                let got = evaluate(x)
                checked += 1
                if !meetsBar(got, want) {
                    let error = want == 0 ? abs(got) : abs(got - want) / abs(want)
                    failures.append("\(spec) \(what)(\(x)) = \(got), mpmath \(want) (error \(error))")
                }
            }
        }
        XCTAssertGreaterThan(checked, 20000)
        XCTAssertEqual(Set(cache.keys), Set(sampleSpecs), "the table and sampleSpecs should cover the same specs")
        if !failures.isEmpty {
            XCTFail("\(failures.count) of \(checked) values miss the bar:\n" + failures.prefix(40).joined(separator: "\n"))
        }
    }
}
