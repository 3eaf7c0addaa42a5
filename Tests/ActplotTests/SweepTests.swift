import CairoRenderer
import Chart
import Foundation
import XCTest

@testable import ActplotKit

/// `--vary`: one curve per value of a parameter, checked against the mpmath table.
final class SweepTests: XCTestCase {
    var runner: CommandRunner!

    override func setUpWithError() throws { runner = try CommandRunner() }
    override func tearDown() { runner.remove() }

    /// The reference tables of the Activations tests (scripts/activations_reference.py).
    static let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ActivationsTests/Reference")

    static func lines(_ name: String) throws -> [[String]] {
        try String(contentsOf: reference.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Every CSV column of every sweep in sweeps.tsv: the header names each value's curve as the
    /// legend does, and f, f′, f″ at the 41 points of -1000:1000 meet the table's bar; `eval`
    /// gives the same columns.
    func testEveryColumnOfASweepMatchesMpmath() throws {
        var table: [String: [Double: [String]]] = [:]
        for row in try SweepTests.lines("activations.tsv") where row.count == 5 {
            if let x = Double(row[1]) { table[row[0], default: [:]][x] = Array(row[2...4]) }
        }
        let sweeps = try SweepTests.lines("sweeps.tsv")
        XCTAssertEqual(sweeps.count, 5)
        var checked = 0
        let points = (0...40).map { String(-1000 + 50 * $0) }
        for sweep in sweeps {
            let (name, vary) = (sweep[0], sweep[1])
            let plot = try runner.run([
                name, "--vary", vary, "--range", "-1000:1000", "--samples", "41", "--second-derivative", "-o", "s.csv",
            ])
            XCTAssertEqual(plot.status, 0, plot.stderr)
            checked += try check(String(contentsOfFile: runner.path("s.csv"), encoding: .utf8), sweep: sweep, table: table)
            let eval = try runner.run(["eval", name, "--vary", vary, "--order", "2", "--format", "csv"] + points)
            XCTAssertEqual(eval.status, 0, eval.stderr)
            checked += try check(eval.stdout, sweep: sweep, table: table)
        }
        XCTAssertGreaterThan(checked, 3000)
    }

    /// Checks a CSV of `sweep` (f, f′, f″ per value) against the table; returns the values checked.
    func check(_ text: String, sweep: [String], table: [String: [Double: [String]]]) throws -> Int {
        let (name, vary, values) = (sweep[0], sweep[1], sweep[2].split(separator: ",").map(String.init))
        let key = String(vary.prefix { $0 != "=" })
        let csv = text.split(separator: "\n")
        let header = csv[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(header.count, 1 + 3 * values.count, vary)
        var checked = 0
        for (v, value) in values.enumerated() {
            let shown = Double(value).map(shortest) ?? value
            let spec = "\(name):\(key)=\(value)"
            let rows = try XCTUnwrap(table[spec] ?? table[name].flatMap { _ in table["\(name):\(key)=\(shown)"] }, spec)
            for (o, marks) in ["", "'", "''"].enumerated() {
                let column = 1 + 3 * v + o
                // The key shows every parameter of the function, as for curves sharing a name.
                XCTAssertTrue(
                    header[column].hasPrefix("\(name)\(marks)(") && header[column].contains("\(key)=\(shown)"),
                    "\(header[column]) for \(spec)")
                for line in csv.dropFirst() {
                    let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                    let x = try XCTUnwrap(Double(cells[0]))
                    let want = try XCTUnwrap(rows[x], "\(spec) has no row at \(x)")[o]
                    guard want != "-", let expected = Double(want) else { continue }  // a kink: conventions are tested elsewhere
                    let got = try XCTUnwrap(Double(cells[column]))
                    XCTAssertTrue(
                        got == expected || abs(got - expected) <= 1e-12 * abs(expected) || (abs(expected) < 1e-300 && abs(got) < 1e-300),
                        "\(header[column]) at \(x): \(got), mpmath \(expected)")
                    checked += 1
                }
            }
        }
        return checked
    }

    /// What `NumberFormat.shortest` writes: Swift's shortest round-trip text, without `.0`.
    func shortest(_ value: Double) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    func testFunctionsWithoutTheParameterAreDrawnOnceAndTheRestPerValue() throws {
        let result = try runner.run(["elu", "relu", "x^2", "--vary", "alpha=1,2", "--no-derivative", "--samples", "3", "-o", "s.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let header = try String(contentsOfFile: runner.path("s.csv"), encoding: .utf8).split(separator: "\n")[0]
        XCTAssertEqual(header, "x,elu(alpha=1),elu(alpha=2),relu,x^2")
    }

    func testAnAliasNamesTheParameterToo() throws {
        // leaky_relu's negative_slope is also called alpha, as ELU's parameter is.
        let result = try runner.run(["leaky_relu", "elu", "--vary", "alpha=0.1,0.2", "--no-derivative", "--samples", "3", "-o", "s.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let header = try String(contentsOfFile: runner.path("s.csv"), encoding: .utf8).split(separator: "\n")[0]
        XCTAssertEqual(header, "x,leaky_relu(negative_slope=0.1),leaky_relu(negative_slope=0.2),elu(alpha=0.1),elu(alpha=0.2)")
    }

    func testSweepErrorsNameWhatIsWrong() throws {
        let cases: [([String], String)] = [
            (["softplus", "--vary", "beta=-1,1"], "actplot: error: --vary beta: softplus parameter 'beta' must be > 0, got -1\n"),
            (["relu", "softplus", "--vary", "alpha=1,2"],
             "actplot: error: --vary: no function here has a parameter 'alpha'; relu takes none; softplus takes beta, threshold\n"),
            (["softplus", "--vary", "bta=1,2"], "actplot: error: --vary: no function here has a parameter 'bta'; did you mean beta?"),
            (["elu:alpha=2", "--vary", "alpha=1,3"],
             "actplot: error: 'elu:alpha=2' sets alpha, which --vary alpha varies; give it in one place\n"),
            (["elu", "--vary", "alpha"], "actplot: error: --vary 'alpha' must be NAME=VALUES"),
            (["elu", "--vary", "alpha=1:2:1"], "the count '1' must be a whole number from 2 to 256"),
            (["elu", "--vary", "alpha=1:2:300"], "the count '300' must be a whole number from 2 to 256"),
            (["elu", "--vary", "alpha=-1:2:3:log"], "a :log range needs A and B > 0"),
            (["elu", "--vary", "alpha=1,,2"], "has an empty value"),
            (["elu", "--vary", "alpha=" + (1...257).map(String.init).joined(separator: ",")], "gives 257 values; at most 256"),
            (["elu", "--cmap", "viridis"], "--cmap colours a --vary sweep"),
            (["elu", "--vary", "alpha=1,2", "--cmap", "virdis"], "--cmap: "),
        ]
        for (arguments, expected) in cases {
            let result = try runner.run(arguments + ["-o", "x.png"])
            XCTAssertEqual(result.status, 64, "\(arguments)")
            XCTAssertTrue(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1, result.stderr)
        }
        XCTAssertEqual(try runner.files(), [])
    }

    func testSeveralValuesInASpecSuggestVary() throws {
        let result = try runner.run(["leaky_relu:negative_slope=0.01,0.1,0.3", "-o", "x.png"])
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(
            result.stderr,
            "actplot: error: 'leaky_relu:negative_slope=0.01,0.1,0.3' gives negative_slope several values; a spec takes one, and --vary draws one curve per value: leaky_relu --vary negative_slope=0.01,0.1,0.3\n"
        )
        let words = try runner.run(["gelu:approximate=none,tanh", "-o", "x.png"])
        XCTAssertTrue(words.stderr.contains("gelu --vary approximate=none,tanh"), words.stderr)
    }

    func testRangesAreNumpysLinspaceAndGeomspace() throws {
        let sweeps = try SweepTests.lines("sweeps.tsv")
        for sweep in sweeps where sweep[1].contains(":") {
            let result = try runner.run([sweep[0], "--vary", sweep[1], "--no-derivative", "--samples", "2", "-o", "s.csv"])
            XCTAssertEqual(result.status, 0, result.stderr)
            let header = try String(contentsOfFile: runner.path("s.csv"), encoding: .utf8).split(separator: "\n")[0]
            let key = String(sweep[1].prefix { $0 != "=" })
            let shown = header.split(separator: ",").dropFirst().map { column in
                Double(column.split(separator: "=").last!.dropLast())!
            }
            XCTAssertEqual(shown, sweep[2].split(separator: ",").map { Double($0)! }, "\(sweep[0]) --vary \(sweep[1]) (\(key))")
        }
    }
}

/// How a sweep looks: colours from matplotlib's colormaps, legend or colour bar.
final class SweepStylingTests: XCTestCase {
    /// matplotlib's `cmap.resampled(N)(range(N))` for some maps (Tests/ChartTests/Fixtures,
    /// made by scripts/matplotlib_colormaps.py).
    static func matplotlib(_ map: String, _ count: Int) throws -> [Color] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ChartTests/Fixtures/matplotlib-colormaps.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let maps = json["maps"] as! [[String: Any]]
        let entry = try XCTUnwrap(maps.first { $0["name"] as? String == map })
        return (entry[String(count)] as! [[Double]]).map { Color(red: $0[0], green: $0[1], blue: $0[2], alpha: $0[3]) }
    }

    func spec(
        _ functions: [String], vary: String, cmap: [String] = [], derivative: Bool = true, labels: [String] = []
    ) throws -> ChartSpec {
        var request = PlotRequest(functions: functions)
        request.labels = labels
        request.sweep = try ParameterSweep(parsing: vary)
        request.colormaps = cmap
        request.derivative = derivative
        request.samples = 50
        let families = try CurveFamily.resolve(functions, sweep: request.sweep)
        return try ChartBuilder(request: request).spec(for: families).spec
    }

    func testUpToSevenValuesGetALegendInViridis() throws {
        let spec = try spec(["elu"], vary: "alpha=0.5,1,2")
        let values = spec.series.filter { $0.style == .solid && !$0.pieces.isEmpty }
        XCTAssertEqual(values.map(\.color), try SweepStylingTests.matplotlib("viridis", 3))
        XCTAssertEqual(values.map(\.label), ["α = 0.5", "α = 1", "α = 2"])
        // f′ dashed in its f's colour, out of the legend; one entry says what dashes are.
        let dashed = spec.series.filter { $0.style == .dashed && !$0.pieces.isEmpty }
        XCTAssertEqual(dashed.map(\.color), values.map(\.color))
        XCTAssertEqual(dashed.map(\.label), [nil, nil, nil])
        XCTAssertEqual(spec.series.filter(\.pieces.isEmpty).map(\.label), ["derivative"])
        XCTAssertTrue(spec.colorbars.isEmpty)
    }

    func testMoreThanSevenValuesGetAColourBar() throws {
        let spec = try spec(["leaky_relu"], vary: "negative_slope=0:0.3:16", cmap: ["magma"])
        let values = spec.series.filter { $0.style == .solid && !$0.pieces.isEmpty }
        XCTAssertEqual(values.count, 16)
        XCTAssertEqual(values.map(\.color), try Colormap.named("magma").colors(count: 16))
        XCTAssertEqual(values.compactMap(\.label), [])
        XCTAssertEqual(spec.colorbars.count, 1)
        let bar = try XCTUnwrap(spec.colorbars.first)
        XCTAssertEqual(bar.colormap.name, "magma")
        XCTAssertEqual(bar.range.0, 0)
        XCTAssertEqual(bar.range.1, 0.3)
        XCTAssertEqual(bar.scale, .linear)
        XCTAssertEqual(bar.label, "negative_slope")
        XCTAssertEqual(spec.series.filter(\.pieces.isEmpty).map(\.label), ["leaky_relu", "derivative"])
    }

    func testALogSweepGetsALogColourBarAndEvenColoursInLog() throws {
        let spec = try spec(["softplus"], vary: "beta=0.1:10:8:log", derivative: false)
        XCTAssertEqual(spec.colorbars.first?.scale, .log)
        XCTAssertEqual(spec.colorbars.first?.label, "β")
        XCTAssertEqual(spec.series.filter { !$0.pieces.isEmpty }.map(\.color), try SweepStylingTests.matplotlib("viridis", 8))
    }

    func testUnevenValuesTakeTheirColourOnTheBar() throws {
        let values = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1.9]
        let spec = try spec(["elu"], vary: "alpha=" + values.map { "\($0)" }.joined(separator: ","), derivative: false)
        let map = try Colormap.named("viridis")
        let table = map.table
        // matplotlib's cmap(norm(v)): entry ⌊(v − 0.1)/1.8 · 256⌋ of the table.
        let expected = values.map { table[min(Int((($0 - 0.1) / 1.8 * 256).rounded(.towardZero)), 255)] }
        XCTAssertEqual(spec.series.filter { !$0.pieces.isEmpty }.map(\.color), expected)
    }

    func testSeveralSweptFunctionsTakeOneHueEach() throws {
        let spec = try spec(["elu", "celu", "relu"], vary: "alpha=0.5:2:4", derivative: false)
        let drawn = spec.series.filter { !$0.pieces.isEmpty }
        let blues = try Colormap.named("Blues").truncated(from: SweepStyling.familyStart, to: 1).colors(count: 4)
        let oranges = try Colormap.named("Oranges").truncated(from: SweepStyling.familyStart, to: 1).colors(count: 4)
        XCTAssertEqual(drawn.map(\.color), blues + oranges + [Color.tab10[2]])
        XCTAssertEqual(drawn.first?.label, "elu, α = 0.5")
        XCTAssertEqual(drawn.last?.label, "relu")
        // Blues from 0.35: matplotlib's Blues(0.35) is its entry 89, a mid blue rather than white.
        XCTAssertEqual(blues[0], try Colormap.named("Blues").table[89])
    }

    func testSeveralSweptFunctionsWithManyValuesGetABarEach() throws {
        let spec = try spec(["elu", "celu"], vary: "alpha=0.5:2:12", cmap: ["viridis", "magma"])
        XCTAssertEqual(spec.colorbars.map(\.label), ["elu: α", "celu: α"])
        XCTAssertEqual(spec.colorbars.map(\.colormap.name), ["viridis", "magma"])
    }

    func testLabelsReachTheLegendsOwnEntriesAndTheColourBars() throws {
        // One swept function: its entry, the derivative's and the bar, by what they show and by
        // the parameter's name; an empty text leaves the bar unlabelled.
        let one = try spec(
            ["softplus"], vary: "beta=0.1:10:20:log",
            labels: ["softplus=$\\mathrm{sp}_\\beta$", "derivative=slope", "beta=$\\beta$ (log)"])
        XCTAssertEqual(one.series.filter(\.pieces.isEmpty).map(\.label), ["$\\mathrm{sp}_\\beta$", "slope"])
        XCTAssertEqual(one.colorbars.map(\.label), ["$\\beta$ (log)"])
        XCTAssertEqual(try spec(["softplus"], vary: "beta=0.1:10:20", labels: ["beta="]).colorbars.map(\.label), [nil])
        // Several: FUNCTION:NAME.
        let two = try spec(["elu", "celu"], vary: "alpha=0.5:2:12", labels: ["celu:alpha=CELU's α"])
        XCTAssertEqual(two.colorbars.map(\.label), ["elu: α", "CELU's α"])
        // A key that names nothing lists what does, the legend's entries and the bars first.
        XCTAssertThrowsError(try spec(["softplus"], vary: "beta=1,2,3,4,5,6,7,8", labels: ["foo=x"])) { error in
            XCTAssertEqual(
                (error as? ActplotError)?.message,
                "--label 'foo=x': nothing in the chart is called 'foo'; write KEY=TEXT with KEY one of softplus, derivative, "
                    + "beta, softplus(beta=1), softplus'(beta=1), softplus(beta=2), softplus'(beta=2), softplus(beta=3), "
                    + "softplus'(beta=3), softplus(beta=4), … (19 in all)")
        }
    }

    func testTheColourBarIsDrawnInTheMapsColours() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let result = try runner.run(["leaky_relu", "--vary", "negative_slope=0:0.3:16", "-o", "bar.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let image = try RasterImage(pngAt: runner.path("bar.png"))
        // matplotlib's default geometry puts the colour bar at x 501.6…520.08 px, y 57.6…427.2 px
        // from the bottom (make_axes_gridspec): its middle row shows the middle of viridis.
        let pixel = image.pixel(510, 480 - 242)
        let want = try Colormap.named("viridis").table[128]
        XCTAssertEqual(Double(pixel.r), want.red * 255, accuracy: 12)
        XCTAssertEqual(Double(pixel.g), want.green * 255, accuracy: 12)
        XCTAssertEqual(Double(pixel.b), want.blue * 255, accuracy: 12)
    }
}

extension SweepStylingTests {
    /// The text chart shows a sweep's colour bar: two cells of colour per row beside the plot,
    /// the bar's tick labels on their rows (highest at the top) and its label above.
    func testTheTextChartShowsTheColourBar() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let result = try runner.run([
            "leaky_relu", "--vary", "negative_slope=0:0.3:16", "--format", "txt", "--cells", "90x26", "-o", "chart.txt",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = try String(contentsOfFile: runner.path("chart.txt"), encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasSuffix("negative_slope"), lines[0])
        let top = try XCTUnwrap(lines.firstIndex { $0.hasSuffix("│ ██ 0.30") })
        let bottom = try XCTUnwrap(lines.firstIndex { $0.hasSuffix("│ ██ 0.00") })
        XCTAssertLessThan(top, bottom)
        let barRows = lines.filter { $0.contains("│ ██") }
        XCTAssertEqual(barRows.count, bottom - lines.firstIndex { $0.contains("│ ██") }! + 1, "every plot row has its colour")
    }
}
