import Foundation
import XCTest

/// Cairo and fontconfig are opened when a chart is first drawn with them (CCairo's loader.c), so
/// a terminal chart, a text chart or a CSV never loads them, and a chart that needs them and
/// cannot have them says why in one line.
final class CairoLoadingTests: XCTestCase {
    /// The dynamic loader's own record of the libraries it opened (LD_DEBUG=files).
    func testOnlyChartsDrawnWithCairoOpenIt() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        for (arguments, opensCairo) in [("relu --format txt -o chart.txt", false), ("relu -o chart.csv", false),
                                        ("relu -o chart.png", true), ("relu -o chart.svg", true)] {
            let result = try runner.shell("LD_DEBUG=files \"$ACTPLOT\" \(arguments)")
            XCTAssertEqual(result.status, 0, result.stderr)
            let opened = result.stderr.split(separator: "\n").contains { $0.contains("file=libcairo.so.2") }
            XCTAssertEqual(opened, opensCairo, "actplot \(arguments)")
        }
    }

    /// A libcairo.so.2 that is a library without Cairo's functions (zlib under Cairo's name),
    /// found first through LD_LIBRARY_PATH: with every symbol bound at start (LD_BIND_NOW), a
    /// program linked against Cairo would not even start.
    func testWithoutCairoTheTextChartIsDrawnAndAnImageFailsInOneLine() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        try FileManager.default.createDirectory(atPath: runner.path("lib"), withIntermediateDirectories: false)
        let zlib = ["/lib/x86_64-linux-gnu/libz.so.1", "/usr/lib/x86_64-linux-gnu/libz.so.1", "/lib64/libz.so.1",
                    "/lib/aarch64-linux-gnu/libz.so.1"].first { FileManager.default.fileExists(atPath: $0) }
        let library = try XCTUnwrap(zlib, "no libz.so.1 to stand in for Cairo")
        // The file itself: libz.so.1 is a symbolic link, which would be copied as one.
        let file = URL(fileURLWithPath: library).resolvingSymlinksInPath().path
        try FileManager.default.copyItem(atPath: file, toPath: runner.path("lib/libcairo.so.2"))

        let text = try runner.shell("LD_BIND_NOW=1 LD_LIBRARY_PATH=lib \"$ACTPLOT\" relu --format txt -o chart.txt")
        XCTAssertEqual(text.status, 0, text.stderr)
        let chart = String(decoding: try runner.data("chart.txt"), as: UTF8.self)
        XCTAssert(chart.contains("┌") && chart.contains("relu") && chart.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) },
                  chart)

        let image = try runner.shell("LD_BIND_NOW=1 LD_LIBRARY_PATH=lib \"$ACTPLOT\" relu -o chart.png")
        XCTAssertEqual(image.status, 74)
        XCTAssertEqual(
            image.stderr,
            "actplot: error: cannot render 'chart.png': libcairo.so.2 has no function cairo_arc; actplot needs Cairo 1.16 or later\n")
        XCTAssertEqual(try runner.files(), ["chart.txt", "lib"], "no chart.png and no temporary file")
    }
}
