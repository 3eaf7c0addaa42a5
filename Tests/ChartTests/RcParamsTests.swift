import XCTest

@testable import Chart

/// rcParams as matplotlib reads them, one test per key `--rc` must take, and the style they make.
final class RcParamsTests: XCTestCase {
    func style(_ settings: [(String, String)], sheets: [String] = []) throws -> Style {
        var rc = RcParams.defaults
        for sheet in sheets { try rc.use(sheet) }
        for (key, value) in settings { try rc.set(key, value) }
        return try rc.style()
    }

    /// The laid-out scene of a two-series chart in `style`, with a title and labels.
    func scene(_ style: Style, title: Bool = true) -> Scene {
        var spec = ChartSpec()
        spec.style = style
        spec.title = title ? "Title" : nil
        spec.xLabel = "x"
        spec.yLabel = "y"
        spec.xDataRange = (-1, 1)
        spec.series = [
            Series(label: "a", color: style.axes.cycle[0].color, pieces: [[Point(-1, -1), Point(1, 1)]]),
            Series(label: "b", color: style.axes.cycle[1].color, pieces: [[Point(-1, 1), Point(1, -1)]]),
        ]
        return ChartLayout(spec).scene()
    }

    func texts(_ scene: Scene, _ element: SceneElement) -> [(text: String, size: Double, font: Style.Font)] {
        scene.items.compactMap { item in
            guard item.element == element, case .text(let text, _, let size, _, _, _, let font) = item.command else { return nil }
            return (text, size, font)
        }
    }

    func strokes(_ scene: Scene, _ element: SceneElement) -> [Stroke] {
        scene.items.compactMap { item in
            guard item.element == element, case .polyline(_, let stroke) = item.command else { return nil }
            return stroke
        }
    }

    func testTheDefaultsAreMatplotlibsDefaultStyle() throws {
        let s = Style.matplotlib
        XCTAssertEqual(s.figure.width, 6.4)
        XCTAssertEqual(s.figure.height, 4.8)
        XCTAssertEqual(s.figure.dpi, 100)
        XCTAssertEqual(s.text.size, 10)
        XCTAssertEqual(s.text.font.families.first, "DejaVu Sans")
        XCTAssertEqual(s.lines.width, 1.5)
        XCTAssertEqual(s.lines.dashedPattern, [3.7, 1.6])
        XCTAssertEqual(s.axes.titleSize, 12)
        XCTAssertEqual(s.axes.cycle.map(\.color), Color.tab10)
        XCTAssertEqual(s.legend.frameAlpha, 0.8)
        XCTAssertEqual(s.legend.edgeColor, Color(gray: 0.8))
        XCTAssertEqual(s.grid.color, Color(hex: 0xB0B0B0))
        XCTAssertEqual(s.xTicks.direction, .out)
        XCTAssertEqual(s.lines.solidCap, .square)
        XCTAssertEqual(s.lines.dashCap, .butt)
    }

    // MARK: One test per key

    func testFontSizeScalesTheRelativeSizes() throws {
        let s = try style([("font.size", "14")])
        XCTAssertEqual(s.axes.titleSize, 14 * 1.2, accuracy: 1e-12)
        XCTAssertEqual(s.axes.labelSize, 14)
        XCTAssertEqual(s.xTicks.labelSize, 14)
        XCTAssertEqual(s.legend.fontSize, 14)
        XCTAssertEqual(texts(scene(s), .title).first?.size ?? 0, 16.8, accuracy: 1e-12)
    }

    func testFontFamily() throws {
        XCTAssertEqual(try style([("font.family", "serif")]).text.font.families.first, "DejaVu Serif")
        XCTAssertEqual(try style([("font.family", "monospace")]).text.font.families.first, "DejaVu Sans Mono")
        XCTAssertEqual(try style([("font.family", "Latin Modern Roman, serif")]).text.font.families.prefix(2), ["Latin Modern Roman", "DejaVu Serif"])
        XCTAssertEqual(texts(scene(try style([("font.family", "serif")])), .title).first?.font.families.first, "DejaVu Serif")
    }

    func testLinesLinewidthAndLinestyle() throws {
        let s = try style([("lines.linewidth", "3"), ("lines.linestyle", "--")])
        XCTAssertEqual(s.lines.width, 3)
        XCTAssertEqual(s.lines.style, .dashed)
        let stroke = try XCTUnwrap(strokes(scene(s), .series(0)).first)
        XCTAssertEqual(stroke.width, 3)
        XCTAssertEqual(try style([("lines.linestyle", "(0, (5, 2))")]).lines.style, .pattern([5, 2]))
    }

