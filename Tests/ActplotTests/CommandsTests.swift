import Foundation
import XCTest

/// The other commands and options, run as a user runs them.
final class CommandsTests: XCTestCase {
    var runner: CommandRunner!

    override func setUpWithError() throws { runner = try CommandRunner() }
    override func tearDown() { runner.remove() }

    func testListJSONParsesAndMatchesTheTable() throws {
        let json = try runner.run(["list", "--json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: json.stdoutData) as? [[String: Any]])
        let names = entries.compactMap { $0["name"] as? String }
        XCTAssertGreaterThanOrEqual(names.count, 36)
        let table = try runner.run(["list"])
        for name in names {
            XCTAssertTrue(table.stdout.split(separator: "\n").contains { $0.hasPrefix(name + " ") }, name)
        }
        let leaky = try XCTUnwrap(entries.first { $0["name"] as? String == "leaky_relu" })
        let parameters = try XCTUnwrap(leaky["parameters"] as? [[String: Any]])
        XCTAssertEqual(parameters.first?["name"] as? String, "negative_slope")
        XCTAssertEqual(parameters.first?["default"] as? Double, 0.01)
    }

    func testInfoPrintsAllTheMetadata() throws {
        let result = try runner.run(["info", "Leaky-ReLU"])
        XCTAssertEqual(result.status, 0, result.stderr)
        for text in ["leaky_relu", "f(x)", "f′(x)", "range:", "continuity:", "monotonic:", "zero-centred:",
                     "negative_slope", "source:", "PyTorch", "notes:"] {
            XCTAssertTrue(result.stdout.contains(text), "'\(text)' missing from:\n\(result.stdout)")
        }
        let softmax = try runner.run(["info", "softmax"])
        XCTAssertEqual(softmax.status, 64)
        XCTAssertTrue(softmax.stderr.contains("sigmoid"), softmax.stderr)
    }

    func testInfoListsStationaryAndInflectionPoints() throws {
        let silu = try runner.run(["info", "silu"])
        XCTAssertEqual(silu.status, 0, silu.stderr)
        // The minimum and the inflection points, as mpmath computed them (scripts/derivative_zeros.py).
        XCTAssertTrue(silu.stdout.contains("stationary: x ≈ -1.2784645427610737 (minimum, f ≈ -0.2784645427610738)"),
                      silu.stdout)
        XCTAssertTrue(silu.stdout.contains("inflection: x ≈ -2.3993572805154675; x ≈ 2.3993572805154675"), silu.stdout)
        let gelu = try runner.run(["info", "gelu"])
        XCTAssertTrue(gelu.stdout.contains("stationary: x ≈ -0.7517915246935645 (minimum"), gelu.stdout)
        XCTAssertTrue(gelu.stdout.contains("stationary (approximate=tanh): x ≈ -0.7524614220710163 (minimum"), gelu.stdout)
        let sinc = try runner.run(["info", "sinc"])
        XCTAssertTrue(sinc.stdout.contains("x ≈ 4.493409457909064 (minimum"), sinc.stdout)
        XCTAssertTrue(sinc.stdout.contains("tan x = x"), sinc.stdout)
        let relu = try runner.run(["info", "relu"])
        XCTAssertFalse(relu.stdout.contains("stationary"), relu.stdout)
    }

    func testAFormulaThatCancelsGetsAWarningAndStillItsFile() throws {
        let result = try runner.run(["sqrt(x^2+1e-12)", "--range", "-30:30", "--second-derivative", "-o", "s.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, result.stderr)
        XCTAssertTrue(lines.first?.hasPrefix("actplot: warning: 'sqrt(x^2+1e-12)': f″ has fewer than 8 correct digits for x in [-30, 30]") ?? false,
                      result.stderr)
        XCTAssertEqual(String(decoding: try runner.data("s.csv"), as: UTF8.self).split(separator: "\n").count, 1001)
        // Without f″ there is nothing to warn about; nor for formulas that do not cancel.
        XCTAssertEqual(try runner.run(["sqrt(x^2+1e-12)", "--range", "-30:30", "-o", "s.png"]).stderr, "")
        let quiet = try runner.run(["x*sigmoid(1.702*x)", "x*tanh(softplus(x))", "gelu", "--second-derivative", "-o", "q.png"])
        XCTAssertEqual(quiet.status, 0)
        XCTAssertEqual(quiet.stderr, "")
    }

    func testPDFTextIsRealText() throws {
        let result = try runner.run(["relu", "--title", "Rectifier", "-o", "relu.pdf"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [runner.path("relu.pdf"), runner.path("relu.txt")]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let text = String(decoding: try runner.data("relu.txt"), as: UTF8.self)
        for label in ["Rectifier", "relu", "derivative", "−10.0", "7.5", "10"] {
            XCTAssertTrue(text.contains(label), "pdftotext did not find '\(label)' in:\n\(text)")
        }
        try FileManager.default.removeItem(atPath: runner.path("relu.txt"))
    }

    func testExpressionsPlotWithTheirTextAsLabel() throws {
        let result = try runner.run(["x*sigmoid(1.702*x)", "gelu", "--samples", "5", "-o", "g.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let header = String(decoding: try runner.data("g.csv"), as: UTF8.self).split(separator: "\n").first
        XCTAssertEqual(header, "x,x*sigmoid(1.702*x),x*sigmoid(1.702*x)',gelu,gelu'")
        let png = try runner.run(["x*tanh(softplus(x))", "--second-derivative", "-o", "mish.pdf"])
        XCTAssertEqual(png.status, 0, png.stderr)
    }

    func testExpressionParseErrorShowsACaret() throws {
        let result = try runner.run(["x*(2))", "-o", "x.png"])
        XCTAssertEqual(result.status, 64)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines[0], "actplot: error: unexpected ')' at column 6")
        XCTAssertEqual(lines[1], "  x*(2))")
        XCTAssertEqual(lines[2], "       ^")
        XCTAssertEqual(try runner.files(), [])
    }

    func testExpressionWithUnknownNameSuggests() throws {
        let result = try runner.run(["sigmod(x)", "-o", "x.png"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("sigmoid"), result.stderr)
    }

    func testACurveWithNoFiniteValueIsAnErrorNamingIt() throws {
        let result = try runner.run(["log(-1 - x^2)", "-o", "x.png"])
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("'log(-1 - x^2)' has no finite value"), result.stderr)
        XCTAssertEqual(try runner.files(), [])
    }

    func testDomainErrorsAreGapsNotFailures() throws {
        let result = try runner.run(["log(x)", "--samples", "5", "-o", "log.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = String(decoding: try runner.data("log.csv"), as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(rows[1], "-10.0,nan,nan")
        XCTAssertEqual(rows[3], "0.0,-inf,inf")
        let png = try runner.run(["log(x)", "-o", "log.png"])
        XCTAssertEqual(png.status, 0, png.stderr)
    }

    func testAllRendersEveryFunctionOneLinePerFile() throws {
        let result = try runner.run(["all", "-o", "out", "--format", "png,csv", "--samples", "50"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let names = try runner.run(["list", "--names"]).stdout.split(separator: "\n").map(String.init)
        let files = try FileManager.default.contentsOfDirectory(atPath: runner.path("out")).sorted()
        XCTAssertEqual(files, names.flatMap { ["\($0).csv", "\($0).png"] }.sorted())
        XCTAssertEqual(result.stdout.split(separator: "\n").count, names.count * 2)
    }

    func testGalleryIsOneImageOfPanels() throws {
        let result = try runner.run(["gallery", "-o", "gallery.png", "--dpi", "50"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let png = try runner.data("gallery.png")
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(width, 6 * 160, "six panels of 3.2 in at 50 dpi")
        let svg = try runner.run(["gallery", "-o", "gallery.svg"])
        XCTAssertEqual(svg.status, 0, svg.stderr)
    }

    func testSizeSetsThePixelSize() throws {
        let result = try runner.run(["tanh", "--size", "3x2", "--dpi", "100", "-o", "small.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let small = try runner.data("small.png")
        XCTAssertEqual(small[16..<20].reduce(0) { $0 << 8 | Int($1) }, 300)
        XCTAssertEqual(small[20..<24].reduce(0) { $0 << 8 | Int($1) }, 200)
    }

    func testHelpListsCommandsAndExamples() throws {
        let root = try runner.run(["--help"])
        XCTAssertEqual(root.status, 0)
        for command in ["plot", "list", "info", "eval", "all", "gallery"] {
            XCTAssertTrue(root.stdout.contains("  \(command) "), "'\(command)' missing from --help")
        }
        let plot = try runner.run(["help", "plot"])
        XCTAssertEqual(plot.status, 0)
        XCTAssertTrue(plot.stdout.contains("actplot relu --range -10:10 -o relu.png"))
        XCTAssertTrue(plot.stdout.contains("(default: -10:10)"))
        let eval = try runner.run(["eval", "--help"])
        XCTAssertEqual(eval.status, 0)
        XCTAssertTrue(eval.stdout.contains("actplot eval '(2)' 'x^2' 3"), eval.stdout)
    }

    /// Help read in an 80-column terminal: every example is whole on its line, as it is in a
    /// wide one, never broken where the parser happens to wrap it.
    func testHelpExamplesFitEightyColumns() throws {
        let saved = getenv("COLUMNS").map { String(cString: $0) }
        defer { if let saved { setenv("COLUMNS", saved, 1) } else { unsetenv("COLUMNS") } }
        func help(_ command: [String], columns: Int) throws -> [Substring] {
            setenv("COLUMNS", "\(columns)", 1)
            let result = try runner.run(command + ["--help"])
            XCTAssertEqual(result.status, 0, result.stderr)
            return result.stdout.split(separator: "\n")
        }
        for command in [[], ["plot"], ["list"], ["info"], ["eval"], ["all"], ["gallery"], ["explore"]] {
            let narrow = Set(try help(command, columns: 80))
            let examples = try help(command, columns: 1000).filter { $0.hasPrefix("  actplot ") }
            for example in examples {
                XCTAssertTrue(narrow.contains(example), "actplot \(command.joined()) --help wraps: \(example)")
            }
        }
    }

    func testFormulasWithAMinusBetweenNamesAreFormulas() throws {
        let result = try runner.run(["x-1", "pi-x", "e-x", "--samples", "2", "--no-derivative", "-o", "m.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = String(decoding: try runner.data("m.csv"), as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(rows.first, "x,x-1,pi-x,e-x")
        XCTAssertEqual(rows.last, "10.0,9.0,\(Double.pi - 10),\(2.718281828459045 - 10)")
    }

    func testDefaultNamesNeverCollideAndNeverStartWithADot() throws {
        var names: [String] = []
        for formula in ["x*2", "x/2", ".5*x", "relu", "sigmoid tanh"] {
            let result = try runner.run(formula.split(separator: " ").map(String.init))
            XCTAssertEqual(result.status, 0, result.stderr)
            names.append(result.stdout.trimmingCharacters(in: .newlines))
        }
        XCTAssertEqual(names[3], "relu.png")
        XCTAssertEqual(names[4], "sigmoid-tanh.png")
        XCTAssertEqual(Set(names).count, names.count, "\(names)")
        XCTAssertTrue(names.allSatisfy { !$0.hasPrefix(".") && $0.hasSuffix(".png") }, "\(names)")
        XCTAssertEqual(try runner.files(), names.sorted())
    }

    func testGalleryWritesToStandardOutputAndTakesThePanelSize() throws {
        let result = try runner.run(["gallery", "--format", "svg", "-o", "-", "--size", "2x1.5", "--columns", "6"])
        XCTAssertEqual(result.status, 0, result.stderr)
        // Six 2×1.5 in panels a row (144×108 pt each) under a 40 pt title: 864 pt wide.
        XCTAssertTrue(result.stdout.contains(#"width="864pt""#), String(result.stdout.prefix(300)))
        let rows = (36 + 5) / 6
        XCTAssertTrue(result.stdout.contains(#"height="\#(40 + rows * 108)pt""#), String(result.stdout.prefix(300)))
        XCTAssertEqual(try runner.files(), [])
    }

    func testInfoDescribesTheParametersGiven() throws {
        let result = try runner.run(["info", "hardtanh:min_val=-2,max_val=3"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("hardtanh(min_val=-2, max_val=3)\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("min_val = -1, given -2"), result.stdout)
        XCTAssertTrue(result.stdout.contains("kinks:      x = -2.0, 3.0 (these parameters)"), result.stdout)
        let bad = try runner.run(["info", "elu:alpha=abc"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("abc"), bad.stderr)
    }
}
