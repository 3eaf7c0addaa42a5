import CairoRenderer
import Chart
import Foundation
import XCTest

/// Colorbars laid out against matplotlib 3.11 on 12 figures (Tests/ChartTests/Fixtures/
/// matplotlib-colorbar.json, made by scripts/matplotlib_colorbar.py): `fig.colorbar(…, ax=ax)`
/// with linear and log norms, with and without labels, one to three colorbars, sizes from
/// 3.5×2.6 to 12×9 in at 100 and 267 dpi, at matplotlib's default box and after
/// `tight_layout`. Pixels from the figure's top-left corner; the tolerances are those of the
/// layout fixture (LayoutFixtureTests): 1 px for boxes, 0.5 px for texts. Log colorbars are
/// labelled in mathtext (`$\mathdefault{10^{-2}}$`), laid out as matplotlib lays it out.
final class ColorbarFixtureTests: XCTestCase {
    nonisolated(unsafe) static let root: [String: Any] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ChartTests/Fixtures/matplotlib-colorbar.json")
        return try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }()

    static var cases: [[String: Any]] { root["cases"] as! [[String: Any]] }

    /// The figure the generator drew: a line over x −10…10, y 0…1, its labels, its colorbars.
    static func spec(_ c: [String: Any]) throws -> ChartSpec {
        var spec = MatplotlibFigure.spec(
            figsize: c["figsize"] as! [Double], dpi: c["dpi"] as! Double, fontSize: c["font_size"] as! Double)
        let labels = c["labels"] as! [String: String]
        spec.title = labels["title"]
        spec.xLabel = labels["xlabel"]
        spec.yLabel = labels["ylabel"]
        spec.legend = .hidden
        spec.series = [Series(label: nil, color: .black, pieces: [[Point(-10, 0), Point(10, 1)]])]
        let bars = [c] + ((c["more"] as? [[String: Any]]) ?? [])
        spec.colorbars = try bars.map { bar in
            let range = bar["range"] as! [Double]
            return ColorbarSpec(
                colormap: try Colormap.named("viridis"), range: (range[0], range[1]),
                scale: bar["norm"] as! String == "log" ? .log : .linear, label: bar["cbar_label"] as? String)
        }
        return spec
    }

    func check(_ layout: ChartLayout, _ record: [String: Any], _ name: String) {
        let scale = layout.spec.style.figure.dpi / 72
        let bars = record["colorbars"] as! [[String: Any]]
        XCTAssertEqual(layout.colorbars.count, bars.count, name)
        MatplotlibFigure.assertBox(layout.axesBox, record["axes"] as! [Double], scale: scale, accuracy: 1, "\(name): axes")
        for (bar, theirs) in zip(layout.colorbars, bars) {
            let what = "\(name): colorbar \(bar.index)"
            MatplotlibFigure.assertBox(bar.box, theirs["axes"] as! [Double], scale: scale, accuracy: 1, what)
            // Ticks and their labels: the same values and texts, each label's alignment point
            // (its left end, half its ascent above the baseline) on its tick.
            let ticks = theirs["tick_labels"] as! [[String: Any]]
            XCTAssertEqual(bar.axis.ticks.count, ticks.count, "\(what): ticks \(bar.axis.ticks)")
            XCTAssertEqual(bar.axis.labels, ticks.map { $0["text"] as! String }, what)
            let labels = bar.texts.filter { $0.element == .colorbar(bar.index, .tickLabel) }
            XCTAssertEqual(labels.count, ticks.count, what)
            for (text, tick) in zip(labels, ticks) {
                let anchor = tick["anchor"] as! [Double]
                guard let o = MatplotlibFigure.baselineStart(text, scale: scale) else { continue }
                let ascent = o.y - text.box.minY * scale
                XCTAssertEqual(o.x, anchor[0], accuracy: 0.5, "\(what): tick label \(tick["text"]!) x")
                XCTAssertEqual(o.y - ascent / 2, anchor[1], accuracy: 0.5, "\(what): tick label \(tick["text"]!) height")
            }
            let minors = theirs["minor_ticks"] as! [Double]
            XCTAssertEqual(bar.axis.minorTicks.count, minors.count, "\(what): minor ticks \(bar.axis.minorTicks)")
            for (a, b) in zip(bar.axis.minorTicks, minors) { XCTAssertEqual(a, b, accuracy: 1e-12 * b, "\(what): minor ticks") }
            for (element, key) in [(ColorbarPart.offsetText, "offset_text"), (.label, "label")] {
                let text = bar.texts.first { $0.element == .colorbar(bar.index, element) }
                compare(text, theirs[key] as! [String: Any], scale: scale, accuracy: 0.5, "\(what): \(key)")
            }
        }
        // The main axes' texts follow its box.
        for (element, axis) in [(SceneElement.axisLabel(.x), "x"), (.axisLabel(.y), "y")] {
            let text = layout.texts.first { $0.element == element }
            compare(text, (record[axis] as! [String: Any])["label"] as! [String: Any], scale: scale, accuracy: 0.5, "\(name): \(axis) label")
        }
    }

    /// A text's baseline origin and layout box against a fixture text record; none where the
    /// record has no text.
    func compare(_ text: PlacedText?, _ json: [String: Any], scale: Double, accuracy: Double, _ what: String) {
        guard let expected = json["origin"] as? [Double] else {
            XCTAssertNil(text, "\(what) drawn where matplotlib has none")
            return
        }
        guard let text, let o = MatplotlibFigure.baselineStart(text, scale: scale) else { return XCTFail("no \(what)") }
        XCTAssertEqual(o.x, expected[0], accuracy: accuracy, "\(what) x")
        XCTAssertEqual(o.y, expected[1], accuracy: accuracy, "\(what) baseline")
        MatplotlibFigure.assertBox(text.box, json["bbox"] as! [Double], scale: scale, accuracy: accuracy, "\(what) box")
    }

    func testColorbarsSitWhereMatplotlibPutsThem() throws {
        XCTAssertEqual(Self.cases.count, 12)
        let measurer = FontMeasurer()
        for (i, c) in Self.cases.enumerated() {
            var spec = try Self.spec(c)
            spec.layout = .default
            check(ChartLayout(spec, measurer: measurer), c["default"] as! [String: Any], "case \(i) default")
        }
    }

    /// Whether, in matplotlib's record, a colorbar's label or tick labels overlap another bar.
    static func colorbarsCollide(_ bars: [[String: Any]]) -> Bool {
        func overlap(_ a: [Double], _ b: [Double]) -> Bool { a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3] }
        for (i, bar) in bars.enumerated() {
            var texts = (bar["tick_labels"] as! [[String: Any]]).map { $0["bbox"] as! [Double] }
            if let label = bar["label"] as? [String: Any], let box = label["bbox"] as? [Double] { texts.append(box) }
            for (j, other) in bars.enumerated() where j != i {
                if texts.contains(where: { overlap($0, other["axes"] as! [Double]) }) { return true }
            }
        }
        return false
    }

    func testTightLayoutMakesRoomForColorbarsAsMatplotlibDoes() throws {
        let measurer = FontMeasurer()
        for (i, c) in Self.cases.enumerated() {
            var spec = try Self.spec(c)
            spec.layout = .tight
            let (layout, warnings) = ChartLayout.fitted(spec, measurer: measurer)
            let record = c["tight"] as! [String: Any]
            check(layout, record, "case \(i) tight")
            // A warning where matplotlib's own boxes show one bar's texts on another bar.
            let collide = Self.colorbarsCollide(record["colorbars"] as! [[String: Any]])
            XCTAssertEqual(warnings.contains { $0.hasPrefix("the colour bars' texts run into each other") }, collide, "case \(i)")
            XCTAssertEqual(warnings.count, collide ? 1 : 0, "case \(i): \(warnings)")
        }
    }
}
