import Foundation
import XCTest

@testable import Chart

/// The axis decisions of matplotlib 3.11 (default style, 6.4 × 4.8 in figure, one Axes), recorded by
/// scripts/matplotlib_axes.py into Fixtures/matplotlib-axes.json.
final class TickerTests: XCTestCase {
    /// The default Axes: 0.775 × 6.4 in wide and 0.77 × 4.8 in tall, in points.
    static let xLength = 0.775 * 6.4 * 72
    static let yLength = 0.77 * 4.8 * 72

    struct Expected {
        var view: (Double, Double)
        var ticks: [Double]
        var labels: [String]
        var offset: String
        var tickSpace: Int
    }

    struct Case {
        var data: (Double, Double)
        var x: Expected
        var y: Expected
    }

    static func loadFixture() throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/matplotlib-axes.json")
        let root = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let cases = try XCTUnwrap(root["cases"] as? [[String: Any]])
        func number(_ any: Any?) throws -> Double {
            try XCTUnwrap((any as? NSNumber)?.doubleValue, "not a number: \(String(describing: any))")
        }
        func axis(_ any: Any?) throws -> Expected {
            let a = try XCTUnwrap(any as? [String: Any])
            let view = try XCTUnwrap(a["view"] as? [Any])
            return Expected(
                view: (try number(view[0]), try number(view[1])),
                ticks: try XCTUnwrap(a["ticks"] as? [Any]).map(number),
                labels: try XCTUnwrap(a["labels"] as? [String]),
                offset: try XCTUnwrap(a["offset"] as? String),
                tickSpace: Int(try number(a["tick_space"])))
        }
        return try cases.map { c in
            let data = try XCTUnwrap(c["data"] as? [Any])
            return Case(data: (try number(data[0]), try number(data[1])), x: try axis(c["x"]), y: try axis(c["y"]))
        }
    }

    static func close(_ a: Double, _ b: Double, scale: Double, rtol: Double = 1e-9) -> Bool {
        abs(a - b) <= rtol * max(abs(b), scale)
    }

    /// Compares one decision with matplotlib's; returns a description of every difference.
    static func differences(_ got: AxisDecision, _ want: Expected) -> [String] {
        var problems: [String] = []
        let span = abs(want.view.1 - want.view.0)
        if !close(got.viewMin, want.view.0, scale: 0) || !close(got.viewMax, want.view.1, scale: 0) {
            problems.append("view \(got.viewMin)...\(got.viewMax), want \(want.view.0)...\(want.view.1)")
        }
        if got.ticks.count != want.ticks.count
            || zip(got.ticks, want.ticks).contains(where: { !close($0, $1, scale: span) })
        {
            problems.append("ticks \(got.ticks), want \(want.ticks)")
        }
        if got.labels != want.labels {
            problems.append("labels \(got.labels), want \(want.labels)")
        }
        if got.offsetText != want.offset {
            problems.append("offset \"\(got.offsetText)\", want \"\(want.offset)\"")
        }
        return problems
    }

    func testFixtureHas160Cases() throws {
        XCTAssertEqual(try Self.loadFixture().count, 160)
    }

    func testTickSpaceOfDefaultAxes() throws {
        XCTAssertEqual(tickSpace(lengthInPoints: Self.xLength, kind: .x), 11)
        XCTAssertEqual(tickSpace(lengthInPoints: Self.yLength, kind: .y), 13)
        for c in try Self.loadFixture() {
            XCTAssertEqual(c.x.tickSpace, 11)
            XCTAssertEqual(c.y.tickSpace, 13)
        }
        XCTAssertEqual(MaxNLocator.auto(tickSpace: 11).nbins, 9)
        XCTAssertEqual(MaxNLocator.auto(tickSpace: 4).nbins, 4)
        XCTAssertEqual(MaxNLocator.auto(tickSpace: 0).nbins, 1)
    }

    /// Every fixture case, both axes: limits and ticks within 1e-9 relative, labels and offset text
    /// identical.
    func testAllFixtureCasesMatchMatplotlib() throws {
        let cases = try Self.loadFixture()
        var passed = 0
        for (index, c) in cases.enumerated() {
            var caseOK = true
            for (kind, want, length) in [(AxisKind.x, c.x, Self.xLength), (.y, c.y, Self.yLength)] {
                let got = decideAxis(dataMin: c.data.0, dataMax: c.data.1, lengthInPoints: length, kind: kind)
                let problems = Self.differences(got, want)
                if !problems.isEmpty {
                    caseOK = false
                    XCTFail("case \(index), data \(c.data.0)...\(c.data.1), \(kind) axis: " + problems.joined(separator: "; "))
                }
            }
            if caseOK { passed += 1 }
        }
        print("TickerTests: \(passed) of \(cases.count) matplotlib fixture cases match on both axes")
        XCTAssertEqual(passed, cases.count)
    }

    // MARK: - Regressions checked against matplotlib 3.11.2 (ax.plot([lo, hi], [lo, hi]), default figure)

    func check(
        _ lo: Double, _ hi: Double, view: (Double, Double), ticks: [Double], labels: [String],
        offset: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        let want = Expected(view: view, ticks: ticks, labels: labels, offset: offset, tickSpace: 0)
        for (kind, length) in [(AxisKind.x, Self.xLength), (.y, Self.yLength)] {
            let got = decideAxis(dataMin: lo, dataMax: hi, lengthInPoints: length, kind: kind)
            let problems = Self.differences(got, want)
            XCTAssert(problems.isEmpty, "data \(lo)...\(hi), \(kind): " + problems.joined(separator: "; "),
                      file: file, line: line)
        }
    }

    func testZeroWidthAtZero() {
        // A constant y = 0: nonsingular gives ±0.05, then the margins ±0.055.
        check(0, 0, view: (-0.05500000000000001, 0.05500000000000001),
              ticks: [-0.039999999999999994, -0.019999999999999997, 0.0, 0.020000000000000004, 0.04000000000000001],
              labels: ["−0.04", "−0.02", "0.00", "0.02", "0.04"], offset: "")
    }

    func testZeroWidthAtOne() {
        // A constant y = 1: widened by 5 % of 1, then 5 % margins.
        check(1, 1, view: (0.945, 1.0550000000000002),
              ticks: [0.9600000000000001, 0.9800000000000001, 1.0, 1.02, 1.04],
              labels: ["0.96", "0.98", "1.00", "1.02", "1.04"], offset: "")
        check(-1, -1, view: (-1.0550000000000002, -0.945),
              ticks: [-1.04, -1.02, -1.0, -0.9800000000000001, -0.9600000000000001],
              labels: ["−1.04", "−1.02", "−1.00", "−0.98", "−0.96"], offset: "")
        check(-3.5, -3.5, view: (-3.6925, -3.3075),
              ticks: [-3.6500000000000004, -3.6, -3.5500000000000003, -3.5, -3.45, -3.4000000000000004, -3.35],
              labels: ["−3.65", "−3.60", "−3.55", "−3.50", "−3.45", "−3.40", "−3.35"], offset: "")
    }

    func testZeroWidthFarFromOne() {
        check(1e-20, 1e-20, view: (9.45e-21, 1.055e-20),
              ticks: [9.600000000000001e-21, 9.8e-21, 1.0000000000000001e-20, 1.02e-20, 1.04e-20],
              labels: ["0.96", "0.98", "1.00", "1.02", "1.04"], offset: "1e−20")
        check(1e6, 1e6, view: (945000.0, 1055000.0),
              ticks: [960000.0, 980000.0, 1000000.0, 1020000.0, 1040000.0],
              labels: ["0.96", "0.98", "1.00", "1.02", "1.04"], offset: "1e6")
    }

    func testDenormalWidthIsTreatedAsZero() {
        check(-1e-300, 1e-300, view: (-0.05500000000000001, 0.05500000000000001),
              ticks: [-0.039999999999999994, -0.019999999999999997, 0.0, 0.020000000000000004, 0.04000000000000001],
              labels: ["−0.04", "−0.02", "0.00", "0.02", "0.04"], offset: "")
    }

    func testReversedDataIntervalGivesIncreasingView() {
        check(10, -10, view: (-11, 11),
              ticks: [-10, -7.5, -5, -2.5, 0, 2.5, 5, 7.5, 10],
              labels: ["−10.0", "−7.5", "−5.0", "−2.5", "0.0", "2.5", "5.0", "7.5", "10.0"], offset: "")
    }

    func testNonFiniteEndIsIgnored() {
        check(.nan, 2, view: (1.89, 2.1100000000000003),
              ticks: [1.9, 1.925, 1.95, 1.975, 2.0, 2.025, 2.05, 2.075, 2.1],
              labels: ["1.900", "1.925", "1.950", "1.975", "2.000", "2.025", "2.050", "2.075", "2.100"], offset: "")
    }

    func testTinyIntervalNearOne() {
        // Width 1e-14 relative: not singular for the 5 % expander (tiny 1e-15), but widened by
        // MaxNLocator.view_limits (tiny 1e-13). The offset is written "10e−1": format_data rounds
        // the significand of 0.999… to 10 decimals.
        check(1, 1 + 1e-14, view: (0.9999999999989996, 1.0000000000010105),
              ticks: [0.999999999999, 0.99999999999925, 0.9999999999995, 0.99999999999975, 1.0,
                      1.00000000000025, 1.0000000000005, 1.00000000000075, 1.000000000001],
              labels: ["−1.00", "−0.75", "−0.50", "−0.25", "0.00", "0.25", "0.50", "0.75", "1.00"],
              offset: "1e−12+10e−1")
    }

    func testTinyIntervalWithLargeOffset() {
        check(1e5, 1e5 + 1e-9, view: (99999.99999989996, 100000.00000010105),
              ticks: [99999.9999999, 99999.999999925, 99999.99999995, 99999.999999975, 100000.0,
                      100000.000000025, 100000.00000005, 100000.000000075, 100000.0000001],
              labels: ["−1.00", "−0.75", "−0.50", "−0.25", "0.00", "0.25", "0.50", "0.75", "1.00"],
              offset: "1e−7+1e5")
        check(0.5, 0.5 + 1e-12, view: (0.49999999999995, 0.5000000000010499),
              ticks: [0.5, 0.5000000000002001, 0.5000000000004, 0.5000000000006001, 0.5000000000008, 0.500000000001],
              labels: ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"], offset: "1e−12+5e−1")
        check(100000, 100000.5, view: (99999.975, 100000.525),
              ticks: [100000.0, 100000.1, 100000.2, 100000.3, 100000.4, 100000.5],
              labels: ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5"], offset: "+1e5")
    }

    // MARK: - Pieces

    func testNonsingular() {
        XCTAssertTrue(nonsingular(.infinity, 1, expander: 0.05) == (-0.05, 0.05))
        XCTAssertTrue(nonsingular(0, 0, expander: 0.05) == (-0.05, 0.05))
        XCTAssertTrue(nonsingular(2, 1) == (1, 2))
        XCTAssertTrue(nonsingular(2, 1, increasing: false) == (2, 1))
        XCTAssertTrue(nonsingular(1, 1, expander: 0.05) == (0.95, 1.05))
    }

    func testPythonFloorDivision() {
        // Python: divmod(-0.3, 0.1) == (-3.0, 2.7755575615628914e-17); 1.0 // 0.1 == 9.0
        let (q, r) = PythonFloat.divmod(-0.3, 0.1)
        XCTAssertEqual(q, -3.0)
        XCTAssertEqual(r, 2.7755575615628914e-17)
        XCTAssertEqual(PythonFloat.floorDiv(1.0, 0.1), 9.0)
        XCTAssertEqual(PythonFloat.floorDiv(-7, 2), -4)
    }

    func testFormatterOffsetAndOrderOfMagnitude() {
        var f = ScalarFormatter()
        f.setLocs([99990, 99995, 100000, 100005, 100010], viewInterval: (99989, 100011))
        XCTAssertEqual(f.offsetText, "+1e5")
        XCTAssertEqual(f.format(99990), "−10")
        f.setLocs([1e-5, 2e-5, 3e-5], viewInterval: (0.9e-5, 3.1e-5))
        XCTAssertEqual(f.offsetText, "1e−5")
        XCTAssertEqual(f.format(2e-5), "2")
        XCTAssertEqual(f.formatData(3.806e9), "3.806e9")
        XCTAssertEqual(f.formatData(-0.5), "−5e−1")
    }
}

private func == (a: (lower: Double, upper: Double), b: (Double, Double)) -> Bool {
    a.lower == b.0 && a.upper == b.1
}
