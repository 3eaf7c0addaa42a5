import XCTest

@testable import Chart

/// What a colorbar adds to a chart's scene, in points, with the style's settings; its geometry
/// against matplotlib is ActplotTests' ColorbarFixtureTests.
final class ColorbarLayoutTests: XCTestCase {
    func spec(_ bars: [ColorbarSpec], style: Style = .matplotlib) -> ChartSpec {
        var spec = ChartSpec()
        spec.style = style
        spec.series = [Series(label: nil, color: .black, pieces: [[Point(-10, 0), Point(10, 1)]])]
        spec.colorbars = bars
        return spec
    }

    func bar(_ range: (Double, Double) = (0, 2), scale: ColorbarScale = .linear, label: String? = nil, map: String = "viridis")
        throws -> ColorbarSpec
    {
        ColorbarSpec(colormap: try Colormap.named(map), range: range, scale: scale, label: label)
    }

    func items(_ scene: Scene, _ part: ColorbarPart, of index: Int = 0) -> [DrawCommand] {
        scene.items.filter { $0.element == .colorbar(index, part) }.map(\.command)
    }

    func testColorbarsThatRunIntoEachOtherAreReported() throws {
        func bars(fontSize: Double) throws -> ChartSpec {
            var style = Style.matplotlib
            style.text.size = fontSize
            style.xTicks.labelSize = fontSize
            style.yTicks.labelSize = fontSize
            style.axes.labelSize = fontSize
            return spec([try bar((0.5, 2), label: "elu: α"), try bar((0.5, 2), label: "celu: α", map: "magma")], style: style)
        }
        // At 10 pt the pad between the bars holds the inner one's labels.
        let small = try bars(fontSize: 10)
        XCTAssertFalse(ChartLayout(small).colorbarsCollide)
        XCTAssertEqual(ChartLayout.fitted(small).warnings, [])
        // At 16 pt the inner bar's label runs into the outer bar, in matplotlib's geometry as in
        // matplotlib: the layout stays, and the user hears of it.
        let large = try bars(fontSize: 16)
        let inner = ChartLayout(large).colorbars[1].texts.first { $0.element == .colorbar(1, .label) }
        XCTAssertGreaterThan(try XCTUnwrap(inner).box.maxX, ChartLayout(large).colorbars[0].box.minX)
        XCTAssertTrue(ChartLayout(large).colorbarsCollide)
        XCTAssertEqual(
            ChartLayout.fitted(large).warnings,
            ["the colour bars' texts run into each other in the 6.4x4.8 in figure; make it wider or the text smaller"])
    }

    func testTheColorbarTakesFifteenPercentOfTheSubplotBox() throws {
        let layout = ChartLayout(spec([try bar()]))
        let subplot = ChartLayout.axesBox(for: .matplotlib)
        XCTAssertEqual(layout.subplotBox, subplot)
        // make_axes_gridspec: the axes keep 0.80 of the width, a gap of 0.05, the cell 0.15.
        XCTAssertEqual(layout.axesBox.width, 0.80 * subplot.width, accuracy: 1e-9)
        XCTAssertEqual(layout.colorbars[0].cell.minX, subplot.minX + 0.85 * subplot.width, accuracy: 1e-9)
        XCTAssertEqual(layout.colorbars[0].cell.maxX, subplot.maxX, accuracy: 1e-9)
        // 20 times taller than wide, the full height, at the cell's left.
        let box = layout.colorbars[0].box
        XCTAssertEqual(box.height, subplot.height, accuracy: 1e-9)
        XCTAssertEqual(box.width, subplot.height / 20, accuracy: 1e-9)
        XCTAssertEqual(box.minX, layout.colorbars[0].cell.minX)
        XCTAssertEqual(ChartLayout.axesBox(for: .matplotlib, colorbars: 1), layout.axesBox)
    }

    func testAWideShortCellKeepsItsWidthAndCentresTheColorbar() {
        // The aspect wins when the cell is wider than a twentieth of its height.
        let cell = Rect(x: 10, y: 0, width: 10, height: 100)
        XCTAssertEqual(ColorbarLayout.shrunk(cell), Rect(x: 10, y: 0, width: 5, height: 100))
        let wide = Rect(x: 10, y: 0, width: 2, height: 100)
        XCTAssertEqual(ColorbarLayout.shrunk(wide), Rect(x: 10, y: 30, width: 2, height: 40))
    }