    func testPropCycleOfColoursAndLineStyles() throws {
        let s = try style([("axes.prop_cycle", "cycler('color', ['k', '0.5']) + cycler('linestyle', ['-', ':'])")])
        XCTAssertEqual(s.axes.cycle.map(\.color), [.black, Color(gray: 0.5)])
        XCTAssertEqual(s.axes.cycle.map(\.lineStyle), [.solid, .dotted])
        let product = try style([("axes.prop_cycle", "cycler(color=['r', 'b']) * cycler(linestyle=['-', '--'])")])
        XCTAssertEqual(product.axes.cycle.count, 4)
        XCTAssertEqual(try style([("axes.prop_cycle", "cycler('color', 'bgr')")]).axes.cycle.count, 3)
    }

    func testFaceAndEdgeColours() throws {
        let s = try style([("axes.facecolor", "#eeeeee"), ("figure.facecolor", "0.9"), ("axes.edgecolor", "tab:red")])
        XCTAssertEqual(s.axes.faceColor, Color(hex: 0xEEEEEE))
        XCTAssertEqual(s.figure.faceColor, Color(gray: 0.9), "savefig.facecolor 'auto' takes the figure's")
        XCTAssertEqual(s.axes.edgeColor, Color(hex: 0xD62728))
        let sc = scene(s)
        XCTAssertEqual(sc.background, Color(gray: 0.9))
        XCTAssertTrue(sc.items.contains { item in
            if case .rectangle(_, let fill?, nil, _) = item.command, item.element == .axesBackground { return fill == Color(hex: 0xEEEEEE) }
            return false
        })
    }

    func testAxesLinewidth() throws {
        let sc = scene(try style([("axes.linewidth", "2")]))
        let frame = sc.items.first { $0.element == .spines }
        guard case .rectangle(_, _, let stroke?, _)? = frame?.command else { return XCTFail("no frame") }
        XCTAssertEqual(stroke.width, 2)
    }

    func testGridAndItsColourStyleAndAlpha() throws {
        XCTAssertTrue(strokes(scene(Style.matplotlib), .grid(.x)).isEmpty)
        let s = try style([("axes.grid", "True"), ("grid.color", "red"), ("grid.linestyle", "--"), ("grid.alpha", "0.5")])
        let grid = strokes(scene(s), .grid(.x))
        XCTAssertFalse(grid.isEmpty)
        XCTAssertEqual(grid[0].color, Color(red: 1, green: 0, blue: 0, alpha: 0.5))
        XCTAssertEqual(grid[0].dash, [3.7 * 0.8, 1.6 * 0.8])
        XCTAssertTrue(strokes(scene(try style([("axes.grid", "True"), ("axes.grid.axis", "y")])), .grid(.x)).isEmpty)
    }

    func testSpinesOnEachSide() throws {
        let s = try style([("axes.spines.top", "False"), ("axes.spines.right", "False")])
        let spines = strokes(scene(s), .spines)
        XCTAssertEqual(spines.count, 2, "left and bottom only")
        XCTAssertEqual(try style([("axes.spines.left", "False"), ("axes.spines.bottom", "False")]).axes.spines.all, false)
    }

    func testTickLabelAxisLabelTitleAndLegendSizes() throws {
        let s = try style([
            ("xtick.labelsize", "7"), ("ytick.labelsize", "small"), ("axes.labelsize", "13"), ("axes.titlesize", "x-large"),
            ("legend.fontsize", "9"),
        ])
        let sc = scene(s)
        XCTAssertEqual(Set(texts(sc, .tickLabel(.x)).map(\.size)), [7])
        XCTAssertEqual(texts(sc, .tickLabel(.y)).first?.size ?? 0, 8.33, accuracy: 1e-12)
        XCTAssertEqual(texts(sc, .axisLabel(.x)).first?.size, 13)
        XCTAssertEqual(texts(sc, .title).first?.size ?? 0, 14.4, accuracy: 1e-12)
        XCTAssertEqual(texts(sc, .legendLabel(0)).first?.size, 9)
    }

