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

    func testEachColumnsDotsLieOnTheCurves() throws {
        let scene = scene(reluSpec())
        let plot = try XCTUnwrap(scene.plots.first)
        let page = Page(try TextChartRenderer(columns: 100, rows: 28).text(scene))
        let top = try XCTUnwrap(page.row { $0.contains("\u{250C}") })
        let bottom = try XCTUnwrap(page.row { $0.contains("\u{2514}") })
        let left = try XCTUnwrap(page.lines[top].firstIndex(of: "\u{250C}"))
        let right = try XCTUnwrap(page.lines[top].firstIndex(of: "\u{2510}"))
        let (columns, rows) = (right - left - 1, bottom - top - 1)
        let (dotsAcross, dotsDown) = (columns * 2, rows * 4)
        var covered = 0
        for u in 0..<dotsAcross {
            // The data x this dot column spans, and the dot rows relu and its derivative pass.
            let x0 = plot.x.viewMin + Double(u) / Double(dotsAcross) * (plot.x.viewMax - plot.x.viewMin)
            let x1 = plot.x.viewMin + Double(u + 1) / Double(dotsAcross) * (plot.x.viewMax - plot.x.viewMin)
            func dotRow(_ y: Double) -> Double { (plot.y.viewMax - y) / (plot.y.viewMax - plot.y.viewMin) * Double(dotsDown) }
            let relu = (dotRow(max(0, x1)), dotRow(max(0, x0)))
            let derivative = x1 <= 0 ? (dotRow(0), dotRow(0)) : x0 > 0 ? (dotRow(1), dotRow(1)) : (dotRow(1), dotRow(0))
            var set: [Int] = []
            var covers: Set<Int> = []  // cell rows the legend or a jump's dot covers
            for r in 0..<rows {
                let character = page.lines[top + 1 + r][left + 1 + u / 2]
                guard let dots = brailleDots(character) else {
                    covers.insert(r)
                    continue
                }
                set += dots.filter { $0.0 == u % 2 }.map { r * 4 + $0.1 }
            }
            let inData = x1 >= -10 && x0 <= 10
            for v in set {
                let near = { (span: (Double, Double)) in Double(v) >= span.0.rounded(.down) - 1 && Double(v) <= span.1 + 1 }
                XCTAssertTrue(inData && (near(relu) || near(derivative)), "dot row \(v) in column \(u) (x \(x0)…\(x1))")
            }
            guard inData else { continue }
            let reluRows = max(0, Int(relu.0.rounded(.down)) - 1)...max(0, min(dotsDown - 1, Int(relu.1) + 1))
            if !reluRows.contains(where: { covers.contains($0 / 4) }) {
                XCTAssertTrue(set.contains { reluRows.contains($0) }, "relu missing in column \(u) (x \(x0)…\(x1)): \(set)")
                covered += 1
            }
        }
        // The data spans 20 of the view's 22 units across; the jump's dots hide a column or two.
        XCTAssertGreaterThanOrEqual(covered, dotsAcross * 20 / 22 - 4)
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

    func testTextsDashesGridAndOffsetText() throws {
        var spec = ChartSpec()
        spec.title = "Shifted"
        spec.xLabel = "x"
        spec.yLabel = "f(x)"
        spec.style.axes.grid = true
        let xs = (0...100).map { Double($0) / 100 }
        spec.series = [
            Series(label: "f", color: Color.tab10[0], pieces: [xs.map { Point($0, 100_000 + $0) }]),
            Series(label: "g", color: Color.tab10[1], style: .dashed, pieces: [xs.map { Point($0, 100_000.5) }]),
        ]
        let scene = scene(spec)
        let plot = try XCTUnwrap(scene.plots.first)
        XCTAssertFalse(plot.y.offsetText.isEmpty)
        let page = Page(try TextChartRenderer(columns: 80, rows: 24).text(scene))
        XCTAssertTrue(page.text(0).contains("Shifted"))
        XCTAssertTrue(page.text(0).contains(plot.y.offsetText) || page.text(1).contains(plot.y.offsetText))
        XCTAssertTrue(page.lines.last.map { String($0).trimmingCharacters(in: .whitespaces) == "x" } ?? false)
        // The y label stands upright in the first column.
        let column = String(page.lines.compactMap { $0.first }.filter { $0 != " " })
        XCTAssertTrue(column.contains("f(x)"), column)
        XCTAssertTrue(page.lines.contains { String($0).contains("\u{254C}\u{254C}\u{254C} g") })
        // The dashed series has gaps along its row; the grid puts sparse dots on empty rows.
        let dashedRow = try XCTUnwrap(page.row { String($0).contains("\u{2502}") && $0.filter { $0 == "\u{2800}" }.count < 20 })
        XCTAssertGreaterThan(page.lines[dashedRow].count, 0)
    }

    func testTooSmallIsAnErrorNotACrash() {
        XCTAssertThrowsError(try TextChartRenderer(columns: 6, rows: 3).text(scene(reluSpec()))) { error in
            guard case TerminalError.tooSmall = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try TextChartRenderer(columns: 60, rows: 20).text(Scene(width: 1, height: 1, dpi: 72, background: nil)))
    }
}
