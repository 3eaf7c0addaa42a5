import XCTest
@testable import Activations

/// Linspace reproduces numpy.linspace bit for bit (Reference/linspace.tsv, made with numpy).
final class LinspaceTests: XCTestCase {
    func testMatchesNumpyBitForBit() throws {
        let rows = try referenceLines("linspace.tsv")
        XCTAssertGreaterThan(rows.count, 10)
        for row in rows {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            XCTAssertEqual(fields.count, 4, "malformed row: \(row)")
            guard fields.count == 4, let start = Double(fields[0]), let stop = Double(fields[1]),
                  let count = Int(fields[2]) else { continue }
            let expected = fields[3].isEmpty ? [] : fields[3].split(separator: ",").map { Double(String($0))! }
            let space = Linspace(from: start, through: stop, count: count)
            XCTAssertEqual(space.count, expected.count, row.prefix(40).description)
            for (i, (got, want)) in zip(space, expected).enumerated() {
                let same = got.bitPattern == want.bitPattern || (got.isNaN && want.isNaN) || (got == 0 && want == 0)
                XCTAssertTrue(same, "linspace(\(start), \(stop), \(count))[\(i)] = \(got), numpy \(want)")
            }
        }
    }

    func testCollectionBehaviour() {
        let space = Linspace(from: -1, through: 1, count: 5)
        XCTAssertEqual(Array(space), [-1, -0.5, 0, 0.5, 1])
        XCTAssertEqual(space.first, -1)
        XCTAssertEqual(space.last, 1)
        XCTAssertEqual(Array(space.reversed()), [1, 0.5, 0, -0.5, -1])
        XCTAssertEqual(space[space.index(space.startIndex, offsetBy: 3)], 0.5)
        XCTAssertTrue(Linspace(from: 0, through: 1, count: 0).isEmpty)
        XCTAssertEqual(Array(Linspace(from: 3, through: 7, count: 1)), [3])
        let long = Linspace(from: 0.1, through: 0.7, count: 1001)
        XCTAssertEqual(long.last, 0.7)
    }
}
