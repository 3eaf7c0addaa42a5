import Foundation
import XCTest

@testable import Chart

/// The simplifier against matplotlib's own (scripts/matplotlib_simplify.py): the same vertices,
/// bit for bit.
final class PathSimplifierTests: XCTestCase {
    struct Fixture: Decodable {
        struct Case: Decodable {
            let name: String
            let points: [[String]]
            let simplified: [[String]]
        }
        let threshold: Double
        let cases: [Case]
    }

    func testEveryCaseKeepsTheVerticesMatplotlibKeeps() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/matplotlib-simplify.json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        XCTAssertEqual(fixture.cases.count, 9)
        func points(_ pairs: [[String]]) -> [Point] { pairs.map { Point(Double($0[0])!, Double($0[1])!) } }
        for c in fixture.cases {
            let got = PathSimplifier.simplify(points(c.points), threshold: fixture.threshold)
            XCTAssertEqual(got, points(c.simplified), c.name)
        }
    }

    func testAKinkSampledExactlyStaysACorner() {
        // relu in device units: the vertex at the kink survives, everything else collapses.
        let points = (0..<1001).map { i -> Point in
            let x = -10 + Double(i) * 0.02
            return Point(100 + Double(i) * 0.5, 400 - max(x, 0) * 20)
        }
        // (matplotlib repeats the last vertex.)
        XCTAssertEqual(PathSimplifier.simplify(points), [points[0], points[500], points[1000], points[1000]])
    }
}
