import Foundation
import XCTest

@testable import Chart

/// A colorbar's ticks against matplotlib 3.11's (Fixtures/matplotlib-colorbar.json, made by
/// scripts/matplotlib_colorbar.py): LogNorm colorbars from a fifth of a decade to 60 decades on
/// two figure sizes, and Normalize colorbars over degenerate, tiny and offset ranges.
final class ColorbarTickerTests: XCTestCase {
    static let root: ExactJSON = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/matplotlib-colorbar.json")
        return try! ExactJSON(contentsOf: url)
    }()

    struct Record {
        let range: (Double, Double)
        let height: Double
        let view: (Double, Double)
        let major: [(Double, String)]
        let minor: [(Double, String)]
        let name: String
    }

    /// The records of `key`, with the colorbar's height in points (the default subplot box is
    /// 0.77 of the figure's height, and the colorbar takes all of it).
    static func records(_ key: String) throws -> [Record] {
        try XCTUnwrap(root[key]?.array).map { r in
            let size = try XCTUnwrap(r["figsize"]?.doubles), range = try XCTUnwrap(r["range"]?.doubles)
            let view = try XCTUnwrap(r["view"]?.doubles)
            func ticks(_ k: String) throws -> [(Double, String)] {
                try XCTUnwrap(r[k]?.array).map { t in
                    let pair = try XCTUnwrap(t.array)
                    return (try XCTUnwrap(pair[0].double), try XCTUnwrap(pair[1].text))
                }
            }
            return Record(
                range: (range[0], range[1]), height: 0.77 * size[1] * 72, view: (view[0], view[1]),
                major: try ticks("major"), minor: try ticks("minor"), name: "\(size) \(range)")
        }
    }

    static func close(_ a: Double, _ b: Double, rtol: Double = 1e-12) -> Bool {
        abs(a - b) <= rtol * max(abs(a), abs(b))
    }

    func check(_ d: ColorbarAxisDecision, _ r: Record, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(Self.close(d.viewMin, r.view.0, rtol: 1e-14), "\(r.name): view \(d.viewMin) vs \(r.view.0)", file: file, line: line)
        XCTAssertTrue(Self.close(d.viewMax, r.view.1, rtol: 1e-14), "\(r.name): view \(d.viewMax) vs \(r.view.1)", file: file, line: line)
        XCTAssertEqual(d.ticks.count, r.major.count, "\(r.name): majors \(d.ticks) vs \(r.major)", file: file, line: line)
        for (ours, (theirs, _)) in zip(d.ticks, r.major) {
            XCTAssertTrue(Self.close(ours, theirs), "\(r.name): major \(ours) vs \(theirs)", file: file, line: line)
        }
        XCTAssertEqual(d.labels, r.major.map { plainText(ofMathText: $0.1) }, r.name, file: file, line: line)
        XCTAssertEqual(d.minorTicks.count, r.minor.count, "\(r.name): minors \(d.minorTicks) vs \(r.minor)", file: file, line: line)
        for (ours, (theirs, _)) in zip(d.minorTicks, r.minor) {
            XCTAssertTrue(Self.close(ours, theirs), "\(r.name): minor \(ours) vs \(theirs)", file: file, line: line)
        }
        XCTAssertEqual(d.minorLabels, r.minor.map { plainText(ofMathText: $0.1) }, r.name, file: file, line: line)
    }

    func testLogColorbarsTickAndLabelAsMatplotlib() throws {
        let records = try Self.records("log_ticks")
        XCTAssertEqual(records.count, 20)
        for r in records {
            check(decideColorbarAxis(range: r.range, scale: .log, lengthInPoints: r.height), r)
        }
    }

    func testLogFormatterWritesMatplotlibsMathtext() throws {
        for r in try Self.records("log_ticks") {
            var formatter = LogFormatterSciNotation()
            formatter.setView(r.view.0, r.view.1)
            for (loc, text) in r.major + r.minor {
                XCTAssertEqual(formatter.format(loc), text, "\(r.name): \(loc)")
            }
        }
    }

    func testLinearColorbarsWidenDegenerateRangesAsMatplotlib() throws {
        let records = try Self.records("linear_ticks")
        XCTAssertEqual(records.count, 4)
        for r in records {
            let d = decideColorbarAxis(range: r.range, scale: .linear, lengthInPoints: r.height)
            check(d, r)
            XCTAssertEqual(d.offsetText, r.range == (0, 1e-9) ? "1e−9" : (r.range.0 == 1e6 ? "+1e6" : ""), r.name)
        }
    }

    func testMathtextStandsInAsUnicodeSuperscripts() {
        XCTAssertEqual(plainText(ofMathText: "$\\mathdefault{10^{-2}}$"), "10⁻²")
        XCTAssertEqual(plainText(ofMathText: "$\\mathdefault{10^{0}}$"), "10⁰")
        XCTAssertEqual(plainText(ofMathText: "$\\mathdefault{10^{28}}$"), "10²⁸")
        XCTAssertEqual(plainText(ofMathText: "$\\mathdefault{2.2\\times10^{-1}}$"), "2.2×10⁻¹")
        XCTAssertEqual(plainText(ofMathText: "$\\mathdefault{-10^{3}}$"), "−10³")
        XCTAssertEqual(plainText(ofMathText: "0.5"), "0.5", "plain text stays as it is")
        XCTAssertEqual(plainText(ofMathText: ""), "")
    }

    func testLogLocatorEdges() {
        // No positive view, no ticks (matplotlib raises); ends in either order.
        XCTAssertEqual(LogLocator().tickValues(vmin: 0, vmax: 10, tickSpace: 9), [])
        XCTAssertEqual(LogLocator().tickValues(vmin: .nan, vmax: 10, tickSpace: 9), [])
        XCTAssertEqual(LogLocator().tickValues(vmin: 100, vmax: 1, tickSpace: 9), [0.1, 1, 10, 100, 1000])
        // A huge span is strided, never more than the tick space of decades in view.
        let ticks = LogLocator().tickValues(vmin: 1e-300, vmax: 1e300, tickSpace: 5)
        XCTAssertLessThanOrEqual(ticks.filter { $0 >= 1e-300 && $0 <= 1e300 }.count, 5)
        XCTAssertEqual(LogLocator(subs: .auto).tickValues(vmin: 1e-300, vmax: 1e300, tickSpace: 5), [])
        // Classic mode: up to 15 decades each get a tick.
        XCTAssertEqual(LogLocator(classic: true).tickValues(vmin: 1, vmax: 1e14, tickSpace: 2).count, 17)
    }

    func testLogColorbarOfANonPositiveRangeHasNoTicks() {
        let d = decideColorbarAxis(range: (-1, 10), scale: .log, lengthInPoints: 266)
        XCTAssertEqual(d.ticks, [])
        XCTAssertEqual(d.minorTicks, [])
    }
}
