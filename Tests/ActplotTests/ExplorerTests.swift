import Activations
import Chart
import Foundation
import XCTest

@testable import ActplotKit
@testable import HTMLRenderer

/// `actplot explore`: every function, every slider position, sampled by actplot.
final class ExplorerTests: XCTestCase {
    func testEveryNumericParameterHas21ValuesThatBindAndHoldTheDefault() throws {
        let model = Explorer.model(style: .matplotlib)
        XCTAssertEqual(model.functions.map(\.name), Catalog.functions.map(\.name))
        for (function, page) in zip(Catalog.functions, model.functions) {
            XCTAssertEqual(page.controls.count, function.parameters.count)
            for (parameter, control) in zip(function.parameters, page.controls) {
                if parameter.isEnumerated {
                    XCTAssertEqual(control.positions, parameter.choices, "\(function.name) \(parameter.name)")
                } else {
                    XCTAssertEqual(control.positions.count, SliderRange.positions, "\(function.name) \(parameter.name): \(control.positions)")
                }
                XCTAssertEqual(control.variants[control.defaultPosition], 0, "the default position shows the default variant")
                XCTAssertEqual(control.positions[control.defaultPosition], parameter.defaultValue.map(parameter.format) ?? "unset")
                // Each position's variant is the function bound to that value, sampled exactly.
                for (position, index) in zip(control.positions, control.variants) where index != 0 {
                    let variant = page.variants[index]
                    let bound = try function.bind([(parameter.name, position)])
                    XCTAssertEqual(variant.labels[0], bound.label)
                    for i in stride(from: 0, to: variant.samples.x.count, by: 37) {
                        let x = variant.samples.x[i]
                        for (s, order) in DerivativeOrder.allCases.enumerated() {
                            let want = bound.evaluate(order, at: x), got = variant.samples.series[s].values[i]
                            XCTAssertTrue(want == got || (want.isNaN && got.isNaN), "\(bound.label) order \(order) at \(x)")
                        }
                    }
                }
            }
        }
    }

    func testTheGridIsExactTwentiethsAndTheKinks() throws {
        let relu = try XCTUnwrap(Explorer.model(style: .matplotlib, functions: [try XCTUnwrap(Catalog.lookup("hardtanh"))]).functions.first)
        let x = relu.variants[0].samples.x
        XCTAssertEqual(x.count, 201, "−1 and 1, hardtanh's kinks, are on the grid already")
        for (k, v) in x.enumerated() { XCTAssertEqual(v, Double(k - 100) / 20) }
        // A kink off the grid joins it.
        let shrink = try XCTUnwrap(Catalog.lookup("softshrink")).bind([("lambd", "0.33")])
        let samples = InteractiveSampling.grid(
            curves: [shrink], orders: [.value], base: Explorer.grid, range: Explorer.range, yScale: nil)
        XCTAssertEqual(samples.x.count, 203)
        XCTAssertTrue(samples.x.contains(0.33) && samples.x.contains(-0.33))
        XCTAssertEqual(relu.variants[0].kinks, [-1, 1])
        XCTAssertEqual(relu.controls[0].positions.first, "-2", "min_val's slider runs from −2 to 0")
    }

    /// The page's packed samples unpack (zlib, then unshuffle) to the model's doubles, bit for bit.
    func testPackedSamplesRoundTrip() throws {
        let values: [Double] = [0, -0.0, 1, 0.1, -2.5e-300, .infinity, -.infinity, 1.0000000000000002, 123456.789]
        let text = DataPacking.pack(values)
        let compressed = try XCTUnwrap(Data(base64Encoded: text))
        let raw = try XCTUnwrap(inflate(compressed, size: values.count * 8))
        let n = values.count
        for (i, v) in values.enumerated() {
            var bits: UInt64 = 0
            for b in 0..<8 { bits |= UInt64(raw[b * n + i]) << (8 * UInt64(b)) }
            XCTAssertEqual(bits, v.bitPattern)
        }
        XCTAssertTrue(DataPacking.pack([.nan]).count > 0)
    }

    func testThePageIsSelfContainedAndUnder3MB() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let result = try runner.run(["explore", "-o", "explorer.html"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let data = try Data(contentsOf: runner.folder.appendingPathComponent("explorer.html"))
        XCTAssertLessThan(data.count, 3_000_000)
        let page = String(decoding: data, as: UTF8.self)
        for needle in ["<link", "src=", "@import", "https:", "fetch("] { XCTAssertFalse(page.contains(needle), needle) }
        XCTAssertEqual(try runner.run(["explore", "-o", "explorer.png"]).status, 64)
    }

    /// Inflates with Python's zlib, a decoder independent of ours.
    func inflate(_ data: Data, size: Int) throws -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys, zlib; sys.stdout.buffer.write(zlib.decompress(sys.stdin.buffer.read()))"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return out.count == size ? [UInt8](out) : nil
    }
}

extension ExplorerTests {
    func testSliderRangesReadAsTheREADMEWritesThem() throws {
        let texts = Catalog.functions.flatMap { f in
            f.parameters.filter { !$0.isEnumerated }.map { "\(f.name) \($0.name): \(SliderRange.of($0, in: f).text)" }
        }
        XCTAssertTrue(texts.contains("rrelu upper: 2/15 to 0.8 in steps of 1/30"), "\(texts)")
        XCTAssertTrue(texts.contains("softplus threshold: unset, then 1 to 20 in steps of 1"), "\(texts)")
        XCTAssertTrue(texts.contains("elu alpha: 0 to 2 in steps of 0.1"), "\(texts)")
        // A parameter without a chosen range: tenths of its default around it.
        XCTAssertEqual(SliderRange.rule(default: 4, domain: .positive).values.compactMap { $0 }[9], 4)
        XCTAssertEqual(SliderRange.rule(default: 0.25, domain: .nonNegative).values.compactMap { $0 }[10], 0.25)
        XCTAssertEqual(SliderRange.rule(default: -3, domain: .any).values.compactMap { $0 }[10], -3)
        XCTAssertEqual(SliderRange.rule(default: nil, domain: .any).values.compactMap { $0 }[10], 1)
    }
}
