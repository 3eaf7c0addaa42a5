import Chart
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

@testable import ActplotKit

/// --style, --rc, --font-size, --linewidth and fonts, as a user meets them.
final class StyleOptionsTests: XCTestCase {
    var runner: CommandRunner!

    override func setUpWithError() throws { runner = try CommandRunner() }
    override func tearDown() { runner.remove() }

    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: runner.path(name)))
    }

    func testAStyleFileAppliesWhatItCanAndNamesTheRestInOneWarning() throws {
        try write("lines.linewidth: 3\nimage.cmap: magma\nboxplot.notch: True\n", to: "mine.mplstyle")
        let result = try runner.run(["relu", "--style", "mine.mplstyle", "-o", "x.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stderr, "actplot: warning: mine.mplstyle: actplot does not draw image.cmap, boxplot.notch; they are ignored\n")
    }

    func testBadStyleFilesAndSettingsAreUsageErrorsThatSayWhere() throws {
        try write("lines.linewidth: 3\nnot a setting\n", to: "bad.mplstyle")
        var result = try runner.run(["relu", "--style", "bad.mplstyle", "-o", "x.png"])
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(result.stderr, "actplot: error: bad.mplstyle, line 2: 'not a setting' is not 'key: value'\n")
        result = try runner.run(["relu", "--style", "missing.mplstyle", "-o", "x.png"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("missing.mplstyle") && result.stderr.contains("no such file"), result.stderr)
        result = try runner.run(["relu", "--rc", "lines.linewidht=2", "-o", "x.png"])
        XCTAssertEqual(result.stderr, "actplot: error: 'lines.linewidht' is not a matplotlib rcParam; did you mean lines.linewidth?\n")
        result = try runner.run(["relu", "--rc", "axes.facecolor=blurple", "-o", "x.png"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.hasPrefix("actplot: error: axes.facecolor: 'blurple' is not a colour"), result.stderr)
        result = try runner.run(["relu", "--rc", "lines.linewidth", "-o", "x.png"])
        XCTAssertTrue(result.stderr.contains("KEY=VALUE"), result.stderr)
        result = try runner.run(["relu", "--style", "ggplt", "-o", "x.png"])
        XCTAssertTrue(result.stderr.contains("unknown style 'ggplt'; did you mean ggplot"), result.stderr)
        result = try runner.run(["relu", "--rc", "image.cmap=magma", "-o", "x.png"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "actplot: warning: --rc: actplot does not draw image.cmap; ignored\n")
        XCTAssertEqual(try runner.files(), ["bad.mplstyle", "x.png"])
    }

    func testAMissingFontFamilyNamesTheDebianPackage() throws {
        let result = try runner.run(["relu", "--rc", "font.family=Arial", "-o", "x.pdf"])
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(result.stderr, "actplot: error: no font of 'Arial' is installed (Arial is in ttf-mscorefonts-installer)\n")
    }

    /// fontconfig's answers are kept between runs, and a font installed or removed afterwards is
    /// noticed: the cache holds the times of the folders fontconfig reads.
    func testTheFontCacheNoticesAFontInstalledOrRemovedLater() throws {
        let fonts = runner.path("fonts"), cache = runner.path("cache")
        try FileManager.default.createDirectory(atPath: fonts, withIntermediateDirectories: true)
        try write(
            "<?xml version=\"1.0\"?><fontconfig><dir>\(fonts)</dir><cachedir>\(runner.path("fc"))</cachedir></fontconfig>\n",
            to: "fonts.conf")
        let run = """
            FONTCONFIG_FILE="$PWD/fonts.conf" XDG_CACHE_HOME="$PWD/cache" "$ACTPLOT" relu --rc 'font.family=Latin Modern Roman' -o x.pdf
            """
        var result = try runner.shell(run)
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("no font of 'Latin Modern Roman' is installed"), result.stderr)
        let recorded = try String(contentsOfFile: cache + "/actplot/fonts.tsv", encoding: .utf8)
        XCTAssertTrue(recorded.contains("face\tLatin Modern Roman|normal|normal\t-\n"), recorded)

        try FileManager.default.copyItem(
            atPath: "/usr/share/texmf/fonts/opentype/public/lm/lmroman10-regular.otf", toPath: fonts + "/lmroman10-regular.otf")
        result = try runner.shell(run)
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdffonts = try runner.shell("pdffonts x.pdf")
        XCTAssertTrue(pdffonts.stdout.contains("LMRoman10-Regular"), pdffonts.stdout)
        XCTAssertTrue(
            try String(contentsOfFile: cache + "/actplot/fonts.tsv", encoding: .utf8)
                .contains("face\tLatin Modern Roman|normal|normal\t\(fonts)/lmroman10-regular.otf\t0\tLatin Modern Roman\n"))

        try FileManager.default.removeItem(atPath: fonts + "/lmroman10-regular.otf")
        result = try runner.shell(run)
        XCTAssertEqual(result.status, 64, "a removed font must not be taken from the cache")
    }

    func testThemeDarkIsTheDarkBackgroundSheet() throws {
        var request = StyleRequest()
        request.theme = "dark"
        var sheet = StyleRequest()
        sheet.sheets = ["dark_background"]
        XCTAssertEqual(try request.resolve().style, try sheet.resolve().style)
        XCTAssertEqual(try request.resolve().style, Style.darkBackground)
    }

    func testStylesApplyInOrderThenSettingsThenShorthands() throws {
        var request = StyleRequest()
        request.sheets = ["seaborn-v0_8-talk", "ggplot"]
        request.settings = ["lines.linewidth=4", "axes.facecolor=white"]
        request.fontSize = 9
        let style = try request.resolve().style
        XCTAssertEqual(style.axes.faceColor, .white, "--rc after the sheets")
        XCTAssertEqual(style.grid.color, .white, "ggplot's grid")
        XCTAssertEqual(style.lines.width, 4)
        XCTAssertEqual(style.text.size, 9)
        request.lineWidth = 0.5
        XCTAssertEqual(try request.resolve().style.lines.width, 0.5, "--linewidth last")
    }

    /// The font types of a PDF's fonts, from pdffonts.
    func fontTypes(_ pdf: String) throws -> [String] {
        let process = Process()
        let path = try XCTUnwrap(["/usr/bin/pdffonts"].first { FileManager.default.isExecutableFile(atPath: $0) }, "make test installs poppler-utils")
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [pdf]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.split(separator: "\n").dropFirst(2).map { line in
            // name, then the type (one or more words), then the encoding.
            let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            return fields.dropFirst().prefix { !["Identity-H", "WinAnsi", "Custom", "Builtin"].contains($0) }.joined(separator: " ")
        } + text.split(separator: "\n").dropFirst(2).map { String($0.split(separator: " ").first ?? "") }
    }

    func testPDFsEmbedEveryFamilyAsTrueTypeOrCFFNeverType3() throws {
        let families = ["sans-serif": "DejaVuSans", "serif": "DejaVuSerif", "monospace": "DejaVuSansMono",
                        "Latin Modern Roman": "LMRoman10"]
        for (family, face) in families {
            let result = try runner.run(["relu", "--title", "Rectified", "--rc", "font.family=\(family)", "-o", "f.pdf"])
            XCTAssertEqual(result.status, 0, "\(family): \(result.stderr) (make test installs fonts-lmodern)")
            let types = try fontTypes(runner.path("f.pdf"))
            XCTAssertTrue(types.contains { $0.hasSuffix("+" + face) || $0.contains("+" + face + "-") }, "\(family): \(types)")
            let kinds = types.filter { !$0.contains("+") }
            XCTAssertFalse(kinds.isEmpty)
            for kind in kinds {
                XCTAssertTrue(["TrueType", "CID TrueType", "Type 1C", "CID Type 0C"].contains(kind), "\(family): \(kind)")
            }
        }
    }

    func testSVGFontTypeNoneKeepsTextAsText() throws {
        var result = try runner.run(["relu", "--title", "A & B", "--rc", "svg.fonttype=none", "-o", "t.svg"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let svg = String(decoding: try runner.data("t.svg"), as: UTF8.self)
        XCTAssertTrue(svg.contains(">A &amp; B</text>"), svg)
        XCTAssertTrue(svg.contains("font-family=\"DejaVu Sans\""))
        XCTAssertTrue(svg.contains(">−10.0</text>"))
        let parser = XMLParser(data: Data(svg.utf8))
        XCTAssertTrue(parser.parse(), "the SVG parses")
        result = try runner.run(["relu", "--title", "A & B", "-o", "p.svg"])
        XCTAssertFalse(String(decoding: try runner.data("p.svg"), as: UTF8.self).contains("<text"))
    }

    func testFontSizeAndLinewidthShorthands() throws {
        var request = PlotRequest(functions: ["relu"])
        var looks = StyleRequest()
        looks.fontSize = 16
        looks.lineWidth = 3
        request.style = try looks.resolve().style
        request.texts.title = "T"
        let layout = try ChartBuilder(request: request).layout(for: [try CurveResolver.curve(for: "relu")]).layout
        let title = layout.texts.first { $0.element == .title }
        guard case .text(_, _, let size, _, _, _, _)? = title?.command else { return XCTFail("no title") }
        XCTAssertEqual(size, 19.2, accuracy: 1e-12)
        XCTAssertEqual(layout.stroke(layout.spec.series[0]).width, 3)
        let bad = try runner.run(["relu", "--font-size", "0", "-o", "x.png"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--font-size"), bad.stderr)
    }

    func testPrintStyleKeepsEverySeriesDistinctInGrey() throws {
        var looks = StyleRequest()
        looks.sheets = ["print"]
        var request = PlotRequest(functions: ["relu", "gelu", "silu", "mish", "elu"])
        request.style = try looks.resolve().style
        let curves = try request.functions.map { try CurveResolver.curve(for: $0) }
        let layout = try ChartBuilder(request: request).layout(for: curves).layout
        let strokes = layout.spec.series.map { layout.stroke($0) }
        for stroke in strokes {
            XCTAssertEqual(stroke.color.red, stroke.color.green)
            XCTAssertEqual(stroke.color.green, stroke.color.blue, "grey")
        }
        let functions = stride(from: 0, to: strokes.count, by: 2).map { strokes[$0] }
        let derivatives = stride(from: 1, to: strokes.count, by: 2).map { strokes[$0] }
        let looksOf = { (s: Stroke) in "\(s.color) \(s.dash) \(s.width)" }
        XCTAssertEqual(Set(functions.map(looksOf)).count, 5, "five functions, five looks")
        for d in derivatives {
            XCTAssertFalse(functions.contains { $0.dash == d.dash && $0.width == d.width }, "a derivative never looks like a function")
        }
    }
}
