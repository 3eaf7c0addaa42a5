import Activations
import Chart
import Foundation
import XCTest

@testable import ActplotKit

/// `-o chart.html`: one self-contained page whose embedded samples are the exact values of the
/// catalog's functions, dense enough to zoom into.
final class HTMLOutputTests: XCTestCase {
    /// The page's model: the JSON in its `ap-model` script element.
    static func model(_ page: String) throws -> [String: Any] {
        let start = try XCTUnwrap(page.range(of: "<script type=\"application/json\" class=\"ap-model\">"))
        let end = try XCTUnwrap(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = Data(page[start.upperBound..<end.lowerBound].utf8)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: json) as? [String: Any])
    }

    static func number(_ any: Any?) -> Double {
        if let n = any as? NSNumber { return n.doubleValue }
        switch any as? String {
        case "inf": return .infinity
        case "-inf": return -.infinity
        default: return .nan
        }
    }

    /// The arrays under `key` in the model's text, read with `Double(_:)`, which is exact
    /// (Foundation's JSON reader on Linux is not): `"x":[…]` or `"y":[[…],[…]]`.
    static func exactArrays(_ page: String, key: String) throws -> [[Double]] {
        let start = try XCTUnwrap(page.range(of: "\"\(key)\":["))
        var depth = 1, i = start.upperBound
        while depth > 0 {
            if page[i] == "[" { depth += 1 } else if page[i] == "]" { depth -= 1 }
            i = page.index(after: i)
        }
        let text = page[page.index(before: start.upperBound)..<i]
        let rows = text.hasPrefix("[[") ? text.dropFirst().dropLast().components(separatedBy: "],[") : [String(text)]
        return rows.map { row in
            row.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).split(separator: ",").map { item in
                switch item {
                case "\"inf\"": return .infinity
                case "\"-inf\"": return -.infinity
                case "\"nan\"": return .nan
                default: return Double(item) ?? .nan
                }
            }
        }
    }

    func page(_ arguments: [String]) throws -> (page: String, bytes: Data) {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let result = try runner.run(arguments + ["-o", "chart.html"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let data = try Data(contentsOf: runner.folder.appendingPathComponent("chart.html"))
        return (String(decoding: data, as: UTF8.self), data)
    }

    func testThePageLoadsNothingFromOutside() throws {
        let (page, bytes) = try page(["relu"])
        XCTAssertLessThan(bytes.count, 250_000, "a single chart's page is under 250 KB")
        for needle in ["<link", "src=", "@import", "@font-face", "fetch(", "XMLHttpRequest", "import(", "https:", "//cdn"] {
            XCTAssertFalse(page.contains(needle), "the page holds \(needle)")
        }
        // The only URLs are XML namespace names, which are never fetched, and in-page references.
        let urls = page.components(separatedBy: "http://").dropFirst().map { $0.prefix(26) }
        XCTAssertTrue(urls.allSatisfy { $0.hasPrefix("www.w3.org/2000/svg") || $0.hasPrefix("www.w3.org/1999/xlink") }, "\(Set(urls))")
        for part in page.components(separatedBy: "url(").dropFirst() { XCTAssertTrue(part.hasPrefix("#"), String(part.prefix(20))) }
        // Identifiers are unique, so the layers' glyphs and clips never resolve to another's.
        let ids = page.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        XCTAssertEqual(ids.count, Set(ids).count)
        XCTAssertTrue(page.contains("<title id=") && page.contains("<desc id="))
        XCTAssertTrue(page.contains("aria-live=\"polite\""))
    }

    func testTheSamePageTwice() throws {
        XCTAssertEqual(try page(["gelu", "--grid"]).bytes, try page(["gelu", "--grid"]).bytes)
    }

    func testFormatOptionAndStandardOutput() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let result = try runner.run(["tanh", "--format", "html", "-o", "-"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("<!DOCTYPE html>"))
        XCTAssertEqual(try runner.run(["tanh", "--format", "html", "-o", "x.svg"]).status, 64)
    }

    /// The samples are the functions' own values at the linspace points and the kink, with
    /// PyTorch's relu′(0) = 0 there, and the derivative's jump from 0 to 1 recorded.
    func testSamplesAreTheExactValues() throws {
        let text = try page(["relu", "--range", "-2:2", "--samples", "401"]).page
        let model = try Self.model(text)
        let x = try Self.exactArrays(text, key: "x")[0]
        let y = try Self.exactArrays(text, key: "y")
        let linspace = Array(Linspace(from: -2, through: 2, count: 401))
        XCTAssertTrue(Set(linspace).isSubset(of: Set(x)))
        XCTAssertEqual(x, x.sorted())
        let relu = try XCTUnwrap(Catalog.lookup("relu")).standard
        for (i, xi) in x.enumerated() {
            XCTAssertEqual(y[0][i], relu.evaluate(.value, at: xi))
            XCTAssertEqual(y[1][i], relu.evaluate(.first, at: xi))
        }
        let zero = try XCTUnwrap(x.firstIndex(of: 0))
        XCTAssertEqual(y[1][zero], 0, "relu′(0) = 0, PyTorch's convention")
        let jumps = try XCTUnwrap(model["jumps"] as? [[[Any]]])
        XCTAssertTrue(jumps[0].isEmpty)
        XCTAssertEqual(jumps[1].count, 1)
        XCTAssertEqual(jumps[1][0].map(Self.number), [Double(zero), 0, 1])
        let view = try XCTUnwrap(model["view"] as? [[Double]])
        XCTAssertEqual(view[0], [-2.2, 2.2])
    }

    /// Up to 8× zoom no curve shows a corner: between any two neighbouring samples a series is
    /// drawn through, the function itself (evaluated here at the quarter points, which the page
    /// never sampled) stays within 0.25 pt of the line, at 8 times the starting view's scale.
    /// Every catalog function at the default range and samples, with both derivatives.
    func testDenseEnoughForEightfoldZoom() throws {
        for function in Catalog.functions {
            var request = PlotRequest(functions: [function.name])
            request.secondDerivative = true
            let curve = function.standard
            let (layout, _, _) = try ChartBuilder(request: request).layout(for: [curve])
            let chart = HTMLWriter.interactiveChart(ChartPageInput(layout: layout, curves: [curve], request: request))
            let scale = 8 * layout.axesBox.height / (layout.axes.y.viewMax - layout.axes.y.viewMin)
            let x = chart.samples.x
            var worst = 0.0
            for (s, order) in request.orders.enumerated() {
                let series = chart.samples.series[s]
                let jumps = Dictionary(uniqueKeysWithValues: series.jumps.map { ($0.index, $0) })
                for i in 0..<(x.count - 1) where !series.breaks.contains(i) {
                    let a = jumps[i]?.right ?? series.values[i], b = jumps[i + 1]?.left ?? series.values[i + 1]
                    guard a.isFinite, b.isFinite else { continue }
                    for t in [0.25, 0.5, 0.75] {
                        let xt = x[i] + (x[i + 1] - x[i]) * t
                        let gap = abs(curve.evaluate(order, at: xt) - (a + (b - a) * t)) * scale
                        worst = max(worst, gap)
                    }
                }
            }
            XCTAssertLessThanOrEqual(worst, 0.25, "\(function.name): a corner of \(worst) pt at 8× zoom")
        }
    }

    /// Curves of one function that differ in one parameter form a slider's family.
    func testAParameterSweepGetsASlider() throws {
        let model = try Self.model(try page(["elu:alpha=2", "elu:alpha=0.5", "elu:alpha=1", "relu"]).page)
        let families = try XCTUnwrap(model["families"] as? [[String: Any]])
        XCTAssertEqual(families.count, 1)
        XCTAssertEqual(families[0]["parameter"] as? String, "alpha")
        XCTAssertEqual(families[0]["values"] as? [String], ["0.5", "1", "2"])
        XCTAssertEqual(families[0]["members"] as? [[Int]], [[2, 3], [4, 5], [0, 1]])
        let none = try Self.model(try page(["elu:alpha=2", "elu:alpha=0.5"]).page)
        XCTAssertEqual((none["families"] as? [Any])?.count, 0, "two curves are a comparison, not a sweep")
    }
}