    func testLegendFrameOnAndAlpha() throws {
        XCTAssertFalse(scene(try style([("legend.frameon", "False")])).items.contains { $0.element == .legendFrame })
        let frame = scene(try style([("legend.framealpha", "0.3")])).items.first { $0.element == .legendFrame }
        guard case .rectangle(_, let fill?, _, _)? = frame?.command else { return XCTFail("no legend frame") }
        XCTAssertEqual(fill.alpha, 0.3, accuracy: 1e-12)
        XCTAssertNil(try style([("legend.framealpha", "None")]).legend.frameAlpha)
    }

    func testTickDirections() throws {
        let inward = scene(try style([("xtick.direction", "in"), ("ytick.direction", "inout")]))
        let box = ChartLayout.axesBox(for: Style.matplotlib)
        let x = inward.items.compactMap { item -> [Point]? in
            if item.element == .tick(.x), case .polyline(let points, _) = item.command { return points }
            return nil
        }
        XCTAssertEqual(x.first?.map(\.y), [box.maxY - 3.5, box.maxY], "an inward x tick runs up from the spine")
        let y = inward.items.compactMap { item -> [Point]? in
            if item.element == .tick(.y), case .polyline(let points, _) = item.command { return points }
            return nil
        }
        XCTAssertEqual(y.first?.map(\.x), [box.minX + 1.75, box.minX - 1.75], "an inout y tick straddles it")
    }

    func testMargins() throws {
        var spec = ChartSpec()
        spec.style = try style([("axes.xmargin", "0"), ("axes.ymargin", "0.2")])
        spec.xDataRange = (0, 10)
        spec.series = [Series(label: nil, color: .black, pieces: [[Point(0, 0), Point(10, 1)]])]
        let layout = ChartLayout(spec)
        XCTAssertEqual(layout.axes.x.viewMin, 0)
        XCTAssertEqual(layout.axes.x.viewMax, 10)
        XCTAssertEqual(layout.axes.y.viewMin, -0.2, accuracy: 1e-12)
        XCTAssertEqual(layout.axes.y.viewMax, 1.2, accuracy: 1e-12)
    }

    func testSVGFontType() throws {
        XCTAssertEqual(Style.matplotlib.svgFontType, .path)
        XCTAssertEqual(try style([("svg.fonttype", "none")]).svgFontType, .none)
    }

    func testMathSettings() throws {
        XCTAssertEqual(Style.matplotlib.math, Style.Math(enabled: true, fontSet: .dejaVuSans, defaultFont: .normal))
        XCTAssertEqual(try style([("mathtext.fontset", "cm")]).math.fontSet, .cm)
        XCTAssertEqual(try style([("mathtext.fontset", "'stix'")]).math.fontSet, .stix)
        XCTAssertEqual(try style([], sheets: ["bmh"]).math.fontSet, .cm, "bmh sets Computer Modern")
        XCTAssertEqual(try style([("mathtext.default", "rm")]).math.defaultFont, .rm)
        XCTAssertEqual(try style([("mathtext.default", "default")]).math.defaultFont, .regular)
        XCTAssertFalse(try style([("text.parse_math", "False")]).math.enabled)
        XCTAssertThrowsError(try style([("mathtext.fontset", "dejavuserif")])) { error in
            XCTAssertEqual(
                (error as? StyleError)?.message,
                "mathtext.fontset: actplot does not draw matplotlib's 'dejavuserif' math fonts; use dejavusans, cm, stix")
        }
        XCTAssertThrowsError(try style([("mathtext.fontset", "cmu")])) { error in
            XCTAssertEqual((error as? StyleError)?.message, "mathtext.fontset: 'cmu' is not one of dejavusans, cm, stix")
        }
        XCTAssertEqual(try style([("mathtext.default", "frak")]).math.defaultFont, .frak)
        XCTAssertThrowsError(try style([("mathtext.default", "gothic")])) { error in
            XCTAssertEqual(
                (error as? StyleError)?.message,
                "mathtext.default: 'gothic' is not one of normal, rm, it, bf, bfit, sf, tt, cal, bb, frak, scr, regular")
        }
    }

    // MARK: Values

