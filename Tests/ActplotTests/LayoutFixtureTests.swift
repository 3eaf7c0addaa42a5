import CairoRenderer
import Chart
import Foundation
import XCTest

/// Text placement and `tight_layout` against matplotlib 3.11 on 95 figures
/// (Fixtures/matplotlib-layout.json, made by scripts/matplotlib_layout.py): sizes from 2×1 to
/// 12×9 in, 72 to 300 dpi, font sizes 8 to 16, every combination of title and axis labels, offset
/// texts, legends inside and outside, and math in the title, both axis labels and the legend.
/// Pixels from the figure's top-left corner.
final class LayoutFixtureTests: XCTestCase {
    struct Case {
        let name: String
        let json: [String: Any]
        var dpi: Double { json["dpi"] as! Double }
    }

    nonisolated(unsafe) static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ChartTests/Fixtures/matplotlib-layout.json")
        let root = try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        return (root["cases"] as! [[String: Any]]).map { Case(name: $0["name"] as! String, json: $0) }
    }()

    static let entryNames = ["relu", "relu′", "gelu", "gelu′", "silu", "silu′"]

    /// The chart the generator drew: straight lines over the data limits, labels, legend.
    static func spec(_ c: Case) -> ChartSpec {
        let j = c.json
        var spec = MatplotlibFigure.spec(
            figsize: j["figsize"] as! [Double], dpi: c.dpi, fontSize: j["font_size"] as! Double)
        let labels = j["labels"] as! [String: String]
        spec.title = labels["title"]
        spec.xLabel = labels["xlabel"]
        spec.yLabel = labels["ylabel"]
        let x = j["xdata"] as! [Double], y = j["ydata"] as! [Double]
        let entries = j["entries"] as! Int
        let names = j["entry_names"] as? [String] ?? entryNames
        spec.series = (0..<max(entries, 1)).map { i in
            Series(label: entries > 0 ? names[i] : nil, color: .black, pieces: [[Point(x[0], y[0]), Point(x[1], y[1])]])
        }
        switch j["legend"] as? String {
        case "best": spec.legend = .best
        case "outside": spec.legend = .outside
        default: spec.legend = .hidden
        }
        return spec
    }

    func check(_ layout: ChartLayout, against record: [String: Any], _ c: Case, _ mode: String) {
        let scale = c.dpi / 72
        MatplotlibFigure.assertBox(
            layout.axesBox, record["axes"] as! [Double], scale: scale, accuracy: 1, "\(c.name) \(mode): axes box")
        func compare(_ element: SceneElement, _ json: [String: Any]?, _ what: String) {
            let text = layout.texts.first { $0.element == element }
            guard let json, let expected = json["origin"] as? [Double] else {
                XCTAssertNil(text, "\(c.name) \(mode): \(what) drawn where matplotlib has none")
                return
            }
            guard let text, let origin = MatplotlibFigure.baselineStart(text, scale: scale) else {
                return XCTFail("\(c.name) \(mode): no \(what)")
            }
            XCTAssertEqual(origin.x, expected[0], accuracy: 0.5, "\(c.name) \(mode): \(what) x")
            XCTAssertEqual(origin.y, expected[1], accuracy: 0.5, "\(c.name) \(mode): \(what) baseline")
            MatplotlibFigure.assertBox(
                text.box, json["bbox"] as! [Double], scale: scale, accuracy: 0.5, "\(c.name) \(mode): \(what) box")
        }
        let x = record["x"] as! [String: Any], y = record["y"] as! [String: Any]
        compare(.title, record["title"] as? [String: Any], "title")
        compare(.axisLabel(.x), x["label"] as? [String: Any], "x label")
        compare(.axisLabel(.y), y["label"] as? [String: Any], "y label")
        compare(.offsetText(.x), x["offset_text"] as? [String: Any], "x offset text")
        compare(.offsetText(.y), y["offset_text"] as? [String: Any], "y offset text")
        compareLegend(layout, record["legend"] as? [String: Any], c, mode)
        let xTicks = layout.texts.filter { $0.element == .tickLabel(.x) }.map(\.box)
        let expectedTicks = (x["tick_labels"] as! [[String: Any]]).map { $0["bbox"] as! [Double] }
        XCTAssertEqual(xTicks.count, expectedTicks.count, "\(c.name) \(mode): x tick labels")
        // Tick labels follow the axes box, so they get its tolerance.
        for (b, e) in zip(xTicks, expectedTicks) {
            XCTAssertEqual(b.minX * scale, e[0], accuracy: 1, "\(c.name) \(mode): x tick label box")
            XCTAssertEqual(b.maxY * scale, e[3], accuracy: 1, "\(c.name) \(mode): x tick label box")
        }
    }

    /// The legend's frame and each entry's text: plain or math, a row is as tall as its text.
    func compareLegend(_ layout: ChartLayout, _ record: [String: Any]?, _ c: Case, _ mode: String) {
        let items = layout.scene().items
        let frame = items.first { $0.element == .legendFrame }
        guard let record else { return XCTAssertNil(frame, "\(c.name) \(mode): a legend where matplotlib has none") }
        guard case .rectangle(let box, _, _, _)? = frame?.command else { return XCTFail("\(c.name) \(mode): no legend") }
        let scale = c.dpi / 72
        MatplotlibFigure.assertBox(box, record["bbox"] as! [Double], scale: scale, accuracy: 1, "\(c.name) \(mode): legend box")
        let labels = items.filter { if case .legendLabel = $0.element { true } else { false } }
        let texts = record["texts"] as! [[String: Any]]
        XCTAssertEqual(labels.count, texts.count, "\(c.name) \(mode): legend entries")
        for (label, text) in zip(labels, texts) {
            let origin: Point
            switch label.command {
            case .text(_, let o, _, _, .left, false, _), .math(_, let o, _, .left, false): origin = o
            default: XCTFail("\(c.name) \(mode): legend entry \(label.command)"); continue
            }
            let expected = text["origin"] as! [Double]
            XCTAssertEqual(origin.x * scale, expected[0], accuracy: 1, "\(c.name) \(mode): legend entry \(text["text"]!) x")
            XCTAssertEqual(origin.y * scale, expected[1], accuracy: 1, "\(c.name) \(mode): legend entry \(text["text"]!) baseline")
        }
    }

    func testTextsSitWhereMatplotlibPutsThemAtTheDefaultBox() throws {
        let measurer = FontMeasurer()
        for c in Self.cases {
            var spec = Self.spec(c)
            spec.layout = .default
            check(ChartLayout(spec, measurer: measurer), against: c.json["default"] as! [String: Any], c, "default")
        }
    }

    func testTightLayoutMatchesMatplotlibs() throws {
        let measurer = FontMeasurer()
        for c in Self.cases {
            var spec = Self.spec(c)
            spec.layout = .tight
            let (layout, warnings) = ChartLayout.fitted(spec, measurer: measurer)
            let tight = c.json["tight"] as! [String: Any]
            check(layout, against: tight, c, "tight")
            // matplotlib warns and keeps the default box when the margins would meet; so do we.
            XCTAssertEqual(
                warnings.contains { $0.contains("tight layout") }, tight["warning"] is String, "\(c.name): \(warnings)")
        }
    }
}
