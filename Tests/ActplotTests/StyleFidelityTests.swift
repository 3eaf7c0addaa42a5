import CairoRenderer
import Foundation
import XCTest

/// Every style sheet matplotlib 3.11 ships, drawn by actplot and by matplotlib
/// (Fixtures/styles, made by scripts/matplotlib_style_renders.py): the relu chart of the article
/// and a three-function chart with title, labels and grid differ in under 1% of pixels, a pixel
/// differing when a channel is off by 32 or more.
final class StyleFidelityTests: XCTestCase {
    var runner: CommandRunner!

    override func setUpWithError() throws { runner = try CommandRunner() }
    override func tearDown() { runner.remove() }

    static let folder = fixtures.appendingPathComponent("styles")

    /// The share of pixels that differ, and a note when the sizes do not match.
    func difference(_ a: RasterImage, _ b: RasterImage) -> Double {
        guard a.width == b.width, a.height == b.height else { return 1 }
        var differing = 0
        a.rgba.withUnsafeBufferPointer { p in
            b.rgba.withUnsafeBufferPointer { q in
                for i in 0..<(a.width * a.height) {
                    for c in 0..<3 where abs(Int(p[4 * i + c]) - Int(q[4 * i + c])) >= 32 {
                        differing += 1
                        break
                    }
                }
            }
        }
        return Double(differing) / Double(a.width * a.height)
    }

    func testEveryShippedStyleMatchesMatplotlibsRender() throws {
        let index = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(contentsOf: Self.folder.appendingPathComponent("index.json"))) as? [String: Any])
        var report: [String] = []
        for style in index.keys.sorted() {
            // The references were drawn in DejaVu Sans; an Arial or Liberation Sans that happens
            // to be installed must not change the comparison.
            // matplotlib draws in the default box even where a text is cut (fivethirtyeight's x
            // label); actplot would fit the figure instead, so the comparison asks for the box.
            let pin = ["--rc", "font.sans-serif=DejaVu Sans", "--rc", "font.family=sans-serif", "--layout", "default"]
            let use = style == "default" ? [] : ["--style", style]
            let charts: [(String, [String])] = [
                ("relu", ["relu", "--samples", "100", "--range", "-10:10"]),
                ("three", ["sigmoid", "tanh", "gelu", "--no-derivative", "--title", "Three activations", "--xlabel", "x", "--ylabel", "f(x)", "--grid"]),
            ]
            for (name, arguments) in charts {
                let file = "\(style)-\(name).png"
                let result = try runner.run(arguments + use + pin + ["-o", file])
                XCTAssertEqual(result.status, 0, "\(file): \(result.stderr)")
                let ours = try RasterImage(pngAt: runner.path(file))
                let theirs = try RasterImage(pngAt: Self.folder.appendingPathComponent(file).path)
                let share = difference(ours, theirs)
                report.append(String(format: "%-32@ %6.3f%%  %dx%d vs %dx%d", file as NSString, share * 100, ours.width, ours.height, theirs.width, theirs.height))
                XCTAssertLessThan(share, 0.01, "\(file): \(share * 100)% of pixels differ")
            }
        }
        print(report.joined(separator: "\n"))
    }
}
