import Chart
import Foundation
import XCTest

@testable import HTMLRenderer

/// The page's JavaScript ticker, run by node against matplotlib's recorded decisions: the 160
/// autoscaled cases the Swift ticker is tested with (Tests/ChartTests/Fixtures/matplotlib-axes.json)
/// and 60 views set by zooming (Fixtures/matplotlib-zoom.json, made by scripts/matplotlib_zoom.py).
final class TickerScriptTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// Compares every case inside node; prints one line per difference and a closing count.
    static let harness = #"""
const fs = require("fs");
const fixture = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const xLength = 0.775 * 6.4 * 72, yLength = 0.77 * 4.8 * 72;
const close = (a, b, scale) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(b), scale);
let failed = 0, compared = 0;
fixture.cases.forEach((c, index) => {
  for (const [kind, length] of [["x", xLength], ["y", yLength]]) {
    const want = c[kind];
    const got = c.data ? Ticker.decideData(c.data[0], c.data[1], length, 10, 0.05, kind)
                       : Ticker.decide(c[kind + "view"][0], c[kind + "view"][1], length, 10, kind);
    const problems = [];
    if (Ticker.tickSpace(length, 10, kind) !== want.tick_space) problems.push("tick space");
    if (!close(got.viewMin, want.view[0], 0) || !close(got.viewMax, want.view[1], 0)) problems.push(`view ${got.viewMin}...${got.viewMax}`);
    const span = Math.abs(want.view[1] - want.view[0]);
    if (got.ticks.length !== want.ticks.length || got.ticks.some((t, i) => !close(t, want.ticks[i], span))) problems.push(`ticks ${got.ticks}`);
    if (JSON.stringify(got.labels) !== JSON.stringify(want.labels)) problems.push(`labels ${got.labels}, want ${want.labels}`);
    if (got.offsetText !== want.offset) problems.push(`offset "${got.offsetText}", want "${want.offset}"`);
    compared += 1;
    if (problems.length) { failed += 1; console.log(`case ${index} ${kind}: ${problems.join("; ")}`); }
  }
});
console.log(`compared ${compared}, failed ${failed}`);
"""#

    /// Runs the ticker followed by `harness` with node (`make test` installs it), with
    /// `arguments`; returns node's status and its output.
    static func node(_ harness: String, arguments: [String] = []) throws -> (status: Int32, output: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("actplot-ticker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("ticker-test.js")
        try (TickerScript.source + "\n" + harness).write(to: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node", script.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func runNode(fixture: URL) throws -> (status: Int32, output: String) {
        try Self.node(Self.harness, arguments: [fixture.path])
    }

    func testMatchesTheAutoscaledFixture() throws {
        let (status, output) = try runNode(fixture: Self.fixtures.appendingPathComponent("ChartTests/Fixtures/matplotlib-axes.json"))
        XCTAssertEqual(status, 0, "node failed (is node installed? `make test` installs nodejs): \(output)")
        XCTAssertTrue(output.hasSuffix("compared 320, failed 0\n"), output)
    }

    func testMatchesTheZoomFixture() throws {
        let (status, output) = try runNode(fixture: Self.fixtures.appendingPathComponent("HTMLRendererTests/Fixtures/matplotlib-zoom.json"))
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.hasSuffix("compared 120, failed 0\n"), output)
    }

    /// The Swift ticker agrees with matplotlib on zoomed views too (`decideAxis(viewMin:…)`).
    func testSwiftTickerMatchesTheZoomFixture() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("HTMLRendererTests/Fixtures/matplotlib-zoom.json"))
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try XCTUnwrap(root["cases"] as? [[String: Any]])
        XCTAssertEqual(cases.count, 60)
        for (index, c) in cases.enumerated() {
            for (kind, name, length) in [(AxisKind.x, "x", 0.775 * 6.4 * 72), (.y, "y", 0.77 * 4.8 * 72)] {
                let view = try XCTUnwrap(c[name + "view"] as? [Double])
                let want = try XCTUnwrap(c[name] as? [String: Any])
                let got = decideAxis(viewMin: view[0], viewMax: view[1], lengthInPoints: length, kind: kind)
                XCTAssertEqual(got.labels, want["labels"] as? [String], "case \(index) \(name)")
                XCTAssertEqual(got.offsetText, want["offset"] as? String, "case \(index) \(name)")
            }
        }
    }

    /// C's `%f` and `%g` on the exact binary value: ties go to even, unlike JavaScript's toFixed.
    func testNumberFormattingRoundsLikePrintf() throws {
        let values: [Double] = [0.125, 0.375, 2.5, -2.5, 1e-7, 123456789.125, 0.1, 1e21, 5e-324, -0.0, 9.9999999995, 1.0000000005e-5]
        let body = values.map { v in
            "console.log([Ticker.fixed(\(v), 2), Ticker.fixed(\(v), 0), Ticker.general(\(v), 10), Ticker.general(\(v), 3)].join(' '));"
        }.joined(separator: "\n")
        let (status, output) = try Self.node(body)
        XCTAssertEqual(status, 0, output)
        let want = values.map { v in
            [String(format: "%.2f", v), String(format: "%.0f", v), String(format: "%.10g", v), String(format: "%.3g", v)]
                .joined(separator: " ")
        }
        XCTAssertEqual(output.split(separator: "\n").map(String.init), want)
    }
}

extension TickerScriptTests {
    /// Styles' other tick settings (matplotlib's classic locator, `axes.formatter.*`,
    /// `axes.unicode_minus`, `axes.autolimit_mode: round_numbers`): the page's ticker decides as
    /// the Swift one does, which the style tests check against matplotlib.
    func testStyleTickSettingsMatchTheSwiftTicker() throws {
        let tickings: [(Ticking, Bool)] = [
            (Ticking(classic: true), true), (Ticking(powerLimits: (-3, 4)), false), (Ticking(powerLimits: (0, 0)), false),
            (Ticking(powerLimits: (2, 2)), false), (Ticking(offsetThreshold: 2), false), (Ticking(useOffset: false), false),
            (Ticking(unicodeMinus: false), true),
        ]
        let intervals: [(Double, Double)] = [
            (-10, 10), (0, 1), (99990, 100010), (1e-5, 3e-5), (-1e6, 1e6), (0.5, 0.50001), (-7, 13), (3805894902, 3806869180),
            (-0.27, 0.02), (12.3, 12.9),
        ]
        var cases: [String] = []
        for (ticking, round) in tickings {
            for (lo, hi) in intervals {
                for (kind, name, length) in [(AxisKind.x, "x", 357.12), (.y, "y", 266.112)] {
                    let d = decideAxis(dataMin: lo, dataMax: hi, lengthInPoints: length, roundNumbers: round, ticking: ticking, kind: kind)
                    let t = "{\"classic\":\(ticking.classic),\"powerLimits\":[\(ticking.powerLimits.lower),\(ticking.powerLimits.upper)],\"offsetThreshold\":\(ticking.offsetThreshold),\"useOffset\":\(ticking.useOffset),\"unicodeMinus\":\(ticking.unicodeMinus)}"
                    cases.append(
                        "{\"data\":[\(lo),\(hi)],\"kind\":\"\(name)\",\"length\":\(length),\"ticking\":\(t),\"round\":\(round),"
                            + "\"view\":[\(d.viewMin),\(d.viewMax)],\"ticks\":[\(d.ticks.map(\.description).joined(separator: ","))],"
                            + "\"labels\":[\(d.labels.map { "\"\($0)\"" }.joined(separator: ","))],\"offset\":\"\(d.offsetText)\"}")
                }
            }
        }
        let harness = """
            const cases = [\(cases.joined(separator: ",\n"))];
            let failed = 0;
            for (const c of cases) {
              const got = Ticker.decideData(c.data[0], c.data[1], c.length, 10, 0.05, c.kind, c.ticking, c.round);
              const same = got.viewMin === c.view[0] && got.viewMax === c.view[1] && JSON.stringify(got.labels) === JSON.stringify(c.labels)
                && got.offsetText === c.offset && got.ticks.length === c.ticks.length
                && got.ticks.every((t, i) => Math.abs(t - c.ticks[i]) <= 1e-9 * Math.max(Math.abs(c.ticks[i]), Math.abs(c.view[1] - c.view[0])));
              if (!same) { failed += 1; console.log(JSON.stringify(c), JSON.stringify(got)); }
            }
            console.log(`compared ${cases.length}, failed ${failed}`);
            """
        let (_, output) = try Self.node(harness)
        XCTAssertTrue(output.hasSuffix("compared \(cases.count), failed 0\n"), output)
    }
}
