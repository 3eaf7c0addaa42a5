import Foundation
import Chart
import XCTest

@testable import TerminalRenderer

/// The text chart drawn from a laid-out scene: frame, ticks and labels from the axis decisions,
/// legend, jump dots, colours, and curves whose dots lie where the data puts them.
final class TextChartTests: XCTestCase {
    /// relu and its derivative as the chart builder gives them: the derivative jumps at 0 with a
    /// filled dot at (0, 0) and an open one at (0, 1).
    func reluSpec() -> ChartSpec {
        var spec = ChartSpec()
        let xs = (0...400).map { -10 + Double($0) * 0.05 }
        spec.series = [
            Series(label: "relu", color: Color.tab10[0], pieces: [xs.map { Point($0, max(0, $0)) }]),
            Series(
                label: "derivative", color: Color.tab10[1],
                pieces: [xs.filter { $0 <= 0 }.map { Point($0, 0) }, xs.filter { $0 > 0 }.map { Point($0, 1) }],
                dots: [Series.Dot(x: 0, y: 0, filled: true), Series.Dot(x: 0, y: 1, filled: false)]),
        ]
        spec.xDataRange = (-10, 10)
        return spec
    }

    func scene(_ spec: ChartSpec) -> Scene { ChartLayout(spec).scene() }

    /// A chart's text without colour escapes, as lines of characters.
    struct Page {
        let lines: [[Character]]
        init(_ text: String) {
            var plain = ""
            var escape = false
            for c in text {
                if c == "\u{1B}" { escape = true; continue }
                if escape { if c == "m" { escape = false }; continue }
                plain.append(c)
            }
            lines = plain.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { Array($0) }
        }
        func row(where predicate: ([Character]) -> Bool) -> Int? { lines.firstIndex(where: predicate) }
        func text(_ row: Int) -> String { String(lines[row]) }
    }

    func testFrameTicksLabelsAndLegendComeFromTheScene() throws {
        let scene = scene(reluSpec())
        let plot = try XCTUnwrap(scene.plots.first)
        let text = try TextChartRenderer(columns: 100, rows: 28).text(scene)
        XCTAssertFalse(text.contains("\u{1B}"), "no escapes without colour")
        let page = Page(text)
        XCTAssertEqual(page.lines.count, 28)
        XCTAssertTrue(page.lines.allSatisfy { $0.count <= 100 })
        let top = try XCTUnwrap(page.row { $0.contains("\u{250C}") })
        let bottom = try XCTUnwrap(page.row { $0.contains("\u{2514}") })
        let left = try XCTUnwrap(page.lines[top].firstIndex(of: "\u{250C}"))
        let right = try XCTUnwrap(page.lines[top].firstIndex(of: "\u{2510}"))
        XCTAssertEqual(page.lines[bottom].firstIndex(of: "\u{2514}"), left)
        XCTAssertEqual(page.lines[bottom].firstIndex(of: "\u{2518}"), right)
        for row in top + 1..<bottom {
            XCTAssertTrue(["\u{2502}", "\u{2524}"].contains(page.lines[row][left]), "left edge, row \(row)")
            XCTAssertEqual(page.lines[row][right], "\u{2502}", "right edge, row \(row)")
        }
        // Every x tick: a mark on the bottom edge at its place, its label centred under it.
        let width = Double(right - left - 1) * 2
        let labelRow = page.text(bottom + 1)
        XCTAssertEqual(plot.x.labels, ["−10.0", "−7.5", "−5.0", "−2.5", "0.0", "2.5", "5.0", "7.5", "10.0"])
        for (tick, label) in zip(plot.x.ticks, plot.x.labels) {
            let column = left + 1 + Int((tick - plot.x.viewMin) / (plot.x.viewMax - plot.x.viewMin) * width) / 2
            XCTAssertEqual(page.lines[bottom][column], "\u{252C}", "tick \(label)")
            let start = column - (label.count - 1) / 2
            XCTAssertEqual(String(page.lines[bottom + 1][start..<start + label.count]), label, "in \(labelRow)")
        }
        // Every y tick: a mark on the left edge, its label right-aligned one space before it.
        let height = Double(bottom - top - 1) * 4
        XCTAssertEqual(plot.y.labels, ["0", "2", "4", "6", "8", "10"])
        for (tick, label) in zip(plot.y.ticks, plot.y.labels) {
            let row = top + 1 + Int((plot.y.viewMax - tick) / (plot.y.viewMax - plot.y.viewMin) * height) / 4
            XCTAssertEqual(page.lines[row][left], "\u{2524}", "tick \(label)")
            XCTAssertEqual(String(page.lines[row][(left - 1 - label.count)..<(left - 1)]), label)
        }
        // The legend, upper left as `best` put it in the scene, framed with round corners.
        let legendTop = try XCTUnwrap(page.row { $0.contains("\u{256D}") })
        XCTAssertEqual(legendTop, top + 1)
        XCTAssertTrue(page.text(legendTop + 1).contains("\u{2500}\u{2500}\u{2500} relu"))
        XCTAssertTrue(page.text(legendTop + 2).contains("\u{2500}\u{2500}\u{2500} derivative"))
        XCTAssertLessThan(try XCTUnwrap(page.lines[legendTop].firstIndex(of: "\u{256D}")), left + 8)
        // The jump: a filled dot at (0, 0), an open one at (0, 1).
        let zeroColumn = left + 1 + Int((0 - plot.x.viewMin) / (plot.x.viewMax - plot.x.viewMin) * width) / 2
        func rowOf(_ y: Double) -> Int { top + 1 + Int((plot.y.viewMax - y) / (plot.y.viewMax - plot.y.viewMin) * height) / 4 }
        XCTAssertEqual(page.lines[rowOf(0)][zeroColumn], "\u{25CF}")
        XCTAssertEqual(page.lines[rowOf(1)][zeroColumn], "\u{25CB}")
    }

