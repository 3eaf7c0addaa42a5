import CairoRenderer
import Chart
import Foundation
import XCTest

/// Text placement and `tight_layout` against matplotlib 3.11 on 91 figures
/// (Fixtures/matplotlib-layout.json, made by scripts/matplotlib_layout.py): sizes from 2×1 to
/// 12×9 in, 72 to 300 dpi, font sizes 8 to 16, every combination of title and axis labels, offset
/// texts, legends inside and outside. Pixels from the figure's top-left corner.
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
        var spec = ChartSpec()
        let size = j["figsize"] as! [Double]
        let fontSize = j["font_size"] as! Double
        spec.style.figure.width = size[0]
        spec.style.figure.height = size[1]
        spec.style.figure.dpi = c.dpi
        spec.style.text.size = fontSize
        spec.style.xTicks.labelSize = fontSize
        spec.style.yTicks.labelSize = fontSize
        spec.style.axes.labelSize = fontSize
        spec.style.axes.titleSize = 1.2 * fontSize
        spec.style.legend.fontSize = fontSize
        let labels = j["labels"] as! [String: String]
        spec.title = labels["title"]
        spec.xLabel = labels["xlabel"]
        spec.yLabel = labels["ylabel"]
        let x = j["xdata"] as! [Double], y = j["ydata"] as! [Double]
        let entries = j["entries"] as! Int
        spec.series = (0..<max(entries, 1)).map { i in
            Series(label: entries > 0 ? entryNames[i] : nil, color: .black, pieces: [[Point(x[0], y[0]), Point(x[1], y[1])]])
        }
        switch j["legend"] as? String {
        case "best": spec.legend = .best
        case "outside": spec.legend = .outside
        default: spec.legend = .hidden
        }
        return spec
    }

    /// A text's baseline origin in pixels.
    func origin(_ text: PlacedText, dpi: Double) -> (Double, Double)? {
        guard case .text(_, let origin, _, _, let anchor, let rotated, _) = text.command else { return nil }
        let scale = dpi / 72
        // Our origin is the anchor point of the aligned text; matplotlib's is where the baseline starts.
        let width = rotated ? text.box.height : text.box.width
        let shift = anchor == .center ? width / 2 : (anchor == .right ? width : 0)
        return rotated ? (origin.x * scale, (origin.y + shift) * scale) : ((origin.x - shift) * scale, origin.y * scale)
    }

    func check(_ layout: ChartLayout, against record: [String: Any], _ c: Case, _ mode: String) {
        let scale = c.dpi / 72
        let axes = record["axes"] as! [Double]
        let box = layout.axesBox
        for (ours, theirs) in zip([box.minX, box.minY, box.maxX, box.maxY].map { $0 * scale }, axes) {
            XCTAssertEqual(ours, theirs, accuracy: 1, "\(c.name) \(mode): axes box \(box) vs \(axes)")
        }
        func compare(_ element: SceneElement, _ json: [String: Any]?, _ what: String) {
            let text = layout.texts.first { $0.element == element }
            guard let json, let expected = json["origin"] as? [Double] else {
                XCTAssertNil(text, "\(c.name) \(mode): \(what) drawn where matplotlib has none")
                return
            }
            guard let text, let origin = origin(text, dpi: c.dpi) else {
                return XCTFail("\(c.name) \(mode): no \(what)")
            }
            XCTAssertEqual(origin.0, expected[0], accuracy: 0.5, "\(c.name) \(mode): \(what) x")
            XCTAssertEqual(origin.1, expected[1], accuracy: 0.5, "\(c.name) \(mode): \(what) baseline")
            let bbox = json["bbox"] as! [Double]
            let b = text.box
            for (ours, theirs) in zip([b.minX, b.minY, b.maxX, b.maxY].map { $0 * scale }, bbox) {
                XCTAssertEqual(ours, theirs, accuracy: 0.5, "\(c.name) \(mode): \(what) box")
            }
        }
        let x = record["x"] as! [String: Any], y = record["y"] as! [String: Any]
        compare(.title, record["title"] as? [String: Any], "title")
        compare(.axisLabel(.x), x["label"] as? [String: Any], "x label")
        compare(.axisLabel(.y), y["label"] as? [String: Any], "y label")
        compare(.offsetText(.x), x["offset_text"] as? [String: Any], "x offset text")
        compare(.offsetText(.y), y["offset_text"] as? [String: Any], "y offset text")
        let xTicks = layout.texts.filter { $0.element == .tickLabel(.x) }.map(\.box)
        let expectedTicks = (x["tick_labels"] as! [[String: Any]]).map { $0["bbox"] as! [Double] }
        XCTAssertEqual(xTicks.count, expectedTicks.count, "\(c.name) \(mode): x tick labels")
        // Tick labels follow the axes box, so they get its tolerance.
        for (b, e) in zip(xTicks, expectedTicks) {
            XCTAssertEqual(b.minX * scale, e[0], accuracy: 1, "\(c.name) \(mode): x tick label box")
            XCTAssertEqual(b.maxY * scale, e[3], accuracy: 1, "\(c.name) \(mode): x tick label box")
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
