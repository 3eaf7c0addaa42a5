#if canImport(Glibc)
import Glibc
#endif
import Activations
import HTMLRenderer
import Support

/// How `actplot eval` prints its rows.
public enum EvalFormat: String, CaseIterable, Sendable {
    /// Right-aligned columns under a header with primes (`gelu′`): for reading on a terminal.
    case table
    /// The CSV export's form: a header (`x,gelu,gelu'`), then one row per x.
    case csv
    /// One JSON document, `{"columns": ["x", "gelu", "gelu'"], "rows": [[0.0, 0.0, 0.5], …]}`,
    /// one row per line, written as the rows come; `nan`, `inf` and `-inf` are strings, since
    /// JSON numbers cannot be any of them.
    case json
}

/// f and its derivatives at given points, printed as rows: the work behind `actplot eval`.
///
/// It works from a list of curves, whatever made them: catalog functions, formulas, or the
/// members of a parameter sweep. Columns are `x`, then each curve's value and derivatives in
/// order, named as the CSV export names series (``DataExport/seriesKeys(_:orders:ascii:)``).
/// Points are evaluated in blocks through ``Curve/evaluate(_:_:into:)`` (the same values as
/// one at a time, kinks included), and rows are formatted into one byte buffer written with one
/// write(2) per block of rows.
public struct Evaluator: Sendable {
    /// The functions, one group of columns each, in order.
    public let curves: [any Curve]
    /// The value, then the derivatives up to the highest order asked for.
    public let orders: [DerivativeOrder]
    public let format: EvalFormat

    /// Columns for `curves` with their value and derivatives up to `highestOrder`, printed as
    /// `format`.
    public init(curves: [any Curve], highestOrder: DerivativeOrder = .first, format: EvalFormat) {
        self.curves = curves
        self.orders = DerivativeOrder.allCases.filter { $0 <= highestOrder }
        self.format = format
    }

    /// The column names as CSV and JSON write them: `x`, `gelu`, `gelu'`, ….
    public var columns: [String] {
        ["x"] + DataExport.seriesKeys(curves, orders: orders).flatMap { $0 }
    }

    /// Rows per evaluated block: 4096, fewer when there are many columns, so that a block's
    /// values stay within 512 KiB.
    var blockRows: Int { max(16, min(4096, (1 << 16) / max(1, curves.count * orders.count))) }

    /// Prints a row for each of `xs`, in order. A table is aligned over all the rows.
    public func write(_ xs: [Double], to output: Int32) throws(ActplotError) {
        let printer = RowPrinter(self, descriptor: output)
        let block = Block(rows: format == .table ? max(1, xs.count) : blockRows, series: curves.count * orders.count)
        var next = 0
        repeat {
            let n = min(block.rows, xs.count - next)
            for i in 0..<n { block.xs[i] = xs[next + i] }
            block.count = n
            next += n
            try emit(block, printer)
        } while next < xs.count
        printer.finish()
        try printer.flush()
    }

    /// Reads one x per line from `input` and prints its row, streaming: memory stays the same
    /// whatever the number of lines. Lines are read as every option reads a number
    /// (NumberSyntax); blank lines are skipped. Rows go out in blocks, or after every read with
    /// `flushEveryRead` (for a terminal, where each typed line should answer at once).
    ///
    /// A line that is not a number ends the run with a data error naming it, after the rows
    /// before it are printed (and a JSON document is closed).
    public func stream(_ input: EvalInput, to output: Int32, flushEveryRead: Bool = false) throws(ActplotError) {
        let printer = RowPrinter(self, descriptor: output)
        let block = Block(rows: blockRows, series: curves.count * orders.count)
        var reader = LineReader(input)
        defer { reader.deallocate() }
        let xs = block.xs, rows = block.rows
        var count = 0
        do {
            while try reader.nextBatch({ (line, number) throws(ActplotError) in
                if let x = NumberSyntax.double(utf8: line) {
                    xs[count] = x
                    count += 1
                    if count == rows {
                        block.count = count
                        count = 0
                        try emit(block, printer)
                    }
                } else if !trimmed(LineReader.text(line)).isEmpty {
                    throw .data("standard input, line \(number): '\(Echo.value(LineReader.text(line)))' is not a number; "
                        + "give one x per line, such as -2, .5, 1e3 or inf")
                }
            }) {
                if flushEveryRead && count > 0 {
                    block.count = count
                    count = 0
                    try emit(block, printer)
                    try printer.flush()
                }
            }
        } catch {
            // The rows before the failure are printed, unless printing is what failed.
            if !printer.failed {
                block.count = count
                try emit(block, printer)
                printer.finish()
                try printer.flush()
            }
            throw error
        }
        block.count = count
        try emit(block, printer)
        printer.finish()
        try printer.flush()
    }

    /// Evaluates the block's points and prints their rows; writes when a block's worth is buffered.
    private func emit(_ block: Block, _ printer: RowPrinter) throws(ActplotError) {
        guard block.count > 0 else { return }
        var series = 0
        let xs = UnsafeBufferPointer(start: block.xs, count: block.count)
        for curve in curves {
            for order in orders {
                curve.evaluate(order, xs, into: UnsafeMutableBufferPointer(start: block.column(series), count: block.count))
                series += 1
            }
        }
        printer.print(block)
        block.count = 0
        if printer.buffered >= RowPrinter.flushSize { try printer.flush() }
    }
}

/// A block of points and the values of every series there, one column per series.
final class Block {
    let rows: Int
    let series: Int
    let xs: UnsafeMutablePointer<Double>
    private let values: UnsafeMutablePointer<Double>
    /// Points filled in, from the start.
    var count = 0