    func testSeveralColorbarsTakeRoomInTurnTheFirstOutermost() throws {
        let layout = ChartLayout(spec([try bar(), try bar((1, 100), scale: .log), try bar()]))
        let subplot = layout.subplotBox
        var cell = subplot
        for bar in layout.colorbars {
            let (axes, colorbar) = ColorbarLayout.split(cell)
            XCTAssertEqual(bar.cell, colorbar)
            cell = axes
        }
        XCTAssertEqual(layout.axesBox, cell)
        XCTAssertGreaterThan(layout.colorbars[0].box.minX, layout.colorbars[1].box.maxX)
        XCTAssertGreaterThan(layout.colorbars[1].box.minX, layout.colorbars[2].box.maxX)
        XCTAssertGreaterThan(layout.colorbars[2].box.minX, layout.axesBox.maxX)
        let scene = layout.scene()
        for i in 0..<3 { XCTAssertEqual(items(scene, .bands, of: i).count, 1) }
    }

    func testBandsOutlineAndTicksFollowTheStyle() throws {
        var style = Style.matplotlib
        style.axes.lineWidth = 1.25
        style.axes.edgeColor = Color(hex: 0x123456)
        style.yTicks.color = Color(hex: 0xABCDEF)
        style.yTicks.direction = .in
        let layout = ChartLayout(spec([try bar(map: "magma_r")], style: style))
        let scene = layout.scene()
        let box = layout.colorbars[0].box
        XCTAssertEqual(items(scene, .bands), [.colorBands(box, colors: try Colormap.named("magma_r").table)])
        XCTAssertEqual(
            items(scene, .outline),
            [.rectangle(box, fill: nil, stroke: Stroke(color: Color(hex: 0x123456), width: 1.25), cornerRadius: 0)])
        let ticks = items(scene, .tick)
        XCTAssertEqual(ticks.count, layout.colorbars[0].axis.ticks.count)
        for tick in ticks {
            guard case .polyline(let points, let stroke) = tick else { return XCTFail("a tick is a line") }
            XCTAssertEqual(stroke.color, Color(hex: 0xABCDEF))
            XCTAssertEqual(points.map(\.x), [box.maxX - 3.5, box.maxX], "pointing in, from the right edge")
        }
        // The colorbar is drawn after everything of the axes.
        let first = try XCTUnwrap(scene.items.firstIndex { $0.element == .colorbar(0, .bands) })
        XCTAssertTrue(scene.items[..<first].allSatisfy { if case .colorbar = $0.element { false } else { true } })
    }

    func testLogColorbarsHaveMinorTicksOfTheMinorSize() throws {
        var style = Style.matplotlib
        style.yTicks.minorSize = 3
        style.yTicks.minorWidth = 0.4
        let layout = ChartLayout(spec([try bar((0.01, 100), scale: .log)], style: style))
        let axis = layout.colorbars[0].axis
        XCTAssertEqual(axis.ticks.count, 5)
        XCTAssertEqual(axis.minorTicks.count, 32)
        XCTAssertEqual(axis.labels, (-2...2).map { "$\\mathdefault{10^{\($0)}}$" })
        let widths = items(layout.scene(), .tick).compactMap { command -> Double? in
            guard case .polyline(let points, let stroke) = command else { return nil }
            return stroke.width == 0.4 ? points[1].x - points[0].x : nil
        }
        XCTAssertEqual(widths, Array(repeating: 3, count: 32))
        // The bottom tick sits on the bottom edge, the top one on the top edge.
        let box = layout.colorbars[0].box
        XCTAssertEqual(axis.fraction(axis.ticks[0]) * box.height, 0, accuracy: 1e-9)
        XCTAssertEqual(axis.fraction(axis.ticks[4]), 1, accuracy: 1e-12)
    }

