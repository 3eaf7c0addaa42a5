import Activations

/// Streams curves as CSV: a header, then one row per linspace point (kinks are not added).
///
/// Columns are `x`, then each function's value followed by its derivatives; numbers are in
/// shortest round-trip form, with `nan`, `inf` and `-inf` for non-finite values.
public struct CSVExport: Sendable {
    public let curves: [Curve]
    public let range: PlotRange
    public let samples: Int
    public let orders: [Int]

    public init(curves: [Curve], range: PlotRange, samples: Int, orders: [Int]) {
        self.curves = curves
        self.range = range
        self.samples = samples
        self.orders = orders
    }

    /// The header row's fields.
    public var header: [String] {
        var fields = ["x"]
        for curve in curves {
            for order in orders {
                fields.append(curve.label + String(repeating: "'", count: order))
            }
        }
        return fields
    }

    /// Writes every row through `write`; stops early and returns false when a write fails.
    /// `progress` hears the share of rows written, in steps of one percent.
    public func write(to write: (String) -> Bool, progress: ((Double) -> Void)? = nil) -> Bool {
        guard write(header.map(CSVExport.quoted).joined(separator: ",") + "\n") else { return false }
        let evaluators = curves.flatMap { curve in orders.map { curve.evaluator(order: $0) } }
        var row = ""
        row.reserveCapacity(32 * (evaluators.count + 1))
        let step = max(1, samples / 100)
        for (i, x) in Linspace(from: range.lower, through: range.upper, count: samples).enumerated() {
            if let progress, i % step == 0 { progress(Double(i) / Double(samples)) }
            row.removeAll(keepingCapacity: true)
            row += x.description
            for f in evaluators {
                row += ","
                row += f(x).description
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
