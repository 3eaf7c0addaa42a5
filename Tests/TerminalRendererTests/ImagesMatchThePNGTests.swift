import CairoRenderer
import Foundation
import XCTest

/// The inline images are the chart `-o chart.png` writes: the built binary's kitty and iTerm2
/// payloads decode to the very PNG file, and its sixel stream to the PNG's pixels within the
/// palette's bound (SixelEncoder: 1 per channel for colours with a register, 25 for the rest).
final class ImagesMatchThePNGTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("actplot-images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    /// Runs the binary SwiftPM built beside the test bundle, standard output to a file, in a
    /// clean environment (no terminal to detect), and returns what it wrote.
    func actplot(_ arguments: [String]) throws -> Data {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("actplot")
        let out = folder.appendingPathComponent("stdout")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        defer { try? handle.close() }
        let process = Process()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        process.executableURL = FileManager.default.isExecutableFile(atPath: binary.path)
            ? binary : root.appendingPathComponent(".build/debug/actplot")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin", "TERM": "xterm-256color"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(arguments)")
        return try Data(contentsOf: out)
    }

    func testKittyAndITermCarryThePNGThatOWrites() throws {
        // Without a terminal to ask, a cell is taken as 8×16 pixels: 80×30 cells hold 640×480,
        // the default figure at 100 dpi; 120×45 hold 960×720, at 150 dpi.
        for (cells, dpi) in [("80x30", "100"), ("120x45", "150")] {
            _ = try actplot(["relu", "--dpi", dpi, "-o", "relu.png"])
            let png = try Data(contentsOf: folder.appendingPathComponent("relu.png"))
            let kitty = try actplot(["relu", "--term", "--term-mode", "kitty", "--cells", cells])
            XCTAssertEqual(kittyFile(Array(kitty)), png, "kitty at \(cells)")
            let columns = cells.split(separator: "x").first.map(String.init)
            XCTAssertEqual(kittyChunks(Array(kitty)).first?.keys["c"], columns, "scaled to the columns")
            XCTAssertEqual(kitty.last, UInt8(ascii: "\n"))
            let iterm = try XCTUnwrap(itermFile(Array(try actplot(["relu", "--term", "--term-mode", "iterm", "--cells", cells]))))
            XCTAssertEqual(iterm.file, png, "iTerm2 at \(cells)")
            XCTAssertEqual(iterm.keys["size"], String(png.count))
        }
    }

    func testImagesDrawMathAsThePNGDoes() throws {
        let math = ["sigmoid", "--title", "$\\sigma(x) = \\frac{1}{1+e^{-x}}$", "--ylabel", "$\\sigma'(x)$"]
        _ = try actplot(math + ["-o", "math.png"])
        let png = try Data(contentsOf: folder.appendingPathComponent("math.png"))
        XCTAssertEqual(kittyFile(Array(try actplot(math + ["--term", "--term-mode", "kitty", "--cells", "80x30"]))), png)
    }

    func testSixelIsThePNGsPixelsWithinTheStatedBound() throws {
        _ = try actplot(["gelu", "silu", "--grid", "--title", "σ", "-o", "chart.png"])
        let raster = try RasterImage(pngAt: folder.appendingPathComponent("chart.png").path)
        let picture = try decodeSixel(Array(try actplot(["gelu", "silu", "--grid", "--title", "σ", "--term", "--term-mode", "sixel", "--cells", "80x30"])))
        XCTAssertEqual(picture.width, raster.width)
        XCTAssertEqual(picture.height, raster.height)
        var exact = 0
        for y in 0..<raster.height {
            for x in 0..<raster.width {
                let want = raster.pixel(x, y), got = picture.pixel(x, y)
                XCTAssertEqual(got.a, 255)
                let error = max(abs(got.r - Int(want.r)), abs(got.g - Int(want.g)), abs(got.b - Int(want.b)))
                XCTAssertLessThanOrEqual(error, 25, "pixel \(x),\(y)")
                if error <= 1 { exact += 1 }
            }
        }
        XCTAssertGreaterThan(Double(exact) / Double(raster.width * raster.height), 0.98)
    }
}
