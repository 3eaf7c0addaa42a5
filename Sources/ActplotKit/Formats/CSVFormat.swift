#if canImport(Glibc)
import Glibc
#endif
import Activations
import Support

/// The sampled curves a data format writes: every curve's orders at the linspace points of the
/// range (kinks are not added).
public struct DataExport: Sendable {
    public let curves: [any Curve]
    public let range: PlotRange
    public let samples: Int
    public let orders: [DerivativeOrder]

    public init(curves: [any Curve], range: PlotRange, samples: Int, orders: [DerivativeOrder]) {
        self.curves = curves
        self.range = range
        self.samples = samples
        self.orders = orders
    }

    /// The column names: `x`, then each curve's key for each order (see ``seriesKeys``).
    public var header: [String] {
        ["x"] + DataExport.seriesKeys(curves, orders: orders).flatMap { $0 }
    }

    /// How a series is named in a CSV header and picked by `--label`: the curve's label with one
    /// `'` per derivative after the name (`sigmoid'`, `leaky_relu'(negative_slope=0.2)`), every
    /// parameter shown when two curves share a name (`elu(alpha=1)`, `elu(alpha=2)`). With
    /// `ascii` false the marks are primes (`sigmoid′`), for text read on a terminal.
    public static func seriesKeys(_ curves: [any Curve], orders: [DerivativeOrder], ascii: Bool = true) -> [[String]] {
        let shared = sharingNames(curves)
        return zip(curves, shared).map { curve, shared in
            orders.map { curve.label($0, includingDefaults: shared, ascii: ascii) }
        }
    }
}

extension OutputFormat {
    /// Comma-separated values: a header, then one row per linspace point; numbers as
    /// ``DataNumber`` writes them (shortest round-trip form, `nan`, `inf`, `-inf`).
    public static let csv = OutputFormat(name: "csv", extensions: ["csv"], kind: .data(CSVWriter.write))
}

/// Streams a ``DataExport`` as CSV.
enum CSVWriter {
    static func write(_ export: DataExport, to file: OutputFile) throws(ActplotError) {
        // Millions of rows take seconds: show how far along on a terminal.
        let progress = export.samples >= 1_000_000 && isatty(2) == 1 && file.path != "-" ? TerminalProgress() : nil
        defer { progress?.finish() }
        let reporter = progress.map { p in { (fraction: Double) in p.show("writing \(file.path)", fraction) } }
        if !write(export, to: file.write, progress: reporter) {
            throw .io("cannot write '\(Echo.value(file.path))': \(file.failureReason ?? "write failed")")
        }
    }

    /// Writes every row through `write`; stops early and returns false when a write fails.
    /// `progress` hears the share of rows written, in steps of one percent.
    static func write(_ export: DataExport, to write: (String) -> Bool, progress: ((Double) -> Void)? = nil) -> Bool {
        guard write(export.header.map(quoted).joined(separator: ",") + "\n") else { return false }
        let evaluators = export.curves.flatMap { curve in export.orders.map { curve.evaluator($0) } }
        var row = ""
        row.reserveCapacity(32 * (evaluators.count + 1))
        let step = max(1, export.samples / 100)
        for (i, x) in Linspace(from: export.range.lower, through: export.range.upper, count: export.samples).enumerated() {
            if let progress, i % step == 0 { progress(Double(i) / Double(export.samples)) }
            row.removeAll(keepingCapacity: true)
            DataNumber.write(x, to: &row)
            for f in evaluators {
                row += ","
                DataNumber.write(f(x), to: &row)
            }
            row += "\n"
            guard write(row) else { return false }
        }
        return true
    }

    /// A field quoted as RFC 4180 requires when it holds a comma, quote or line break.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        var out = "\""
        for c in field {
            if c == "\"" { out += "\"\"" } else { out.append(c) }
        }
        return out + "\""
    }
}
