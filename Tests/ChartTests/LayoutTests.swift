import XCTest

@testable import Chart

/// Records the scenes it is asked to render, so layout is checked without Cairo.
final class RecordingRenderer: Renderer {
    var scenes: [Scene] = []
    func render(_ scene: Scene, to sink: ByteSink) throws { scenes.append(scene) }
}

/// Discards bytes.
final class NullSink: ByteSink {
    func write(_ bytes: UnsafeRawBufferPointer) -> Bool { true }
}

final class LayoutTests: XCTestCase {
    /// relu and its derivative over -10:10, as the article plots them.
    func reluSpec() -> ChartSpec {
        let xs = (0...200).map { -10 + Double($0) * 0.1 }
        var spec = ChartSpec()
        spec.xDataRange = (-10, 10)
        spec.series = [
            Series(label: "relu", color: Color.tab10[0], pieces: [xs.map { Point($0, max($0, 0)) }]),
            Series(
                label: "derivative", color: Color.tab10[1],
                pieces: [xs.filter { $0 <= 0 }.map { Point($0, 0) }, xs.filter { $0 > 0 }.map { Point($0, 1) }],
                dots: [.init(x: 0, y: 0, filled: true), .init(x: 0, y: 1, filled: false)]),
        ]
        return spec
    }

    func render(_ spec: ChartSpec) throws -> Scene {
        let recorder = RecordingRenderer()
        try recorder.render(ChartLayout(spec).scene(), to: NullSink())
        return try XCTUnwrap(recorder.scenes.first)
    }

    func testFigureIsMatplotlibsDefaultSize() throws {
        let scene = try render(reluSpec())
        XCTAssertEqual(scene.width, 460.8, accuracy: 1e-9)
        XCTAssertEqual(scene.height, 345.6, accuracy: 1e-9)
        XCTAssertEqual(scene.pixelWidth, 640)
        XCTAssertEqual(scene.pixelHeight, 480)
        XCTAssertEqual(scene.background, .white)
    }

    func testFrameIsTheSubplotBoxWithBlackSpines() throws {
        let scene = try render(reluSpec())
        let frames = scene.commands.compactMap { command -> (Rect, Stroke)? in
            if case .rectangle(let rect, nil, let stroke?, 0) = command { return (rect, stroke) }
            return nil
        }
        XCTAssertEqual(frames.count, 1)
        let (rect, stroke) = try XCTUnwrap(frames.first)
        // left 0.125, right 0.9, bottom 0.11, top 0.88 of 460.8 × 345.6 pt.
        XCTAssertEqual(rect.minX, 57.6, accuracy: 1e-9)
        XCTAssertEqual(rect.maxX, 414.72, accuracy: 1e-9)
        XCTAssertEqual(rect.minY, 41.472, accuracy: 1e-9)
        XCTAssertEqual(rect.maxY, 307.584, accuracy: 1e-9)
        XCTAssertEqual(stroke.width, 0.8)
        XCTAssertEqual(stroke.color, .black)
    }

    func testTicksPointOutFromTheFrameInsideTheView() throws {
        let spec = reluSpec()
        let layout = ChartLayout(spec)
        let scene = try render(spec)
        let box = layout.axesBox
        let ticks = scene.commands.compactMap { command -> [Point]? in
            if case .polyline(let points, let stroke) = command, stroke.width == 0.8, points.count == 2 { return points }
            return nil
        }
        let xTicks = ticks.filter { $0[0].y == box.maxY }
        let yTicks = ticks.filter { $0[0].x == box.minX }
        XCTAssertEqual(xTicks.count, layout.axes.x.ticks.count)
        XCTAssertEqual(yTicks.count, layout.axes.y.ticks.count)
        XCTAssertGreaterThanOrEqual(xTicks.count, 3)
        for tick in xTicks {
            XCTAssertEqual(tick[1].y - tick[0].y, 3.5, accuracy: 1e-12, "x ticks point down, out of the axes")
            XCTAssertTrue(tick[0].x >= box.minX && tick[0].x <= box.maxX)
        }
        for tick in yTicks {
            XCTAssertEqual(tick[0].x - tick[1].x, 3.5, accuracy: 1e-12, "y ticks point left, out of the axes")
            XCTAssertTrue(tick[0].y >= box.minY && tick[0].y <= box.maxY)
        }
    }

    func testTickLabelsSitBelowAndLeftOfTheTicks() throws {
        let spec = reluSpec()
        let layout = ChartLayout(spec)
        let box = layout.axesBox
        let texts = try render(spec).commands.compactMap { command -> (String, Point, TextAnchor)? in
            if case .text(let text, let origin, 10, _, let anchor, false, _) = command { return (text, origin, anchor) }
            return nil
        }
        let xLabels = texts.filter { $0.2 == .center && $0.1.y > box.maxY }
        let yLabels = texts.filter { $0.2 == .right && $0.1.x < box.minX }
        XCTAssertEqual(xLabels.map(\.0), layout.axes.x.labels)
        XCTAssertEqual(yLabels.map(\.0), layout.axes.y.labels)
        XCTAssertEqual(layout.axes.x.labels.first, "−10.0", "matplotlib's labels use U+2212")
    }