    func testColoursInEveryFormMatplotlibTakes() throws {
        let cycle = Color.tab10
        func color(_ text: String) throws -> Color { try RcValue.color(text, cycle: cycle) }
        XCTAssertEqual(try color("red"), Color(red: 1, green: 0, blue: 0))
        XCTAssertEqual(try color("#f00"), Color(red: 1, green: 0, blue: 0))
        XCTAssertEqual(try color("#ff000080"), Color(red: 1, green: 0, blue: 0, alpha: 128.0 / 255))
        XCTAssertEqual(try color("E5E5E5"), Color(hex: 0xE5E5E5))
        XCTAssertEqual(try color("C1"), Color.tab10[1])
        XCTAssertEqual(try color("C12"), Color.tab10[2])
        XCTAssertEqual(try color("tab:blue"), Color.tab10[0])
        XCTAssertEqual(try color("0.5"), Color(gray: 0.5))
        XCTAssertEqual(try color("k"), .black)
        XCTAssertEqual(try color("xkcd:sky blue"), Color(hex: 0x75BBFD))
        XCTAssertEqual(try color("(0.1, 0.2, 0.3)"), Color(red: 0.1, green: 0.2, blue: 0.3))
        XCTAssertEqual(try color("none").alpha, 0)
        XCTAssertThrowsError(try color("reddish"))
        XCTAssertThrowsError(try color("1.5"))
    }

    func testEveryShippedSheetReads() throws {
        for sheet in MatplotlibStyleSheets.sheets.map(\.name) + ["print", "default", "mpl20", "mpl15"] {
            var rc = RcParams.defaults
            try rc.use(sheet)
            XCTAssertNoThrow(try rc.style(), sheet)
        }
        XCTAssertEqual(try style([], sheets: ["dark_background"]), Style.darkBackground)
    }

    func testStyleSheetSyntaxAndLineNumbers() throws {
        let sheet = try StyleSheet(
            parsing: "# comment\nlines.linewidth : 2 # trailing\n\naxes.titlesize: \"large\"\ntext.color: \"#336699\"  # hex\n",
            name: "mine.mplstyle")
        XCTAssertEqual(sheet.entries.map(\.key), ["lines.linewidth", "axes.titlesize", "text.color"])
        XCTAssertEqual(sheet.entries.map(\.value), ["2", "large", "#336699"])
        XCTAssertEqual(sheet.entries.map(\.line), [2, 4, 5])
        XCTAssertThrowsError(try StyleSheet(parsing: "lines.linewidth: 2\nthis line has no colon\n", name: "bad.mplstyle")) {
            XCTAssertEqual("\($0)", "bad.mplstyle, line 2: 'this line has no colon' is not 'key: value'")
        }
        var rc = RcParams.defaults
        XCTAssertThrowsError(try rc.use(sheet: StyleSheet(parsing: "\nlines.linewidth: wide\n", name: "w.mplstyle"))) {
            XCTAssertEqual("\($0)", "w.mplstyle, line 2: lines.linewidth: 'wide' is not a number")
        }
        let unsupported = try rc.use(sheet: StyleSheet(parsing: "image.cmap: magma\nlines.linewidth: 2\nbackend: agg\n", name: "u"))
        XCTAssertEqual(unsupported, ["image.cmap"], "matplotlib keys actplot does not draw are kept and named; session keys are skipped")
    }

    func testUnknownKeysSuggestTheClosest() throws {
        var rc = RcParams.defaults
        XCTAssertThrowsError(try rc.set("lines.linewidht", "2")) {
            XCTAssertEqual("\($0)", "'lines.linewidht' is not a matplotlib rcParam; did you mean lines.linewidth?")
        }
        XCTAssertThrowsError(try rc.set("axes.facecolor", "nope")) { XCTAssertTrue("\($0)".hasPrefix("axes.facecolor: 'nope' is not a colour"), "\($0)") }
        XCTAssertThrowsError(try rc.use("seaborn-dark")) { XCTAssertTrue("\($0)".contains("did you mean") && "\($0)".contains("seaborn-v0_8-dark"), "\($0)") }
    }

    func testClassicRoundsLimitsToTicksWithItsOwnLocator() throws {
        var spec = ChartSpec()
        spec.style = try style([], sheets: ["classic"])
        spec.xDataRange = (-10, 10)
        spec.series = [Series(label: nil, color: .black, pieces: [[Point(-10, -0.27), Point(10, 9.99)]])]
        let layout = ChartLayout(spec)
        XCTAssertEqual(layout.axes.x.viewMin, -10)
        XCTAssertEqual(layout.axes.x.viewMax, 10)
        XCTAssertEqual(layout.axes.y.viewMin, -2)
        XCTAssertEqual(layout.axes.y.viewMax, 10)
        XCTAssertEqual(layout.axes.x.labels, ["−10", "−5", "0", "5", "10"])
    }
}
