import CairoRenderer
import Chart
import Foundation
import XCTest

@testable import ActplotKit

/// Figures at any size and for any comparison: text on the page, the axes box matplotlib's
/// tight_layout gives read back from the PNG's spines, y limits, poles, legend texts and places.
final class FigureFitTests: XCTestCase {
    var runner: CommandRunner!

    override func setUpWithError() throws { runner = try CommandRunner() }
    override func tearDown() { runner.remove() }

    // MARK: Text on the page

    /// Every word of a PDF with its box, from `pdftotext -bbox`, and the page size.
    func words(_ pdf: String) throws -> (page: (Double, Double), words: [(String, Double, Double, Double, Double)]) {
        let process = Process()
        let path = try XCTUnwrap(
            ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "pdftotext is missing: make test installs poppler-utils")
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-bbox", pdf, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let html = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        func number(_ name: String, _ line: Substring) -> Double {
            let start = line.range(of: name + "=\"")!.upperBound
            return Double(line[start...].prefix { $0 != "\"" })!
        }
        var page = (0.0, 0.0)
        var words: [(String, Double, Double, Double, Double)] = []
        for line in html.split(separator: "\n") {
            if line.contains("<page ") { page = (number("width", line), number("height", line)) }
            if line.contains("<word ") {
                let text = line.split(separator: ">").dropFirst().first?.split(separator: "<").first.map(String.init) ?? ""
                words.append((text, number("xMin", line), number("yMin", line), number("xMax", line), number("yMax", line)))
            }
        }
        return (page, words)
    }

    func testEveryTextLiesOnThePageFromSmallToLargeFiguresOrIsNamedInOneWarning() throws {
        let sizes = ["2x1.5", "2.5x2", "3x2.25", "3.5x2.6", "4x3", "4.8x2.7", "6.4x4.8", "8x6", "12x9"]
        for size in sizes {
            for legend in ["best", "outside"] {
                let name = "\(size)-\(legend).pdf"
                let result = try runner.run([
                    "relu", "--size", size, "--title", "Rectified linear unit", "--xlabel", "x", "--ylabel", "f(x)",
                    "--legend", legend, "-o", name,
                ])
                XCTAssertEqual(result.status, 0, result.stderr)
                let (page, words) = try self.words(runner.path(name))
                XCTAssertTrue(words.contains { $0.0 == "Rectified" }, "\(name): the title is real text")
                XCTAssertTrue(words.contains { $0.0 == "f(x)" } || size == "2x1.5", "\(name): the y label is real text")
                let outside = words.filter { $0.1 < -0.01 || $0.2 < -0.01 || $0.3 > page.0 + 0.01 || $0.4 > page.1 + 0.01 }
                let warnings = result.stderr.split(separator: "\n").filter { $0.hasPrefix("actplot: warning: ") }
                if size == "2x1.5" {
                    // Too small even for a tight layout: drawn, and one line says what does not fit.
                    XCTAssertFalse(outside.isEmpty, name)
                    XCTAssertEqual(warnings.count, 1, "\(name): \(result.stderr)")
                    XCTAssertTrue(warnings.first?.contains("the title") ?? false, "\(name): \(result.stderr)")
                } else {
                    XCTAssertEqual(outside.map(\.0), [], "\(name): words off the page")
                    XCTAssertEqual(result.stderr, "", name)
                }
            }
        }
    }

    // MARK: The axes box, from the PNG

    /// The frame's rows and columns: runs of dark pixels longer than a third of the image.
    func frame(_ image: RasterImage) -> (rows: [Int], columns: [Int]) {
        let (w, h) = (image.width, image.height)
        var dark = [Bool](repeating: false, count: w * h)
        image.rgba.withUnsafeBufferPointer { p in
            for i in 0..<(w * h) { dark[i] = Int(p[4 * i]) + Int(p[4 * i + 1]) + Int(p[4 * i + 2]) < 200 }
        }
        var rows: [Int] = [], columns: [Int] = []
        for y in 0..<h {
            var run = 0, best = 0
            for x in 0..<w { run = dark[y * w + x] ? run + 1 : 0; best = max(best, run) }
            if best > w / 3 { rows.append(y) }
        }
        for x in 0..<w {
            var run = 0, best = 0
            for y in 0..<h { run = dark[y * w + x] ? run + 1 : 0; best = max(best, run) }
            if best > h / 3 { columns.append(x) }
        }
        return (rows, columns)
    }

    func testAxesBoxesFromThePNGMatchMatplotlibsTightLayout() throws {
        // The fixture's straight lines as formulas over the same x range, one series, no legend.
        let formulas = [
            "unit": ("x/20+0.5", "-10:10"), "wide": ("125000*x", "-2:2"), "micro": ("2e-5*x", "0:1"),
            "neg": ("x", "-10:10"), "milli": ("(x+10)/20000", "-10:10"),
        ]
        var checked = 0
        for c in LayoutFixtureTests.cases where checked < 40 {
            let j = c.json
            guard j["entries"] as! Int == 0, j["font_size"] as! Double == 10, let (formula, range) = formulas[j["data"] as! String]
            else { continue }
            let size = j["figsize"] as! [Double], labels = j["labels"] as! [String: String]
            var arguments = [formula, "--no-derivative", "--legend", "none", "--range", range]
            arguments += ["--size", "\(size[0])x\(size[1])", "--dpi", "\(c.dpi)", "-o", "case.png"]
            for (key, option) in [("title", "--title"), ("xlabel", "--xlabel"), ("ylabel", "--ylabel")] {
                if let text = labels[key] { arguments += [option, text] }
            }
            let result = try runner.run(arguments)
            XCTAssertEqual(result.status, 0, "\(c.name): \(result.stderr)")
            // What auto chooses: matplotlib's default box unless some text is off the figure there.
            let figure = j["figure_px"] as! [Double]
            let defaultRecord = j["default"] as! [String: Any]
            let cut = Self.texts(defaultRecord).contains { b in
                b[0] < 0 || b[1] < 0 || b[2] > figure[0] || b[3] > figure[1]
            }
            let expected = (j[cut ? "tight" : "default"] as! [String: Any])["axes"] as! [Double]
            let (rows, columns) = frame(try RasterImage(pngAt: runner.path("case.png")))
            guard let top = rows.first, let bottom = rows.last, let left = columns.first, let right = columns.last else {
                XCTFail("\(c.name): no frame found")
                continue
            }
            // A spine of width 0.8 pt covers the pixel where the box edge falls.
            XCTAssertEqual(Double(left), expected[0], accuracy: 1.5, "\(c.name) (\(cut ? "tight" : "default")) left")
            XCTAssertEqual(Double(top), expected[1], accuracy: 1.5, "\(c.name) top")
            XCTAssertEqual(Double(right), expected[2], accuracy: 1.5, "\(c.name) right")
            XCTAssertEqual(Double(bottom), expected[3], accuracy: 1.5, "\(c.name) bottom")
            checked += 1
        }
        XCTAssertEqual(checked, 40)
    }

    /// Every text box of a fixture record (tick labels, offset texts, labels, title).
    static func texts(_ record: [String: Any]) -> [[Double]] {
        var boxes: [[Double]] = []
        func add(_ text: Any?) {
            if let t = text as? [String: Any], let b = t["bbox"] as? [Double], (t["text"] as? String).map({ !$0.isEmpty }) ?? true {
                boxes.append(b)
            }
        }
        add(record["title"])
        for axis in ["x", "y"] {
            let a = record[axis] as! [String: Any]
            add(a["label"])
            add(a["offset_text"])
            for t in a["tick_labels"] as! [[String: Any]] { add(t) }
        }
        return boxes
    }

    // MARK: y limits and poles

    func testYLimitsSetTheAxisAndOneEndKeepsTheOtherAutomatic() throws {
        let request = { (limits: (Double?, Double?)?) throws -> ChartLayout in
            var r = PlotRequest(functions: ["sigmoid", "tanh", "relu", "gelu"])
            r.yLimits = limits.map { (lower: $0.0, upper: $0.1) }
            let curves = try r.functions.map { try CurveResolver.curve(for: $0) }
            return try ChartBuilder(request: r).layout(for: curves).layout
        }
        let both = try request((-1.5, 1.5)).axes.y
        XCTAssertEqual(both.viewMin, -1.5)
        XCTAssertEqual(both.viewMax, 1.5)
        let automatic = try request(nil).axes.y
        let top = try request((nil, 5)).axes.y
        XCTAssertEqual(top.viewMin, automatic.viewMin, "the bottom stays matplotlib's")
        XCTAssertEqual(top.viewMax, 5)
        let bottom = try request((-2, nil)).axes.y
        XCTAssertEqual(bottom.viewMin, -2)
        XCTAssertEqual(bottom.viewMax, automatic.viewMax)
        for bad in ["5:1", "a:1", ":", "1", "nan:2", "1:inf"] {
            let result = try runner.run(["relu", "--ylim", bad, "-o", "x.png"])
            XCTAssertEqual(result.status, 64, bad)
            XCTAssertTrue(result.stderr.contains("--ylim"), result.stderr)
        }
    }

    /// The pixel columns of a chart where no curve may pass through the middle of the axes: a
    /// line joining two branches across a pole would.
    func assertNoSegmentCrossesPoles(_ formula: String, range: (Double, Double), poles: [Double], file: StaticString = #filePath, line: UInt = #line) throws {
        var request = PlotRequest(functions: [formula])
        request.range = PlotRange(lower: range.0, upper: range.1)
        request.derivative = false
        let curve = try CurveResolver.curve(for: formula)
        let (layout, notes, _) = try ChartBuilder(request: request).layout(for: [curve])
        XCTAssertEqual(notes.count, 1, "a note says the limits come from the bulk", file: file, line: line)
        let result = try runner.run([formula, "--range", "\(range.0):\(range.1)", "--no-derivative", "-o", "pole.png"])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains("actplot: note: "), result.stderr, file: file, line: line)
        let image = try RasterImage(pngAt: runner.path("pole.png"))
        let scale = 100.0 / 72
        let map = layout.transform
        let box = layout.axesBox
        func blue(_ x: Int, _ y: Int) -> Bool {
            let p = image.pixel(x, y)
            return p.b > 120 && p.r < 150 && Int(p.b) - Int(p.r) > 60
        }
        // Sanity: the curve is drawn at all.
        let all = (0..<image.width).flatMap { x in (0..<image.height).filter { blue(x, $0) } }
        XCTAssertGreaterThan(all.count, 200, file: file, line: line)
        for pole in poles {
            let column = Int((map.x(pole) * scale).rounded())
            let middle = Int(((box.minY + box.height * 0.25) * scale).rounded())...Int(((box.maxY - box.height * 0.25) * scale).rounded())
            let crossing = (column - 1...column + 1).flatMap { x in middle.filter { blue(x, $0) }.map { (x, $0) } }
            XCTAssertTrue(crossing.isEmpty, "\(formula): a line crosses the pole at x = \(pole): \(crossing.prefix(5))", file: file, line: line)
        }
        // The CSV keeps every value: the pole only breaks the drawing.
        let csv = try runner.run([formula, "--range", "\(range.0):\(range.1)", "--no-derivative", "--samples", "11", "--format", "csv", "-o", "-"])
        let rows = csv.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map { Double($0)! } }
        XCTAssertEqual(rows.count, 11, file: file, line: line)
        for row in rows { XCTAssertEqual(row[1], curve.evaluate(.value, at: row[0]), file: file, line: line) }
    }

    func testPolesBreakTheCurveAndTheLimitsComeFromTheBulk() throws {
        try assertNoSegmentCrossesPoles("1/x", range: (-2, 2), poles: [0])
        try assertNoSegmentCrossesPoles("tan(x)", range: (-5, 5), poles: [-3 * Double.pi / 2, -Double.pi / 2, Double.pi / 2, 3 * Double.pi / 2])
        try assertNoSegmentCrossesPoles("1/(x^2-1)", range: (-3, 3), poles: [-1, 1])
    }

    func testSteepButContinuousCurvesAreNotBrokenAndKeepMatplotlibsLimits() throws {
        var request = PlotRequest(functions: ["tanh(1000*x)"])
        request.derivative = false
        let curve = try CurveResolver.curve(for: "tanh(1000*x)")
        let (layout, notes, _) = try ChartBuilder(request: request).layout(for: [curve])
        XCTAssertEqual(notes, [])
        XCTAssertEqual(layout.spec.series[0].pieces.count, 1)
        XCTAssertEqual(layout.axes.y.viewMin, -1.1, accuracy: 1e-12)
    }

    // MARK: Legend texts and places

    func testLabelsReplaceLegendTextsByCSVKey() throws {
        var request = PlotRequest(functions: ["sigmoid"])
        request.labels = ["sigmoid=σ(x)", "sigmoid'=σ′(x)"]
        let layout = try ChartBuilder(request: request).layout(for: [try CurveResolver.curve(for: "sigmoid")]).layout
        XCTAssertEqual(layout.spec.series.map(\.label), ["σ(x)", "σ′(x)"])
        let bad = try runner.run(["sigmoid", "--label", "sigmod=σ", "-o", "x.png"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("sigmoid, sigmoid'"), bad.stderr)
        // A key with "=" of its own, and primes read as apostrophes.
        request = PlotRequest(functions: ["elu", "elu:alpha=2"])
        request.labels = ["elu′(alpha=2)=ELU′, α = 2", "elu(alpha=1)="]
        let curves = try request.functions.map { try CurveResolver.curve(for: $0) }
        let labels = try ChartBuilder(request: request).layout(for: curves).layout.spec.series.map(\.label)
        XCTAssertEqual(labels, [nil, "elu′(alpha=1)", "elu(alpha=2)", "ELU′, α = 2"])
    }

    func testSharedNamesShowEveryParameterAndPrimesGoOnTheName() throws {
        let result = try runner.run(["elu", "elu:alpha=2", "leaky_relu:negative_slope=0.1", "--samples", "2", "-o", "n.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            String(decoding: try runner.data("n.csv"), as: UTF8.self).split(separator: "\n").first,
            "x,elu(alpha=1),elu'(alpha=1),elu(alpha=2),elu'(alpha=2),leaky_relu(negative_slope=0.1),leaky_relu'(negative_slope=0.1)")
        var request = PlotRequest(functions: ["elu", "elu:alpha=2"])
        request.secondDerivative = true
        let curves = try request.functions.map { try CurveResolver.curve(for: $0) }
        let labels = try ChartBuilder(request: request).layout(for: curves).layout.spec.series.map(\.label)
        XCTAssertEqual(labels, ["elu(alpha=1)", "elu′(alpha=1)", "elu″(alpha=1)", "elu(alpha=2)", "elu′(alpha=2)", "elu″(alpha=2)"])
    }

    func testBestLegendPicksWhatMatplotlibPicksOnTheCatalogAndBusyCharts() throws {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("matplotlib-legend-best.json"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let charts = (json["single"] as! [[String: Any]]) + (json["multi"] as! [[String: Any]])
        XCTAssertEqual(charts.count, 39)
        for chart in charts {
            let functions = chart["functions"] as! [String]
            let curves = try functions.map { try CurveResolver.curve(for: $0) }
            let layout = try ChartBuilder(request: PlotRequest(functions: functions)).layout(for: curves).layout
            let frame = try XCTUnwrap(
                layout.scene().items.compactMap { item -> Rect? in
                    if item.element == .legendFrame, case .rectangle(let r, _, _, _) = item.command { return r }
                    return nil
                }.first)
            let expected = chart["bbox"] as! [Double]
            let px = [frame.minX, frame.minY, frame.maxX, frame.maxY].map { $0 * 100 / 72 }
            for (ours, theirs) in zip(px, expected) {
                XCTAssertEqual(ours, theirs, accuracy: 1.5, "\(functions): legend at \(px), matplotlib's \(chart["loc_name"]!) \(expected)")
            }
        }
    }
}
