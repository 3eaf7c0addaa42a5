import CairoRenderer
import Foundation
import XCTest

/// Pixels where they must be: the frame matches matplotlib's, and jumps are drawn apart. matplotlib's
/// figure, Fixtures/matplotlib-relu.png, is made by scripts/matplotlib_relu.py.
final class PixelTests: XCTestCase {
    var runner: CommandRunner!

    override func setUpWithError() throws { runner = try CommandRunner() }
    override func tearDown() { runner.remove() }

    /// Rows and columns where the frame's dark spines run: long runs of near-black pixels.
    func frameLines(_ image: RasterImage) -> (rows: [Int], columns: [Int]) {
        func dark(_ x: Int, _ y: Int) -> Bool {
            let p = image.pixel(x, y)
            return Int(p.r) + Int(p.g) + Int(p.b) < 200 && p.a > 128
        }
        let rows = (0..<image.height).filter { y in (0..<image.width).filter { dark($0, y) }.count > image.width / 2 }
        let columns = (0..<image.width).filter { x in (0..<image.height).filter { dark(x, $0) }.count > image.height / 2 }
        return (rows, columns)
    }

    func testFrameFallsOnMatplotlibsRowsAndColumns() throws {
        let result = try runner.run(["relu", "--range", "-10:10", "-o", "relu.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let ours = frameLines(try RasterImage(pngAt: runner.path("relu.png")))
        let reference = frameLines(try RasterImage(pngAt: fixtures.appendingPathComponent("matplotlib-relu.png").path))
        XCTAssertEqual(reference.rows.count, 2, "reference rows \(reference.rows)")
        XCTAssertEqual(reference.columns.count, 2, "reference columns \(reference.columns)")
        XCTAssertEqual(ours.rows.count, 2, "our rows \(ours.rows)")
        XCTAssertEqual(ours.columns.count, 2, "our columns \(ours.columns)")
        for (a, b) in zip(ours.rows, reference.rows) { XCTAssertLessThanOrEqual(abs(a - b), 1, "rows \(ours.rows) vs \(reference.rows)") }
        for (a, b) in zip(ours.columns, reference.columns) {
            XCTAssertLessThanOrEqual(abs(a - b), 1, "columns \(ours.columns) vs \(reference.columns)")
        }
    }

    func testReluDerivativeJumpHasNoSlantedSegment() throws {
        // Only the derivative, so nothing else is orange; 100 samples as in the article.
        let result = try runner.run(["relu", "--samples", "100", "-o", "relu.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let image = try RasterImage(pngAt: runner.path("relu.png"))
        // View: x (-11, 11) over columns 80…576; y (-0.5, 10.5) over rows 427.2…57.6.
        let x0 = 80 + 0.5 * 496.0
        func row(_ y: Double) -> Double { 427.2 - (y + 0.5) / 11 * 369.6 }
        let low = row(0), high = row(1)
        let dot = 2.75 * 100 / 72 + 1.5 * 100 / 72  // dot radius plus its edge, in pixels
        func orange(_ x: Int, _ y: Int) -> Bool {
            let p = image.pixel(x, y)
            return p.r > 200 && p.g > 60 && p.g < 200 && p.b < 120
        }
        // The dots are there: filled at (0, 0), open (ring) at (0, 1).
        XCTAssertTrue(orange(Int(x0), Int(low.rounded())), "no filled dot at (0, 0)")
        XCTAssertTrue(orange(Int(x0), Int((high - 2.75 * 100 / 72).rounded())), "no ring at (0, 1)")
        XCTAssertFalse(orange(Int(x0), Int(high.rounded())), "the dot at (0, 1) is not open")
        // Between the two levels, beyond the dots, no pixel of the curve near x = 0.
        var stray: [(Int, Int)] = []
        for y in Int((high + dot).rounded(.up))...Int((low - dot).rounded(.down)) {
            for x in Int(x0) - 8...Int(x0) + 8 where orange(x, y) { stray.append((x, y)) }
        }
        XCTAssertTrue(stray.isEmpty, "orange pixels between the levels: \(stray.prefix(10))")
    }

    func testHigherDPIScalesEverything() throws {
        let result = try runner.run(["relu", "--dpi", "200", "-o", "relu.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let image = try RasterImage(pngAt: runner.path("relu.png"))
        XCTAssertEqual(image.width, 1280)
        XCTAssertEqual(image.height, 960)
        let frame = frameLines(image)
        XCTAssertEqual(frame.columns.first.map { abs($0 - 160) <= 1 }, true, "\(frame.columns)")
        XCTAssertEqual(frame.rows.last.map { abs($0 - 854) <= 1 }, true, "\(frame.rows)")
    }

    func testDarkThemeAndTransparentBackgrounds() throws {
        var result = try runner.run(["tanh", "--theme", "dark", "--grid", "-o", "dark.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let dark = try RasterImage(pngAt: runner.path("dark.png"))
        let corner = dark.pixel(2, 2)
        XCTAssertEqual([corner.r, corner.g, corner.b, corner.a], [0, 0, 0, 255])
        // The spines are white on the dark background.
        let spine = dark.pixel(300, 427)
        XCTAssertGreaterThan(Int(spine.r) + Int(spine.g) + Int(spine.b), 600)
        result = try runner.run(["tanh", "--transparent", "-o", "clear.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let clear = try RasterImage(pngAt: runner.path("clear.png"))
        XCTAssertEqual(clear.pixel(2, 2).a, 0)
        XCTAssertEqual(clear.pixel(300, 427).a, 255, "the frame is still drawn")
    }

    /// The legend frame's outer rows and columns: matplotlib's 0.8-gray edge at alpha 0.8 on white.
    func legendFrame(_ image: RasterImage) -> (left: Int, top: Int, right: Int, bottom: Int)? {
        func edge(_ x: Int, _ y: Int) -> Bool {
            let p = image.pixel(x, y)
            return [p.r, p.g, p.b].allSatisfy { abs(Int($0) - 214) < 6 }
        }
        let rows = (0..<image.height).filter { y in (0..<image.width).filter { edge($0, y) }.count > 60 }
        let columns = (0..<image.width).filter { x in (0..<image.height).filter { edge(x, $0) }.count > 25 }
        guard let top = rows.first, let bottom = rows.last, let left = columns.first, let right = columns.last else {
            return nil
        }
        return (left, top, right, bottom)
    }

    func testLegendAndWholeImageMatchMatplotlibsRelu() throws {
        // The article's data: 100 samples.
        let result = try runner.run(["relu", "--samples", "100", "-o", "relu.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let ours = try RasterImage(pngAt: runner.path("relu.png"))
        let reference = try RasterImage(pngAt: fixtures.appendingPathComponent("matplotlib-relu.png").path)
        let a = try XCTUnwrap(legendFrame(ours)), b = try XCTUnwrap(legendFrame(reference))
        for (x, y) in [(a.left, b.left), (a.top, b.top), (a.right, b.right), (a.bottom, b.bottom)] {
            XCTAssertLessThanOrEqual(abs(x - y), 1, "legend \(a) vs matplotlib's \(b)")
        }
        // Root-mean-square difference of the grey levels, as matplotlib's image comparisons use:
        // the text rasteriser and the drawn jump differ, everything else should coincide.
        var sum = 0.0
        for y in 0..<ours.height {
            for x in 0..<ours.width {
                let p = ours.pixel(x, y), q = reference.pixel(x, y)
                let g1 = (Double(p.r) + Double(p.g) + Double(p.b)) / 3, g2 = (Double(q.r) + Double(q.g) + Double(q.b)) / 3
                sum += (g1 - g2) * (g1 - g2)
            }
        }
        let rms = (sum / Double(ours.width * ours.height)).squareRoot()
        XCTAssertLessThan(rms, 10, "RMS difference from matplotlib's relu.png")
    }
}