    func testMinorTickSettingsReadFromRcParams() throws {
        var rc = RcParams.defaults
        try rc.set("ytick.minor.size", "4")
        try rc.set("ytick.minor.width", "1.5")
        try rc.set("ytick.minor.pad", "2")
        let ticks = try rc.style().yTicks
        XCTAssertEqual([ticks.minorSize, ticks.minorWidth, ticks.minorPad], [4, 1.5, 2])
        XCTAssertEqual(ticks.minorLabelGap, 6)
        XCTAssertEqual([Style.matplotlib.yTicks.minorSize, Style.matplotlib.yTicks.minorWidth], [2, 0.6])
        XCTAssertThrowsError(try rc.set("ytick.minor.size", "big"))
    }

    func testAutoLayoutTightensWhenTheColorbarsLabelWouldBeCut() throws {
        var style = Style.matplotlib
        style.figure.width = 3
        style.figure.height = 2.5
        var wide = spec([try bar((-1000, 1000), label: "negative_slope")], style: style)
        wide.layout = .auto
        let untouched = ChartLayout(wide)
        XCTAssertTrue(untouched.overflowing.contains("the colorbar's label"), "\(untouched.overflowing)")
        let (fitted, warnings) = ChartLayout.fitted(wide)
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(fitted.overflowing, [])
        XCTAssertNotEqual(fitted.subplotBox, untouched.subplotBox, "tight_layout took over")
        // Measured once at the default box, as matplotlib does: the label ends up on the page,
        // though not exactly a pad from its edge (the ticks are decided again in the new box).
        let label = try XCTUnwrap(fitted.colorbars[0].texts.first { $0.element == .colorbar(0, .label) })
        let before = try XCTUnwrap(untouched.colorbars[0].texts.first { $0.element == .colorbar(0, .label) })
        XCTAssertGreaterThan(before.box.maxX, style.figure.width * 72)
        XCTAssertLessThan(label.box.maxX, style.figure.width * 72)
    }

    func testAColorbarWithoutLabelOrOffsetHasTickLabelsOnly() throws {
        let layout = ChartLayout(spec([try bar((0, 1))]))
        let texts = layout.colorbars[0].texts
        XCTAssertEqual(texts.map(\.element), Array(repeating: .colorbar(0, .tickLabel), count: 6))
        guard case .text(let first, let origin, _, _, .left, false, _) = texts[0].command else { return XCTFail() }
        XCTAssertEqual(first, "0.0")
        XCTAssertEqual(origin.x, layout.colorbars[0].box.maxX + 3.5 + 3.5, accuracy: 1e-12)
    }

    func testAnyRangeLaysOutWithoutTrapping() throws {
        let ranges: [(Double, Double)] = [
            (.nan, 1), (.infinity, -.infinity), (0, 0), (-1, 1), (1e308, -1e308), (5e-324, 1e-323), (1e-300, 1e300),
            (2, 1), (-5, -3),
        ]
        for range in ranges {
            for scale in ColorbarScale.allCases {
                var chart = spec([try bar(range, scale: scale, label: "p")])
                chart.layout = .tight
                let layout = ChartLayout.fitted(chart).layout
                let axis = layout.colorbars[0].axis
                XCTAssertEqual(axis.labels.count, axis.ticks.count, "\(range) \(scale)")
                // Every tick drawn is on the colorbar.
                XCTAssertTrue(axis.ticks.allSatisfy { (-1e-9...(1 + 1e-9)).contains(axis.fraction($0)) }, "\(range) \(scale): \(axis.ticks)")
                XCTAssertEqual(layout.scene().items.filter { $0.element == .colorbar(0, .bands) }.count, 1)
            }
        }
        // A log colorbar needs positive values; without them it has no ticks.
        XCTAssertEqual(ChartLayout(spec([try bar((-5, -3), scale: .log)])).colorbars[0].axis.ticks, [])
    }

    func testNoColorbarChangesNothing() {
        var plain = spec([])
        plain.title = "t"
        let layout = ChartLayout(plain)
        XCTAssertEqual(layout.axesBox, layout.subplotBox)
        XCTAssertTrue(layout.colorbars.isEmpty)
        XCTAssertFalse(layout.scene().items.contains { if case .colorbar = $0.element { true } else { false } })
    }
}
