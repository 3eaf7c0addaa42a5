import Activations
import Foundation
import XCTest

/// `actplot eval`, run as a user runs it: values against mpmath's table and PyTorch's and JAX's
/// autograd (the fixtures of ActivationsTests), the formats, terminals and pipes, and standard
/// input streamed with a bad line in the middle.
final class EvalTests: XCTestCase {
    var runner: CommandRunner!

    override func setUpWithError() throws { runner = try CommandRunner() }
    override func tearDown() { runner.remove() }

    /// Rows of `Tests/ActivationsTests/Reference/NAME` as tab-separated fields, comments left out.
    private func reference(_ name: String) throws -> [[String]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ActivationsTests/Reference/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The table's specs in the order they first appear, each with its rows.
    private func grouped(_ rows: [[String]]) -> [(spec: String, rows: [[String]])] {
        var groups: [(spec: String, rows: [[String]])] = []
        for row in rows {
            if groups.last?.spec == row[0] { groups[groups.count - 1].rows.append(row) } else { groups.append((row[0], [row])) }
        }
        return groups
    }

    /// CSV output as its header and rows of numbers (`nan`, `inf`, `-inf` included).
    private func csv(_ text: String) -> (header: String, rows: [[Double]]) {
        let lines = text.split(separator: "\n").map(String.init)
        return (lines.first ?? "", lines.dropFirst().map { $0.split(separator: ",").map { Double($0) ?? -42 } })
    }

    /// Whether `got` is within `relative` of `want`, or `absolute` of it; NaN and infinities exactly.
    private func close(_ got: Double, _ want: Double, relative: Double, absolute: Double) -> Bool {
        if want.isNaN { return got.isNaN }
        if want.isInfinite { return got == want }
        return abs(got - want) <= max(relative * abs(want), absolute)
    }

    // MARK: Values

    /// Every function and parameter set of mpmath's table, at every tabulated x, with f′ and f″:
    /// within 1e-12 relative (1e-300 absolute near zero), the bar the catalog meets.
    func testEveryValueOfTheMpmathTable() throws {
        var failures: [String] = []
        var checked = 0
        for (spec, rows) in grouped(try reference("activations.tsv")) {
            let result = try runner.run(["eval", spec] + rows.map { $0[1] } + ["--order", "2", "--format", "csv"])
            XCTAssertEqual(result.status, 0, "\(spec): \(result.stderr)")
            let output = csv(result.stdout)
            XCTAssertEqual(output.rows.count, rows.count, spec)
            for (row, values) in zip(rows, output.rows) {
                XCTAssertEqual(values.first?.bitPattern, Double(row[1])?.bitPattern, "\(spec): x \(row[1]) did not round-trip")
                for order in 0..<3 where row[2 + order] != "-" {
                    let want = try XCTUnwrap(Double(row[2 + order]))
                    checked += 1
                    if !close(values[1 + order], want, relative: 1e-12, absolute: 1e-300) {
                        failures.append("\(spec) order \(order) at \(row[1]): \(values[1 + order]), mpmath \(want)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 20000)
        XCTAssertTrue(failures.isEmpty, "\(failures.count) values miss the bar:\n" + failures.prefix(20).joined(separator: "\n"))
    }

    /// At every kink of every function PyTorch or JAX has, and one ulp either side, f, f′ and f″
    /// are the frameworks' (autograd.tsv, made by scripts/autograd_reference.py), read from
    /// eval's JSON. The two functions neither framework has follow their stated rule.
    func testKinksFollowPyTorchAndJAX() throws {
        var failures: [String] = []
        var kinks = 0
        var covered: Set<String> = []
        let rows = try reference("autograd.tsv").filter { $0[5] == "kink" || $0[5] == "beside" }
        for (spec, rows) in grouped(rows) {
            covered.insert(String(spec.split(separator: ":")[0]))
            let result = try runner.run(["eval", spec] + rows.map { $0[1] } + ["--order", "2", "--format", "json"])
            XCTAssertEqual(result.status, 0, "\(spec): \(result.stderr)")
            let values = try jsonRows(result.stdoutData)
            XCTAssertEqual(values.count, rows.count, spec)
            for (row, got) in zip(rows, values) {
                if row[5] == "kink" { kinks += 1 }
                for order in 0..<3 {
                    let want = Double(row[2 + order]) ?? .nan
                    // One ulp beside a kink PyTorch's own digits can be poor (softplus″ keeps 8 at
                    // 20); hardsigmoid′ is 1/6 rounded to float32 there.
                    let relative = spec == "hardsigmoid" && order == 1 ? 1e-7 : row[5] == "beside" ? 1e-6 : 1e-12
                    if !close(got[1 + order], want, relative: relative, absolute: 1e-300) {
                        failures.append("\(spec) order \(order) at \(row[1]) [\(row[5])]: \(got[1 + order]), \(row[6]) \(want)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(kinks, 40)
        XCTAssertTrue(failures.isEmpty, "\(failures.count) disagreements:\n" + failures.prefix(20).joined(separator: "\n"))

        // isrlu and sqnl are in neither framework: autograd of their definitions as written
        // (Catalog.swift's kinkConvention), f, f′, f″ at each kink.
        let statedRules: [(spec: String, x: String, values: [Double])] = [
            ("isrlu", "0", [0, 1, 0]), ("sqnl", "0", [0, 1, -0.5]), ("sqnl", "2", [1, 0, -0.5]), ("sqnl", "-2", [-1, 0, 0.5]),
        ]
        for (spec, x, want) in statedRules {
            covered.insert(spec)
            let result = try runner.run(["eval", spec, x, "--order", "2", "--format", "csv"])
            XCTAssertEqual(csv(result.stdout).rows.first.map { Array($0.dropFirst()) }, want, "\(spec) at \(x)")
        }
        for function in Catalog.functions where !function.standard.kinks.isEmpty {
            XCTAssertTrue(covered.contains(function.name), "\(function.name) has kinks that no eval test checks")
        }
    }

    // MARK: Columns and formats

    func testOrderChoosesTheDerivatives() throws {
        let headers = try (0...2).map { order in
            let result = try runner.run(["eval", "silu", "1.5", "--order", String(order), "--format", "csv"])
            XCTAssertEqual(result.status, 0, result.stderr)
            return result.stdout.split(separator: "\n").map(String.init)
        }
        XCTAssertEqual(headers.map { $0[0] }, ["x,silu", "x,silu,silu'", "x,silu,silu',silu''"])
        // The lower orders' values are the same whatever the highest.
        XCTAssertTrue(headers[2][1].hasPrefix(headers[1][1] + ","), headers[2][1])
        XCTAssertTrue(headers[1][1].hasPrefix(headers[0][1] + ","), headers[1][1])
        XCTAssertEqual(try runner.run(["eval", "silu", "1", "--order", "3"]).status, 64)
        XCTAssertTrue(try runner.run(["eval", "silu", "1", "--order", "one"]).stderr
            .contains("--order 'one' must be 0 (f), 1 (f and f′) or 2 (f, f′ and f″)"))
    }

    /// Several functions are columns in the order given, named as the CSV export names them.
    func testColumnsAreNamedAsTheCSVExportNamesThem() throws {
        let functions = ["elu", "elu:alpha=2", "x*sigmoid(x)", "elu(x, alpha=0.5)"]
        let eval = try runner.run(["eval"] + functions + ["-1", "--format", "csv"])
        XCTAssertEqual(eval.status, 0, eval.stderr)
        let export = try runner.run(functions + ["--samples", "2", "--format", "csv", "-o", "-"])
        XCTAssertEqual(eval.stdout.split(separator: "\n").first, export.stdout.split(separator: "\n").first)
        XCTAssertEqual(eval.stdout.split(separator: "\n").first,
                       "x,elu(alpha=1),elu'(alpha=1),elu(alpha=2),elu'(alpha=2),x*sigmoid(x),x*sigmoid(x)',\"elu(x, alpha=0.5)\",\"elu(x, alpha=0.5)'\"")
        // The first row of the export is x = -10; eval at -10 gives the same bytes.
        let atTen = try runner.run(["eval"] + functions + ["-10", "--format", "csv"])
        XCTAssertEqual(atTen.stdout.split(separator: "\n")[1], export.stdout.split(separator: "\n")[1])
    }

    func testNonFiniteValuesInCSVAndJSON() throws {
        let text = try runner.run(["eval", "log(x)", "0", "-1", "inf", "--format", "csv"])
        XCTAssertEqual(text.stdout, "x,log(x),log(x)'\n0.0,-inf,inf\n-1.0,nan,nan\ninf,inf,0.0\n")
        let json = try runner.run(["eval", "log(x)", "0", "-1", "2", "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        XCTAssertEqual(document["columns"] as? [String], ["x", "log(x)", "log(x)'"])
        let rows = try XCTUnwrap(document["rows"] as? [[Any]])
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rows[0][1] as? String, "-inf")
        XCTAssertEqual(rows[0][2] as? String, "inf")
        XCTAssertEqual(rows[1][1] as? String, "nan")
        // One row per line, numbers as CSV writes them (JSONSerialization reads them a bit off).
        XCTAssertEqual(json.stdout.split(separator: "\n").map(String.init), [
            #"{"columns": ["x", "log(x)", "log(x)'"], "rows": ["#, #"[0.0, "-inf", "inf"],"#, #"[-1.0, "nan", "nan"],"#,
            "[2.0, 0.6931471805599453, 0.5]", "]}",
        ])
        let empty = try runner.run(["eval", "relu", "--format", "json"])
        XCTAssertEqual(empty.stdout, "{\"columns\": [\"x\", \"relu\", \"relu'\"], \"rows\": []}\n")
    }

    /// A table: right-aligned columns under a header with primes, aligned over all the points.
    func testTableIsAligned() throws {
        let result = try runner.run(["eval", "gelu", "-1", "0", "1e-300", "--format", "table"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4)
        XCTAssertEqual(Set(lines.map(\.count)).count, 1, result.stdout)
        XCTAssertEqual(lines[0].split(separator: " "), ["x", "gelu", "gelu′"])
        XCTAssertEqual(lines[2].split(separator: " "), ["0.0", "0.0", "0.5"])
        XCTAssertEqual(lines[3].split(separator: " ").first, "1e-300")
        XCTAssertFalse(lines.contains { $0.hasSuffix(" ") })
    }

    /// On a terminal the table is the default; piped or redirected, CSV.
    func testTerminalGetsTheTableAndPipesGetCSV() throws {
        let table = try runner.run(["eval", "relu", "1", "-2", "--format", "table"])
        let terminal = try runner.shell(#"script -qec "\"$ACTPLOT\" eval relu 1 -2" /dev/null < /dev/null"#)
        XCTAssertEqual(terminal.status, 0, terminal.stderr)
        XCTAssertEqual(terminal.stdout.replacingOccurrences(of: "\r\n", with: "\n"), table.stdout)
        let piped = try runner.shell(#""$ACTPLOT" eval relu 1 -2 | cat"#)
        XCTAssertEqual(piped.stdout, "x,relu,relu'\n1.0,1.0,1.0\n-2.0,0.0,0.0\n")
    }

    /// On a terminal each line typed is answered at once: the row is there before the input ends.
    func testATerminalGetsEachRowAsItsLineArrives() throws {
        let result = try runner.shell(#"""
            mkfifo in
            script -qfec "\"$ACTPLOT\" eval relu < in" /dev/null < /dev/null > out 2>&1 &
            exec 3> in
            printf '2\n' >&3
            i=0
            until grep -q '2\.0' out; do
                i=$((i + 1)); if [ $i -gt 2000 ]; then echo "no row before the end of the input"; exit 1; fi; sleep 0.01
            done
            printf '3\n' >&3
            exec 3>&-
            wait
            tr -d '\r' < out
            """#)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").map { $0.split(separator: " ") },
                       [["x", "relu", "relu′"], ["2.0", "2.0", "1.0"], ["3.0", "3.0", "1.0"]])
    }

    // MARK: Standard input

    /// One x per line: spaces, tabs and a CR around it ignored, blank lines skipped, the last
    /// line without its line break still read.
    func testStandardInputLines() throws {
        try Data("1\n  2.5 \n\n\t-3\r\n \n1e3\n+inf\n4".utf8).write(to: URL(fileURLWithPath: runner.path("in.txt")))
        let result = try runner.shell(#""$ACTPLOT" eval relu --order 0 < in.txt"#)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "x,relu\n1.0,1.0\n2.5,2.5\n-3.0,0.0\n1000.0,1000.0\ninf,inf\n4.0,4.0\n")
        XCTAssertEqual(result.stderr, "")
    }

    /// A bad line after several blocks of rows: every row before it is printed, then one line
    /// naming its number and text, and the exit status is 65 (EX_DATAERR).
    func testABadLineStopsTheStreamAfterTheRowsBeforeIt() throws {
        var input = (1...10_000).map { "\(Double($0) / 8)" }
        input.insert("", at: 5000)  // a blank line still counts
        input += ["1.2.3", "7"]
        try Data(input.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: runner.path("in.txt")))
        let result = try runner.shell(#""$ACTPLOT" eval softsign < in.txt"#)
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(result.stderr,
                       "actplot: error: standard input, line 10002: '1.2.3' is not a number; give one x per line, such as -2, .5, 1e3 or inf\n")
        let output = csv(result.stdout)
        XCTAssertEqual(output.rows.count, 10_000)
        XCTAssertEqual(output.rows.map { $0[0] }, (1...10_000).map { Double($0) / 8 })
        XCTAssertEqual(output.rows.last?[1], 1250 / 1251.0)

        let json = try runner.shell(#""$ACTPLOT" eval softsign --format json < in.txt"#)
        XCTAssertEqual(json.status, 65)
        XCTAssertEqual(try jsonRows(json.stdoutData).count, 10_000, "the document is closed after the rows")
    }

    func testBadLinesAreEchoedOnOneLine() throws {
        try Data("0\n\u{1B}[31mred\tx\n".utf8).write(to: URL(fileURLWithPath: runner.path("in.txt")))
        let escaped = try runner.shell(#""$ACTPLOT" eval relu < in.txt"#)
        XCTAssertEqual(escaped.status, 65)
        XCTAssertTrue(escaped.stderr.hasPrefix(#"actplot: error: standard input, line 2: '\u{1B}[31mred\tx' is not a number"#), escaped.stderr)
        XCTAssertEqual(escaped.stdout, "x,relu,relu'\n0.0,0.0,0.0\n")
        // A line longer than the buffer is refused rather than read without bound.
        try Data(("1\n" + String(repeating: "5", count: 1_100_000) + "\n").utf8).write(to: URL(fileURLWithPath: runner.path("long.txt")))
        let long = try runner.shell(#""$ACTPLOT" eval relu < long.txt"#)
        XCTAssertEqual(long.status, 65)
        XCTAssertEqual(long.stderr, "actplot: error: standard input, line 2: longer than 1 MiB; give one x per line\n")
        XCTAssertEqual(long.stdout, "x,relu,relu'\n1.0,1.0,1.0\n")
    }

    // MARK: Arguments

    func testArgumentsThatAreNumbersArePoints() throws {
        let negative = try runner.run(["eval", "relu", "-1", "-.5e1", "--order", "0", "--format", "csv"])
        XCTAssertEqual(negative.stdout, "x,relu\n-1.0,0.0\n-5.0,0.0\n")
        // A constant formula in parentheses; a formula that starts with a minus after --.
        let constant = try runner.run(["eval", "(2)", "3", "--format", "csv"])
        XCTAssertEqual(constant.stdout, "x,(2),(2)'\n3.0,2.0,0.0\n")
        let minus = try runner.run(["eval", "--format", "csv", "--", "-x", "2"])
        XCTAssertEqual(minus.stdout, "x,-x,-x'\n2.0,-2.0,-1.0\n")
    }

    func testBadArgumentsAreUsageErrors() throws {
        let cases: [([String], String)] = [
            (["relu", "1,5"], "'1,5' is not a number; write x values in decimal, such as -2, .5, 1e3 or inf"),
            (["relu", "0x10"], "'0x10' is not a number"),
            (["relu", "2e"], "'2e' is not a number"),
            (["2", "3"], "no function given; 2 reads as an x value"),
            (["2"], "write a formula that is a number in parentheses: '(2)'"),
            ([], "no function given; name one or more"),
            (["sigmod", "1"], "sigmoid"),
            (["relu", "1", "--oder", "2"], "unknown option '--oder'"),
            (["relu", "1", "--format", "xml"], "--format 'xml' is not a format of eval; use table, csv, json"),
        ]
        for (arguments, message) in cases {
            let result = try runner.run(["eval"] + arguments)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("actplot: error: "), "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
        }
    }

    /// `rows` of eval's JSON as numbers, with its strings for non-finite values read back.
    private func jsonRows(_ data: Data) throws -> [[Double]] {
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rows = try XCTUnwrap(document["rows"] as? [[Any]])
        return try rows.map { row in
            try row.map { cell in
                if let text = cell as? String { return try XCTUnwrap(["nan": Double.nan, "inf": .infinity, "-inf": -.infinity][text]) }
                return try XCTUnwrap(cell as? Double)
            }
        }
    }
}