    init(rows: Int, series: Int) {
        self.rows = rows
        self.series = series
        xs = .allocate(capacity: rows)
        values = .allocate(capacity: rows * max(1, series))
    }

    deinit {
        xs.deallocate()
        values.deallocate()
    }

    /// Series `s`'s values, parallel to `xs`.
    @inline(__always)
    func column(_ s: Int) -> UnsafeMutablePointer<Double> { values + s * rows }
}

/// Formats rows in one of the ``EvalFormat``s into a byte buffer, and writes it out.
final class RowPrinter {
    /// Bytes buffered before a write: large enough that the system calls cost nothing next to
    /// the formatting.
    static let flushSize = 1 << 17

    private let format: EvalFormat
    private let header: [String]
    private let descriptor: Int32
    private var out = OutputBuffer(capacity: flushSize + (1 << 16))
    private var started = false
    private var rows = 0
    /// A table's column widths in characters: only ever widened, by the header and each block.
    private var widths: [Int]
    /// A table block's formatted cells, and where each ends.
    private var cells = OutputBuffer(capacity: 1 << 16)
    private var ends: [Int] = []
    /// Whether a write failed; nothing more is written then.
    private(set) var failed = false

    init(_ evaluator: Evaluator, descriptor: Int32) {
        format = evaluator.format
        header = format == .table
            ? ["x"] + DataExport.seriesKeys(evaluator.curves, orders: evaluator.orders, ascii: false).flatMap { $0 }
            : evaluator.columns
        self.descriptor = descriptor
        widths = header.map(\.count)
    }

    deinit {
        out.deallocate()
        cells.deallocate()
    }

    var buffered: Int { out.count }

    /// Appends the rows of `block`, the header first if it is the first block.
    func print(_ block: Block) {
        begin()
        // A local copy for the loops: appending to a property of a class would check exclusive
        // access at every number.
        var out = self.out
        defer { self.out = out }
        switch format {
        case .csv:
            for r in 0..<block.count {
                out.append(block.xs[r])
                for s in 0..<block.series {
                    out.append(UInt8(ascii: ","))
                    out.append(block.column(s)[r])
                }
                out.append(UInt8(ascii: "\n"))
            }
        case .json:
            for r in 0..<block.count {
                out.write(rows == 0 ? "\n[" : ",\n[")
                RowPrinter.json(block.xs[r], to: &out)
                for s in 0..<block.series {
                    out.write(", ")
                    RowPrinter.json(block.column(s)[r], to: &out)
                }
                out.append(UInt8(ascii: "]"))
                rows += 1
            }
        case .table:
            table(block, to: &out)
        }
    }

    /// Ends the output: closes a JSON document; a table with no rows still gets its header.
    func finish() {
        begin()
        switch format {
        case .json: out.write(rows == 0 ? "]}\n" : "\n]}\n")
        case .table where rows == 0: header(to: &out)
        default: break
        }
    }

    /// Writes what is buffered.
    func flush() throws(ActplotError) {
        guard !failed else { return }
        let code = out.flush(to: descriptor)
        if code != 0 {
            failed = true
            throw .io("cannot write to standard output: \(SystemError.reason(code))")
        }
    }

    /// The header of CSV and JSON, once; a table's waits for its first block's widths.
    private func begin() {
        guard !started else { return }
        started = true
        switch format {
        case .csv:
            out.write(header.map(CSVWriter.quoted).joined(separator: ",") + "\n")
        case .json:
            out.write("{\"columns\": [" + header.map { JSONText.string($0, forHTML: false) }.joined(separator: ", ") + "], \"rows\": [")
        case .table:
            break
        }
    }

    /// A JSON number, or a string for what JSON numbers cannot be.
    private static func json(_ value: Double, to out: inout OutputBuffer) {
        if value.isFinite {
            out.append(value)
        } else {
            out.append(UInt8(ascii: "\""))
            out.append(value)
            out.append(UInt8(ascii: "\""))
        }
    }

    /// A block of table rows: every cell formatted first, so the columns widen to fit before
    /// any row of the block is written. The header, written with the first block, has the
    /// widths of the header and that block.
    private func table(_ block: Block, to out: inout OutputBuffer) {
        var cells = self.cells
        defer { self.cells = cells }
        cells.removeAll()
        ends.removeAll(keepingCapacity: true)
        let columns = block.series + 1
        var start = 0
        for r in 0..<block.count {
            for c in 0..<columns {
                cells.append(c == 0 ? block.xs[r] : block.column(c - 1)[r])
                ends.append(cells.count)
                widths[c] = max(widths[c], cells.count - start)
                start = cells.count
            }
        }
        if rows == 0 { header(to: &out) }
        rows += block.count
        let text = cells.bytes
        start = 0
        for r in 0..<block.count {
            for c in 0..<columns {
                let end = ends[r * columns + c]
                out.appendSpaces(widths[c] - (end - start) + (c == 0 ? 0 : 2))
                out._writeASCII(UnsafeBufferPointer(rebasing: text[start..<end]))
                start = end
            }
            out.append(UInt8(ascii: "\n"))
        }
    }

    /// The table's header line, right-aligned over the columns.
    private func header(to out: inout OutputBuffer) {
        for (i, name) in header.enumerated() {
            out.appendSpaces(widths[i] - name.count + (i == 0 ? 0 : 2))
            out.write(name)
        }
        out.append(UInt8(ascii: "\n"))
    }
}
