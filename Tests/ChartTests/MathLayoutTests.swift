import MathText
import XCTest

@testable import Chart

/// Texts with math (`$…$`) in the chart's layout: measured by their math layout as matplotlib
/// measures them, drawn by a math command; texts without math exactly as before.
final class MathLayoutTests: XCTestCase {
    static let sigmoid = "$\\sigma(x) = \\frac{1}{1+e^{-x}}$"

    func spec(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, labels: [String] = []) -> ChartSpec {
        var spec = ChartSpec()
        spec.title = title
        spec.xLabel = xLabel
        spec.yLabel = yLabel
        spec.xDataRange = (-1, 1)
        spec.series = labels.enumerated().map { i, label in
            Series(label: label, color: Color.tab10[i], pieces: [[Point(-1, Double(i)), Point(1, Double(i))]])
        }
        if labels.isEmpty { spec.series = [Series(label: nil, color: .black, pieces: [[Point(-1, 0), Point(1, 1)]])] }
        return spec
    }

    func text(_ layout: ChartLayout, _ element: SceneElement) throws -> PlacedText {
        try XCTUnwrap(layout.texts.first { $0.element == element }, "no \(element)")
    }

    func testAMathTitleIsMeasuredByItsLayoutRoundedToWholePixels() throws {
        let layout = ChartLayout(spec(title: Self.sigmoid))
        let title = try text(layout, .title)
        guard case .math(let run, let origin, _, .center, false) = title.command else {
            return XCTFail("the title is not drawn as math: \(title.command)")
        }
        XCTAssertEqual(run.unicode, "σ(x) = 1/(1 + e^(−x))")
        XCTAssertEqual(run.size, 12)
        // matplotlib's Agg measures math as MathTextParser("path") at the figure's dpi, each
        // extent rounded up to a whole pixel; the ascent and descent are at least the font's.
        let math = try MathText(Self.sigmoid).layout(fontSize: 12, dpi: 100)
        XCTAssertEqual(run.raster, math)
        XCTAssertEqual(run.vector, try MathText(Self.sigmoid).layout(fontSize: 12, dpi: 72))
        let points = 0.72
        XCTAssertEqual(title.box.width, math.width.rounded(.up) * points, accuracy: 1e-9)
        XCTAssertEqual(run.width, title.box.width, accuracy: 1e-9)
        let font = FontMetrics.dejaVuSans.extent(of: "", font: Style.matplotlib.font, size: 12, dpi: 100)
        XCTAssertEqual(origin.y - title.box.minY, max(math.height.rounded(.up) * points, font.ascent), accuracy: 1e-9)
        XCTAssertEqual(title.box.maxY - origin.y, max(math.depth.rounded(.up) * points, font.descent), accuracy: 1e-9)
        XCTAssertGreaterThan(title.box.maxY - origin.y, font.descent, "the fraction reaches below the font's descent")
    }

    func testTextsWithoutMathStayPlainText() throws {
        let layout = ChartLayout(spec(title: "Costs in \\$ and €", xLabel: "x", yLabel: "$5 a unit"))
        guard case .text("Costs in $ and €", _, _, _, _, _, _) = try text(layout, .title).command else {
            return XCTFail("an escaped dollar is shown as a dollar")
        }
        guard case .text("$5 a unit", _, _, _, _, _, _) = try text(layout, .axisLabel(.y)).command else {
            return XCTFail("a single dollar is not math")
        }
        for placed in layout.texts {
            if case .math = placed.command { XCTFail("\(placed.element) drawn as math") }
        }
    }

    func testParseMathOffShowsTheLabelAsWritten() throws {
        var spec = spec(title: Self.sigmoid)
        spec.style.math.enabled = false
        guard case .text(Self.sigmoid, _, _, _, _, _, _) = try text(ChartLayout(spec), .title).command else {
            return XCTFail("text.parse_math False draws the dollars")
        }
    }

    func testMalformedMathIsSetAsTheTextItIs() throws {
        guard case .text("$\\frac{1}$", _, _, _, _, _, _) = try text(ChartLayout(spec(title: "$\\frac{1}$")), .title).command
        else { return XCTFail("malformed math is plain text") }
    }

    func testEveryKindOfLabelTakesMath() throws {
        let layout = ChartLayout(spec(title: "$t$", xLabel: "$x$", yLabel: "$\\sigma'(x)$", labels: ["$\\alpha$", "plain"]))
        for element in [SceneElement.title, .axisLabel(.x), .axisLabel(.y)] {
            guard case .math = try text(layout, element).command else { return XCTFail("\(element) is not math") }
        }
        guard case .math(_, _, _, _, true) = try text(layout, .axisLabel(.y)).command else {
            return XCTFail("the y label is turned")
        }
        let legend = layout.scene().items.filter { if case .legendLabel = $0.element { true } else { false } }
        XCTAssertEqual(legend.count, 2)
        guard case .math(let run, _, _, .left, false) = legend[0].command, case .text("plain", _, _, _, _, _, _) = legend[1].command
        else { return XCTFail("legend entries: \(legend.map(\.command))") }
        XCTAssertEqual(run.unicode, "α")
    }