    func testADiagonalPassesEveryColumnAtItsValue() throws {
        // y = x over a view fixed to the data: in every dot column u the line is at dot row
        // height − (u + ½) · height / width, and at no other row.
        var spec = ChartSpec()
        spec.series = [Series(label: nil, color: .black, pieces: [(0...100).map { Point(Double($0) / 100, Double($0) / 100) }])]
        spec.xDataRange = (0, 1)
        spec.style.axes.xMargin = 0
        spec.yLimits = (0, 1)
        let scene = scene(spec)
        let page = Page(try TextChartRenderer(columns: 50, rows: 20).text(scene))
        let top = try XCTUnwrap(page.row { $0.contains("\u{250C}") })
        let bottom = try XCTUnwrap(page.row { $0.contains("\u{2514}") })
        let left = try XCTUnwrap(page.lines[top].firstIndex(of: "\u{250C}"))
        let right = try XCTUnwrap(page.lines[top].firstIndex(of: "\u{2510}"))
        let (width, height) = (Double(right - left - 1) * 2, Double(bottom - top - 1) * 4)
        for u in 0..<Int(width) {
            var rows: [Int] = []
            for r in 0..<(bottom - top - 1) {
                let dots = try XCTUnwrap(brailleDots(page.lines[top + 1 + r][left + 1 + u / 2]))
                rows += dots.filter { $0.0 == u % 2 }.map { r * 4 + $0.1 }
            }
            let expected = height - (Double(u) + 0.5) * height / width
            XCTAssertFalse(rows.isEmpty, "column \(u) has no dot")
            for v in rows { XCTAssertLessThanOrEqual(abs(Double(v) + 0.5 - expected), 1.5, "column \(u): row \(v)") }
        }
    }

    func testColoursMarkEachSeriesAndTheLaterWinsASharedCell() throws {
        var spec = reluSpec()
        let text = try TextChartRenderer(columns: 100, rows: 28, colors: .trueColor).text(scene(spec))
        XCTAssertTrue(text.contains("\u{1B}[38;2;31;119;180m"))
        XCTAssertTrue(text.contains("\u{1B}[38;2;255;127;14m"))
        // No line leaves a colour on for the next: the last escape of each is the reset.
        for line in text.split(separator: "\n") where line.contains("\u{1B}") {
            XCTAssertTrue(line[line.range(of: "\u{1B}[", options: .backwards)!.lowerBound...].hasPrefix("\u{1B}[39m"))
        }
        // Two series along the same line: every cell of it takes the second one's colour.
        spec.series = [
            Series(label: nil, color: Color.tab10[0], pieces: [[Point(-10, 1), Point(10, 1)]]),
            Series(label: nil, color: Color.tab10[2], pieces: [[Point(-10, 1), Point(10, 1)]]),
        ]
        spec.yLimits = (0, 2)
        let shared = try TextChartRenderer(columns: 60, rows: 12, colors: .trueColor).text(scene(spec))
        XCTAssertFalse(shared.contains("\u{1B}[38;2;31;119;180m"))
        XCTAssertTrue(shared.contains("\u{1B}[38;2;44;160;44m"))
    }

    func testASCIIUsesASCIIAlone() throws {
        var spec = reluSpec()
        spec.title = "ReLU — σ′"
        let text = try TextChartRenderer(columns: 72, rows: 20, kind: .ascii).text(scene(spec))
        XCTAssertTrue(text.unicodeScalars.allSatisfy(\.isASCII), text)
        XCTAssertTrue(text.contains("-10.0"))
        XCTAssertTrue(text.contains("ReLU ? ?'"))
        XCTAssertTrue(text.contains("*") && text.contains("o"))
    }

