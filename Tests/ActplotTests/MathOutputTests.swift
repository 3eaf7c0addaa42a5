import CairoRenderer
import Foundation
import XCTest

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Math in the command line's texts, end to end: the title region against matplotlib's render in
/// every font set (Fixtures/math, made by scripts/matplotlib_math_renders.py), PDF text that
/// pdftotext reads back in reading order with every font embedded as an outline font, SVG in
/// both `svg.fonttype`s, drawing without matplotlib's own font files, and malformed math as a
/// usage error with a caret under its column.
final class MathOutputTests: XCTestCase {
    var runner: CommandRunner!

    override func setUpWithError() throws { runner = try CommandRunner() }
    override func tearDown() { runner.remove() }

    static let folder = fixtures.appendingPathComponent("math")
    static let sigmoid = "$\\sigma(x) = \\frac{1}{1+e^{-x}}$"

    nonisolated(unsafe) static let index: [String: [String: Any]] = {
        let data = try! Data(contentsOf: folder.appendingPathComponent("index.json"))
        return try! JSONSerialization.jsonObject(with: data) as! [String: [String: Any]]
    }()

    // MARK: Fidelity

    /// The share of the title region's pixels that differ from matplotlib's render of `name`.
    func titleDifference(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Double {
        let record = try XCTUnwrap(Self.index[name], "no fixture \(name)", file: file, line: line)
        let arguments = record["arguments"] as! [String]
        let crop = record["crop"] as! [Int]
        let result = try runner.run(arguments + ["-o", "\(name).png"])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        let ours = try RasterImage(pngAt: runner.path("\(name).png"))
        let theirs = try RasterImage(pngAt: Self.folder.appendingPathComponent("\(name).png").path)
        XCTAssertEqual([theirs.width, theirs.height], [crop[2], crop[3]], file: file, line: line)
        return ours.share(differingFrom: theirs, at: (crop[0], crop[1]))
    }

    func testTheSigmoidTitleMatchesMatplotlibsRender() throws {
        // The issue's title in the default font set: under 1% of the title region's pixels
        // differ (StyleFidelityTests' rule); in fact none does.
        XCTAssertEqual(Self.index["sigmoid-dejavusans"]?["arguments"] as? [String], ["sigmoid", "--title", Self.sigmoid, "--rc", "mathtext.fontset=dejavusans"])
        XCTAssertLessThan(try titleDifference("sigmoid-dejavusans"), 0.01)
    }

    func testDejaVuSansFontSet() throws {
        XCTAssertLessThan(try titleDifference("rich-dejavusans"), 0.01)
    }

    func testComputerModernFontSet() throws {
        XCTAssertLessThan(try titleDifference("sigmoid-cm"), 0.01)
        XCTAssertLessThan(try titleDifference("rich-cm"), 0.01)
    }

    func testStixFontSet() throws {
        XCTAssertLessThan(try titleDifference("sigmoid-stix"), 0.01)
        XCTAssertLessThan(try titleDifference("rich-stix"), 0.01)
    }

    // MARK: Vector output

    /// pdftotext's reading of a PDF, in its default layout mode or `-raw` (content order).
    func pdftotext(_ pdf: String, raw: Bool = false) throws -> String {
        let result = try runner.shell("pdftotext \(raw ? "-raw " : "")\"$1\" -", arguments: [pdf])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout
    }

    func testPDFTextReadsTheMathInReadingOrder() throws {
        let result = try runner.run([
            "sigmoid", "--title", Self.sigmoid, "--xlabel", "$x$", "--ylabel", "$\\sigma'(x)$", "--label",
            "sigmoid=$\\sigma(x)$", "--label", "sigmoid'=$\\sigma(x)\\,(1-\\sigma(x))$", "-o", "m.pdf",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        for raw in [false, true] {
            let text = try pdftotext(runner.path("m.pdf"), raw: raw)
            for expected in ["σ(x) = 1/(1 + e^(−x))", "σ′(x)", "σ(x) (1 − σ(x))"] {
                XCTAssertTrue(text.contains(expected), "pdftotext\(raw ? " -raw" : "") did not find '\(expected)' in:\n\(text)")
            }
        }
        // Every font is embedded as an outline font: TrueType, never Type 3.
        let fonts = try runner.shell("pdffonts m.pdf")
        XCTAssertEqual(fonts.status, 0, fonts.stderr)
        let rows = fonts.stdout.split(separator: "\n").dropFirst(2)
        XCTAssertTrue(rows.contains { $0.contains("Oblique") }, fonts.stdout)
        XCTAssertTrue(rows.contains { $0.contains("Cmsy10") }, "the prime is Computer Modern's:\n\(fonts.stdout)")
        for row in rows {
            XCTAssertTrue(row.contains("TrueType"), "not TrueType: \(row)")
            XCTAssertFalse(row.contains("Type 3"), String(row))
            XCTAssertEqual(row.split(separator: " ", omittingEmptySubsequences: true).suffix(5).first, "yes", "not embedded: \(row)")
        }
    }

    func testEveryFontSetEmbedsOutlineFontsInPDF() throws {
        let title = "$\\left(\\sum_{i=1}^n \\sqrt[3]{x_i}\\right) \\int_0^\\infty \\mathcal{L}\\, \\mathbf{W}\\,\\mathrm{d}x$"
        for set in ["dejavusans", "cm", "stix"] {
            let result = try runner.run(["sigmoid", "--title", title, "--rc", "mathtext.fontset=\(set)", "-o", "\(set).pdf"])
            XCTAssertEqual(result.status, 0, result.stderr)
            let fonts = try runner.shell("pdffonts \(set).pdf")
            let rows = fonts.stdout.split(separator: "\n").dropFirst(2)
            XCTAssertGreaterThan(rows.count, 3, "\(set): \(fonts.stdout)")
            for row in rows { XCTAssertTrue(row.contains("TrueType") && !row.contains("Type 3"), "\(set): \(row)") }
            XCTAssertTrue(try pdftotext(runner.path("\(set).pdf")).contains("∑"), set)
        }
    }

    /// Every element of an SVG document: its name, attributes and text.
    final class Elements: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String], text: String)] = []
        /// The elements open, innermost last.
        var open: [Int] = []
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            open.append(elements.count)
            elements.append((name, attributes, ""))
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let current = open.last { elements[current].text += string }
        }
    }

    func elements(_ svg: Data) -> [(name: String, attributes: [String: String], text: String)] {
        let delegate = Elements()
        let parser = XMLParser(data: svg)
        parser.delegate = delegate
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        return delegate.elements
    }

    func testSVGDrawsMathAsOutlinesOrAsText() throws {
        XCTAssertEqual(try runner.run(["sigmoid", "--title", Self.sigmoid, "-o", "paths.svg"]).status, 0)
        XCTAssertFalse(elements(try runner.data("paths.svg")).contains { $0.name == "text" }, "svg.fonttype path draws no text")
        let none = try runner.run(["sigmoid", "--title", Self.sigmoid, "--rc", "svg.fonttype=none", "-o", "text.svg"])
        XCTAssertEqual(none.status, 0, none.stderr)
        let all = elements(try runner.data("text.svg"))
        let spans = all.filter { $0.name == "tspan" }
        XCTAssertEqual(spans.map(\.text).joined(), "σ(x)=11+e−x", "one tspan per glyph, in the layout's order")
        XCTAssertEqual(spans.filter { $0.attributes["font-style"] == "oblique" }.map(\.text), ["σ", "x", "e", "x"], "variables lean")
        XCTAssertEqual(Set(spans.compactMap { $0.attributes["font-family"] }), ["DejaVu Sans"])
        XCTAssertEqual(all.filter { $0.name == "rect" && $0.attributes["fill"] == nil }.count, 1, "the fraction bar")
    }

    func testHTMLPagesShowMathAndNameItInCharacters() throws {
        let result = try runner.run(["sigmoid", "--title", Self.sigmoid, "--label", "sigmoid=$\\sigma(x)$", "-o", "m.html"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = String(decoding: try runner.data("m.html"), as: UTF8.self)
        XCTAssertTrue(page.contains("<title>σ(x) = 1/(1 + e^(−x))</title>"), "the page's title is the Unicode rendering")
        XCTAssertTrue(page.contains("\"label\":\"σ(x)\""), "the readout names the series in characters")
        XCTAssertFalse(page.contains("\\\\sigma"), "no TeX source in the page")
    }

    // MARK: Fonts

    func testWithoutMatplotlibsFontsMathIsDrawnFromDebiansFontPackages() throws {
        // fonts-dejavu-core and -extra, fonts-stix and fonts-lyx have the same faces; glyphs are
        // found there by character, and the title still looks like matplotlib's.
        for set in ["dejavusans", "cm", "stix"] {
            let name = "sigmoid-\(set)"
            let record = try XCTUnwrap(Self.index[name])
            let arguments = (record["arguments"] as! [String]) + ["-o", "\(name).png"]
            let result = try runner.shell("ACTPLOT_MATPLOTLIB_FONTS=/nonexistent \"$ACTPLOT\" \"$@\"", arguments: arguments)
            XCTAssertEqual(result.status, 0, "\(set): \(result.stderr)")
            let crop = record["crop"] as! [Int]
            let ours = try RasterImage(pngAt: runner.path("\(name).png"))
            let theirs = try RasterImage(pngAt: Self.folder.appendingPathComponent("\(name).png").path)
            // Other versions of the faces, hinted differently: a few pixels more differ.
            XCTAssertLessThan(ours.share(differingFrom: theirs, at: (crop[0], crop[1])), 0.1, set)
        }
    }

    func testAFaceNoInstalledPackageHasIsAUsageError() throws {
        // Computer Modern bold is only in python-matplotlib-data.
        let result = try runner.shell(
            "ACTPLOT_MATPLOTLIB_FONTS=/nonexistent \"$ACTPLOT\" sigmoid --title '$\\mathbf{W}$' --rc mathtext.fontset=cm -o w.png")
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(
            result.stderr,
            "actplot: error: --title: the math needs cmb10.ttf (in python-matplotlib-data); install it with apt-get\n")
        XCTAssertEqual(try runner.files(), [])
    }

    // MARK: Errors

    /// A usage error: exit 64, `actplot: error: ` and `message` (its caret lines included) on
    /// stderr, nothing on stdout, no file.
    func assertMathError(_ arguments: [String], _ message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try runner.run(arguments)
        XCTAssertEqual(result.status, 64, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr, "actplot: error: " + message + "\n", file: file, line: line)
        XCTAssertEqual(result.stdout, "", file: file, line: line)
        XCTAssertEqual(try runner.files(), [], file: file, line: line)
    }

    func testMalformedMathIsAUsageErrorWithACaret() throws {
        // Each text option names itself; an unknown command gets the closest ones.
        let cases: [(option: String, text: String, output: String, message: String)] = [
            ("--title", "$\\sigmaa(x)$", "x.png", "unknown command '\\sigmaa'; did you mean '\\sigma', '\\Sigma', '\\sim'? at column 2"),
            ("--xlabel", "$\\frac{1}$", "x.png", "\\frac needs {numerator}{denominator} at column 10"),
            ("--ylabel", "f $x^{2$", "x.pdf", "'{' is never closed; add a '}' at column 6"),
            ("--label", "sigmoid=$\\left( x$", "x.svg", "\\left( has no matching \\right at column 2"),
        ]
        let carets = ["  $\\sigmaa(x)$\n   ^", "  $\\frac{1}$\n           ^", "  f $x^{2$\n       ^", "  $\\left( x$\n   ^"]
        for (c, caret) in zip(cases, carets) {
            try assertMathError(["sigmoid", c.option, c.text, "-o", c.output], "\(c.option): \(c.message)\n\(caret)")
        }
    }

    func testTheEchoedTextIsOneSafeLineWithTheCaretUnderItsColumn() throws {
        // An escape sequence in the text reaches the terminal escaped, and the caret counts its
        // characters; a wide character takes two columns.
        try assertMathError(
            ["sigmoid", "--title", "x\u{1B}[31m $\\alpah$", "-o", "x.png"],
            "--title: unknown command '\\alpah'; did you mean '\\alpha', '\\aleph', '\\kappa'? at column 9\n"
                + "  x\\u{1B}[31m $\\alpah$\n               ^")
        try assertMathError(
            ["sigmoid", "--title", "漢字 $x^$", "-o", "x.png"],
            "--title: '^' needs a symbol or a {group} after it at column 7\n  漢字 $x^$\n          ^")
    }

    func testAnErrorComesBeforeAnyOutput() throws {
        // On standard output, in every command that draws: nothing is written.
        try assertMathError(
            ["sigmoid", "--title", "${x$", "--format", "png", "-o", "-"], "--title: '{' is never closed; add a '}' at column 2\n  ${x$\n   ^")
        let all = try runner.run(["all", "--xlabel", "$\\foo$", "-o", "out"])
        XCTAssertEqual(all.status, 64, all.stderr)
        XCTAssertTrue(all.stderr.hasPrefix("actplot: error: --xlabel: unknown command '\\foo'"), all.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: runner.path("out")))
        let gallery = try runner.run(["gallery", "--ylabel", "$x^$", "-o", "g.png"])
        XCTAssertEqual(gallery.status, 64, gallery.stderr)
        XCTAssertEqual(try runner.files(), [])
    }

    func testDollarsWithoutMathAreText() throws {
        // One dollar, an escaped one, or text.parse_math off: no math, no error.
        for arguments in [["--title", "Cost in $"], ["--title", "\\$5 \\$6"], ["--title", "$\\foo$", "--rc", "text.parse_math=False"]] {
            let result = try runner.run(["sigmoid"] + arguments + ["-o", "t.pdf"])
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
        }
        XCTAssertTrue(try pdftotext(runner.path("t.pdf")).contains("$\\foo$"))
    }
}