    func testALegendRowGrowsWithItsMath() throws {
        func height(_ label: String) throws -> Double {
            let scene = ChartLayout(spec(labels: [label])).scene()
            let frame = scene.items.first { $0.element == .legendFrame }
            guard case .rectangle(let rect, _, _, _)? = frame?.command else { throw XCTSkip("no legend frame") }
            return rect.height
        }
        XCTAssertGreaterThan(try height("$\\frac{\\partial f}{\\partial x}$"), try height("df/dx") + 2)
        XCTAssertEqual(try height("$x$"), try height("x"), accuracy: 1e-9, "a math row is at least as tall as a text row")
    }

    func testTightLayoutMakesRoomForDeepMath() throws {
        var plain = spec(xLabel: "x")
        var deep = spec(xLabel: "$\\sum_{i=1}^{n} \\frac{x_i}{n}$")
        plain.layout = .tight
        deep.layout = .tight
        let a = ChartLayout.fitted(plain).layout.axesBox, b = ChartLayout.fitted(deep).layout.axesBox
        let label = try text(ChartLayout.fitted(deep).layout, .axisLabel(.x))
        XCTAssertEqual(a.maxY - b.maxY, label.box.height - (try text(ChartLayout.fitted(plain).layout, .axisLabel(.x))).box.height,
                       accuracy: 1e-9, "the axes give up exactly the extra height of the label")
    }

    func testATitleDeeperThanItsPadSitsOnTheAxes() throws {
        // matplotlib's Axes._update_title_position raises a title whose bottom would be inside
        // the axes until it is not; a plain title's descent is within axes.titlepad.
        let plain = ChartLayout(spec(title: "Title"))
        let title = try text(plain, .title)
        guard case .text(_, let origin, _, _, _, _, _) = title.command else { return XCTFail() }
        XCTAssertEqual(origin.y, plain.axesBox.minY - Style.matplotlib.axes.titlePad, accuracy: 1e-9)
        let deep = ChartLayout(spec(title: "$\\sum_{i=1}^{n} x_i$"))
        XCTAssertEqual(try text(deep, .title).box.maxY, deep.axesBox.minY, accuracy: 1e-9)
        // Above tick labels on top of the axes, too.
        var top = spec(title: "$\\sum_{i=1}^{n} x_i$")
        top.style.xTicks.labelFar = true
        let layout = ChartLayout(top)
        let labels = layout.texts.filter { $0.element == .tickLabel(.x) && $0.box.maxY <= layout.axesBox.minY }
        XCTAssertFalse(labels.isEmpty)
        XCTAssertEqual(try text(layout, .title).box.maxY, labels.map(\.box.minY).min()!, accuracy: 1e-9)
    }

    func testTheRasterLayoutIsAtTheFiguresDPI() throws {
        var spec = spec(title: "$e^{-x^2}$")
        spec.style.figure.dpi = 200
        guard case .math(let run, _, _, _, _) = try text(ChartLayout(spec), .title).command else { return XCTFail() }
        XCTAssertEqual(run.dpi, 200)
        XCTAssertEqual(run.raster, try MathText("$e^{-x^2}$").layout(fontSize: 12, dpi: 200))
        XCTAssertEqual(run.width, run.raster.width.rounded(.up) * 72 / 200, accuracy: 1e-9)
    }

    func testTheFontSetComesFromTheStyle() throws {
        var spec = spec(title: "$x$")
        spec.style.math.fontSet = .cm
        guard case .math(let run, _, _, _, _) = try text(ChartLayout(spec), .title).command else { return XCTFail() }
        XCTAssertEqual(run.raster.glyphs.map(\.face), [.cmmi10])
    }

    func testAMovedMathCommandKeepsItsRun() throws {
        guard case .math(let run, let origin, let color, let anchor, let rotated) = try text(ChartLayout(spec(title: "$x$")), .title).command
        else { return XCTFail() }
        let moved = DrawCommand.math(run, origin: origin, color: color, anchor: anchor, rotated: rotated).offset(10, 20)
        XCTAssertEqual(moved, .math(run, origin: Point(origin.x + 10, origin.y + 20), color: color, anchor: anchor, rotated: rotated))
    }
}