    func testTitleLabelsAndOffsetText() throws {
        var spec = ChartSpec()
        spec.title = "Shifted"
        spec.xLabel = "x"
        spec.yLabel = "f(x)"
        let xs = (0...100).map { Double($0) / 100 }
        spec.series = [Series(label: "f", color: Color.tab10[0], pieces: [xs.map { Point($0, 100_000 + $0) }])]
        let scene = scene(spec)
        let plot = try XCTUnwrap(scene.plots.first)
        XCTAssertEqual(plot.y.offsetText, "+1e5")
        let page = Page(try TextChartRenderer(columns: 80, rows: 24).text(scene))
        // The title centred over the plot, the offset text at the frame's top-left corner.
        XCTAssertTrue(page.text(0).contains("Shifted"))
        let left = try XCTUnwrap(page.lines[1].firstIndex(of: "\u{250C}"))
        XCTAssertEqual(String(page.lines[0][left..<left + 4]), "+1e5")
        XCTAssertEqual(page.text(23).trimmingCharacters(in: .whitespaces), "x")
        // The y label stands upright in the first column.
        XCTAssertTrue(String(page.lines.compactMap(\.first).filter { $0 != " " }) == "f(x)")
    }

    func testMathShowsAsItsUnicodeRendering() throws {
        // Math in the title, labels, legend and a log colour bar's ticks: the braille chart
        // shows what MathText renders in characters (σ′(x), e^(−x²)), never the TeX source.
        var spec = reluSpec()
        spec.title = "$\\sigma(x) = \\frac{1}{1+e^{-x}}$"
        spec.xLabel = "$x$"
        spec.yLabel = "$e^{-x^2}$"
        spec.series[0].label = "$\\sigma'(x)$"
        spec.colorbars = [ColorbarSpec(colormap: try Colormap.named("viridis"), range: (0.1, 10), scale: .log, label: "$\\beta$")]
        let page = Page(try TextChartRenderer(columns: 100, rows: 28).text(scene(spec)))
        let text = page.lines.map { String($0) }.joined(separator: "\n")
        XCTAssertTrue(page.text(0).contains("σ(x) = 1/(1 + e^(−x))"), page.text(0))
        XCTAssertTrue(text.contains("σ′(x)"), "the legend entry")
        XCTAssertTrue(text.contains("10⁻¹") && text.contains("10¹"), "the colour bar's ticks")
        XCTAssertTrue(text.contains("β"), "the colour bar's label")
        XCTAssertEqual(page.text(page.lines.count - 1).trimmingCharacters(in: .whitespaces), "x")
        XCTAssertEqual(String(page.lines.compactMap(\.first).filter { $0 != " " }), "e^(−x²)", "the y label, upright")
        XCTAssertFalse(text.contains("$") || text.contains("\\"), "no TeX source")
    }

    /// The plot area's braille dots, counted.
    func dots(_ text: String) -> Int {
        text.compactMap { brailleDots($0)?.count }.reduce(0, +)
    }

    func testDashesLeaveGapsAndTheGridShowsWhereNoCurveIs() throws {
        var spec = ChartSpec()
        spec.series = [Series(label: "g", color: Color.tab10[1], pieces: [[Point(0, 0.5), Point(1, 0.5)]])]
        spec.yLimits = (0, 1)
        let solid = try TextChartRenderer(columns: 60, rows: 16).text(scene(spec))
        spec.series[0].style = .dashed
        let dashed = try TextChartRenderer(columns: 60, rows: 16).text(scene(spec))
        XCTAssertTrue(dashed.contains("\u{254C}\u{254C}\u{254C} g"), "a dashed handle")
        // matplotlib's dashes are 3.7 on, 1.6 off (in line widths): about 70% of the dots.
        XCTAssertLessThan(Double(dots(dashed)), Double(dots(solid)) * 0.8)
        XCTAssertGreaterThan(Double(dots(dashed)), Double(dots(solid)) * 0.6)
        spec.style.axes.grid = true
        let gridded = try TextChartRenderer(columns: 60, rows: 16, colors: .trueColor).text(scene(spec))
        XCTAssertGreaterThan(dots(gridded), dots(dashed) + 100, "grid lines at the ticks")
        XCTAssertTrue(gridded.contains("\u{1B}[38;2;176;176;176m"), "in the grid's colour, #b0b0b0")
    }

    func testTooSmallIsAnErrorNotACrash() {
        XCTAssertThrowsError(try TextChartRenderer(columns: 6, rows: 3).text(scene(reluSpec()))) { error in
            guard case TerminalError.tooSmall = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try TextChartRenderer(columns: 60, rows: 20).text(Scene(width: 1, height: 1, dpi: 72, background: nil)))
    }
}
