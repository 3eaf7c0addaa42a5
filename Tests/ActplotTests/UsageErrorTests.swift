import Foundation
import XCTest

/// Bad input: exit 64 with one line on stderr naming the value and what is allowed; nothing written.
final class UsageErrorTests: XCTestCase {
    var runner: CommandRunner!

    override func setUpWithError() throws { runner = try CommandRunner() }
    override func tearDown() { runner.remove() }

    func assertUsageError(
        _ arguments: [String], mentions expected: [String], file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let result = try runner.run(arguments)
        XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)", file: file, line: line)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, "\(arguments) printed: \(result.stderr)", file: file, line: line)
        XCTAssertTrue(result.stderr.hasPrefix("actplot: error: "), result.stderr, file: file, line: line)
        for text in expected {
            XCTAssertTrue(result.stderr.contains(text), "\(arguments): '\(text)' not in \(result.stderr)", file: file, line: line)
        }
        XCTAssertEqual(result.stdout, "", file: file, line: line)
        XCTAssertEqual(try runner.files(), [], "\(arguments) left files", file: file, line: line)
    }

    func testUnknownFunctionSuggestsClosestNames() throws {
        try assertUsageError(["rleu", "-o", "x.png"], mentions: ["'rleu'", "relu"])
    }

    func testSoftmaxExplainsItIsTheSigmoid() throws {
        try assertUsageError(["softmax", "-o", "x.png"], mentions: ["softmax", "sigmoid"])
    }

    func testMalformedRanges() throws {
        for range in ["10", "a:b", "5:5", "10:-10", "nan:1", "-inf:1", "1e999:2e999", "-10:10:3"] {
            try assertUsageError(["relu", "--range", range, "-o", "x.png"], mentions: ["--range", range])
        }
    }

    func testBadSampleCounts() throws {
        for samples in ["0", "1", "-5", "12abc"] {
            try assertUsageError(["relu", "--samples", samples, "-o", "x.csv"], mentions: ["--samples", samples])
        }
        try assertUsageError(["relu", "--samples", "99999999999999", "-o", "x.csv"], mentions: ["--samples", "at most"])
    }

    func testBadOutputs() throws {
        try assertUsageError(["relu", "-o", "relu.jpg"], mentions: [".jpg", ".png"])
        try assertUsageError(["relu", "-o", "relu"], mentions: ["no extension"])
        try assertUsageError(["relu", "-o", "missing/relu.png"], mentions: ["missing", "does not exist"])
        try assertUsageError(["relu", "-o", "-"], mentions: ["--format"])
    }

    func testBadParameters() throws {
        try assertUsageError(["elu:beta=2", "-o", "x.png"], mentions: ["beta", "alpha"])
        try assertUsageError(["elu:alpha=abc", "-o", "x.png"], mentions: ["abc"])
        try assertUsageError(["elu:alpha=nan", "-o", "x.png"], mentions: ["nan"])
        try assertUsageError(["elu:alpha=", "-o", "x.png"], mentions: ["alpha"])
    }

    func testNoFunctionAtAll() throws {
        try assertUsageError(["-o", "x.png"], mentions: ["no function"])
    }

    func testBadFigureOptions() throws {
        try assertUsageError(["relu", "--dpi", "0", "-o", "x.png"], mentions: ["--dpi"])
        try assertUsageError(["relu", "--dpi", "-3", "-o", "x.png"], mentions: ["--dpi"])
        try assertUsageError(["relu", "--size", "0x4", "-o", "x.png"], mentions: ["--size"])
        try assertUsageError(["relu", "--size", "100x100", "--dpi", "200", "-o", "x.png"], mentions: ["100 megapixels"])
        // Pixel counts past what an integer holds are an error too, not a trap.
        try assertUsageError(["relu", "--dpi", "1e308", "-o", "x.png"], mentions: ["100 megapixels"])
        try assertUsageError(["relu", "--size", "1e300x1e300", "-o", "x.png"], mentions: ["100 megapixels"])
        try assertUsageError(["gallery", "--dpi", "1e300", "-o", "g.png"], mentions: ["100 megapixels"])
        try assertUsageError(["relu", "--dpi", "1e-300", "-o", "x.png"], mentions: ["less than one pixel"])
        try assertUsageError(["relu", "--legend", "middle", "-o", "x.png"], mentions: ["--legend", "upper left"])
        try assertUsageError(["relu", "--theme", "neon", "-o", "x.png"], mentions: ["--theme", "dark"])
    }

    func testAFileAlreadyThereIsLeftUntouchedOnFailure() throws {
        let target = runner.path("keep.png")
        try Data("precious".utf8).write(to: URL(fileURLWithPath: target))
        let result = try runner.run(["rleu", "-o", "keep.png"])
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(try runner.data("keep.png"), Data("precious".utf8))
        XCTAssertEqual(try runner.files(), ["keep.png"])
    }
}
