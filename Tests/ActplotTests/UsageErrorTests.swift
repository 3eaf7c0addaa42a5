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
        try assertUsageError(["relu", "--dpi", "1e308", "-o", "x.png"], mentions: ["32767 on a side"])
        try assertUsageError(["relu", "--size", "1e300x1e300", "-o", "x.png"], mentions: ["32767 on a side"])
        try assertUsageError(["gallery", "--dpi", "1e300", "-o", "g.png"], mentions: ["32767 on a side"])
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

    // MARK: Inputs that used to give wrong answers or poor errors

    func testPixelSidesPastCairosLimitAreRefusedBeforeAnyWork() throws {
        try assertUsageError(["relu", "--size", "400x0.1", "-o", "x.png"], mentions: ["40000×10", "32767"])
        try assertUsageError(["gallery", "--columns", "1", "--dpi", "400", "-o", "g.png"], mentions: ["32767"])
        // The limits are those of PNG: vector formats take the same figure.
        let result = try runner.run(["relu", "--size", "400x0.1", "-o", "wide.svg"])
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    func testAxesWiderThanTheLargestDoubleAreAnErrorNotAWrongChart() throws {
        try assertUsageError(["x*1e307", "-o", "x.png"], mentions: ["y axis", "largest double"])
        try assertUsageError(["x*1e308", "--range", "-1.7:1.7", "-o", "x.png"], mentions: ["y axis"])
        try assertUsageError(["relu", "--range=-8.5e307:8.5e307", "-o", "x.png"], mentions: ["x axis"])
    }

    func testNumbersAreReadTheSameWayByEveryOption() throws {
        try assertUsageError(["relu", "--samples", "99999999999999999999", "-o", "x.csv"], mentions: ["too many"])
        for (option, value) in [("--samples", "0x10"), ("--dpi", "0x10"), ("--size", "0x10x4"), ("--range", "0x10:20")] {
            try assertUsageError(["relu", option, value, "-o", "x.png"], mentions: [option, "0x10"])
        }
        try assertUsageError(["elu:alpha=0x10", "-o", "x.png"], mentions: ["0x10"])
        // Spaces around a number are fine everywhere, and 1e3 is a whole number.
        let result = try runner.run(
            ["elu:alpha= 2", "--samples", " 1e3", "--dpi", " 50", "--size", " 4x3", "--range", " -2:2", "-o", "ok.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(String(decoding: try runner.data("ok.csv"), as: UTF8.self).split(separator: "\n").count, 1001)
    }

    func testEchoedValuesAreEscapedAndElided() throws {
        let result = try runner.run(["relu", "--legend", "bad\nvalue\t\u{1B}[31m" + String(repeating: "z", count: 400), "-o", "x.png"])
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("bad\\nvalue\\t\\u{1B}[31m"), result.stderr)
        XCTAssertFalse(result.stderr.contains("\u{1B}"), result.stderr)
        XCTAssertTrue(result.stderr.contains("z…"), result.stderr)
        XCTAssertLessThan(result.stderr.count, 600)
    }

    func testAFormatThatContradictsTheExtension() throws {
        try assertUsageError(["relu", "--format", "png", "-o", "x.svg"], mentions: ["--format png", "x.svg"])
    }

    func testAFormulaThatStartsWithAMinusIsExplained() throws {
        try assertUsageError(["-x^2", "-o", "x.png"], mentions: ["'-x^2'", "--", "(-x^2)"])
        let result = try runner.run(["--range", "-2:2", "-o", "ok.csv", "--", "-x^2"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(String(decoding: try runner.data("ok.csv"), as: UTF8.self).split(separator: "\n").first, "x,-x^2,-x^2'")
    }

    func testAllNeedsAFolderNotStandardOutput() throws {
        try assertUsageError(["all", "-o", "-"], mentions: ["folder"])
    }
}