    func testSeriesAreMappedIntoFigureCoordinates() throws {
        let spec = reluSpec()
        let layout = ChartLayout(spec)
        let (x, y) = layout.axes
        XCTAssertEqual(x.viewMin, -11, accuracy: 1e-12)
        XCTAssertEqual(x.viewMax, 11, accuracy: 1e-12)
        XCTAssertEqual(y.viewMin, -0.5, accuracy: 1e-12)
        XCTAssertEqual(y.viewMax, 10.5, accuracy: 1e-12)
        let lines = try render(spec).commands.compactMap { command -> [Point]? in
            if case .polyline(let points, let stroke) = command, stroke.width == 1.5, points.count > 2 { return points }
            return nil
        }
        let relu = try XCTUnwrap(lines.first)
        let box = layout.axesBox
        // Data (-10, 0) is 1/22 of the width from the left, 0.5/11 of the height from the bottom.
        XCTAssertEqual(relu[0].x, box.minX + box.width / 22, accuracy: 1e-9)
        XCTAssertEqual(relu[0].y, box.maxY - box.height * 0.5 / 11, accuracy: 1e-9)
        XCTAssertEqual(relu.last?.y ?? 0, box.minY + box.height * 0.5 / 11, accuracy: 1e-9)
    }

    func testJumpDotsAreFilledAndOpen() throws {
        let circles = try render(reluSpec()).commands.compactMap { command -> (Color?, Color?)? in
            if case .circle(_, _, let fill, let stroke) = command { return (fill, stroke?.color) }
            return nil
        }
        XCTAssertEqual(circles.count, 2)
        XCTAssertEqual(circles[0].0, Color.tab10[1], "the filled dot holds the value")
        XCTAssertEqual(circles[1].0, .white, "the open dot is the background inside")
    }

    func testBestLegendAvoidsTheCurvesLikeMatplotlib() throws {
        let spec = reluSpec()
        let layout = ChartLayout(spec)
        let box = layout.axesBox
        let legends = try render(spec).commands.compactMap { command -> Rect? in
            if case .rectangle(let rect, _?, _?, let radius) = command, radius > 0 { return rect }
            return nil
        }
        let legend = try XCTUnwrap(legends.first)
        // relu rises to the upper right, so matplotlib puts the legend upper left, 5 pt in.
        XCTAssertEqual(legend.minX, box.minX + 5, accuracy: 1e-9)
        XCTAssertEqual(legend.minY, box.minY + 5, accuracy: 1e-9)
        // Measured on matplotlib's relu figure: about 121 × 46.5 px at 100 dpi.
        XCTAssertEqual(legend.width * 100 / 72, 121, accuracy: 3)
        XCTAssertEqual(legend.height * 100 / 72, 46.5, accuracy: 2)
    }

    func testLegendLocationsAndNone() throws {
        var spec = reluSpec()
        spec.legend = .lowerRight
        let box = ChartLayout(spec).axesBox
        let rect = try XCTUnwrap(
            render(spec).commands.compactMap { command -> Rect? in
                if case .rectangle(let rect, _?, _?, let radius) = command, radius > 0 { return rect }
                return nil
            }.first)
        XCTAssertEqual(rect.maxX, box.maxX - 5, accuracy: 1e-9)
        XCTAssertEqual(rect.maxY, box.maxY - 5, accuracy: 1e-9)
        spec.legend = .hidden
        let none = try render(spec).commands.contains { command in
            if case .rectangle(_, _, _, let radius) = command { return radius > 0 }
            return false
        }
        XCTAssertFalse(none)
    }

    func testTransparentHasNoBackgroundAndTitleIsDrawn() throws {
        var spec = reluSpec()
        spec.transparent = true
        spec.title = "ReLU"
        spec.xLabel = "x"
        spec.yLabel = "f(x)"
        let scene = try render(spec)
        XCTAssertNil(scene.background)
        let texts = scene.commands.compactMap { command -> (String, Double, Bool)? in
            if case .text(let text, _, let size, _, _, let rotated, _) = command { return (text, size, rotated) }
            return nil
        }
        XCTAssertTrue(texts.contains { $0.0 == "ReLU" && $0.1 == 12 })
        XCTAssertTrue(texts.contains { $0.0 == "f(x)" && $0.2 })
        XCTAssertTrue(texts.contains { $0.0 == "x" && !$0.2 })
    }

    func testDPIScalesPixelsNotLayout() throws {
        var spec = reluSpec()
        spec.style.figure.dpi = 200
        let scene = try render(spec)
        XCTAssertEqual(scene.pixelWidth, 1280)
        XCTAssertEqual(scene.pixelHeight, 960)
        XCTAssertEqual(scene.width, 460.8, accuracy: 1e-9)
    }

    func testOffsetTextsSitWhereMatplotlibPutsThem() throws {
        // Data near 1e5 on x and tiny values on y need offsets: "+1e5" and "1e−5" style texts.
        var spec = ChartSpec()
        spec.xDataRange = (99990, 100010)
        spec.series = [Series(label: nil, color: Color.tab10[0], pieces: [[Point(99990, 1e-5), Point(100010, 3e-5)]])]
        let layout = ChartLayout(spec)
        let (x, y) = layout.axes
        XCTAssertFalse(x.offsetText.isEmpty)
        XCTAssertFalse(y.offsetText.isEmpty)
        let box = layout.axesBox
        let texts = try render(spec).commands.compactMap { command -> (String, Point, TextAnchor)? in
            if case .text(let text, let origin, _, _, let anchor, _, _) = command { return (text, origin, anchor) }
            return nil
        }
        let xOffset = try XCTUnwrap(texts.first { $0.0 == x.offsetText })
        XCTAssertEqual(xOffset.2, .right)
        XCTAssertEqual(xOffset.1.x, box.maxX, accuracy: 1e-9, "at the right end of the x axis")
        XCTAssertGreaterThan(xOffset.1.y, box.maxY + 7 + 10, "below the tick labels")
        let yOffset = try XCTUnwrap(texts.first { $0.0 == y.offsetText })
        XCTAssertEqual(yOffset.2, .left)
        XCTAssertEqual(yOffset.1.x, box.minX, accuracy: 1e-9, "at the left end, over the y axis")
        XCTAssertLessThan(yOffset.1.y, box.minY, "above the axes")
    }
}
