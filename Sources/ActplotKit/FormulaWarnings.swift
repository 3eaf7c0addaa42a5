#if canImport(Glibc)
import Glibc
#endif
import Activations
import Expressions

/// The warnings printed on standard error for formulas whose derivatives lose most of their digits
/// to cancellation in the formula as written (see ``Expressions/Expression/cancellation(_:at:)``).
public enum FormulaWarnings {
    /// At most this many x are checked, evenly over the range: the request's own samples when fewer.
    static let checkedSamples = 2001

    /// One line for each formula among `curves` and each derivative the request plots or exports
    /// that has fewer than 8 correct digits somewhere in the range, naming the formula and where.
    public static func lines(for curves: [any Curve], request: PlotRequest) -> [String] {
        let orders = request.orders.filter { $0 != .value }
        let formulas = curves.compactMap { $0 as? Expression }
        guard !orders.isEmpty, !formulas.isEmpty else { return [] }
        let count = min(request.samples, checkedSamples)
        let xs = Array(Linspace(from: request.range.lower, through: request.range.upper, count: count))
        var lines: [String] = []
        for expression in formulas {
            for order in orders {
                if let found = expression.cancellation(order, at: xs) {
                    lines.append(message(for: expression, found))
                }
            }
        }
        return lines
    }

    /// `actplot: warning: 'FORMULA': f″ has fewer than 8 correct digits for x in [A, B] …`.
    static func message(for expression: Expression, _ found: Cancellation) -> String {
        let what = "f" + found.order.primes
        var ranges = found.ranges.prefix(3).map { $0.lowerBound == $0.upperBound
            ? roughly($0.lowerBound) : "[\(roughly($0.lowerBound)), \(roughly($0.upperBound))]" }
        if found.ranges.count > 3 { ranges.append("\(found.ranges.count - 3) more") }
        let digits = Int(found.correctDigits.rounded(.down))
        return "actplot: warning: '\(expression.text)': \(what) has fewer than 8 correct digits for x in "
            + ranges.joined(separator: ", ")
            + " (about \(digits) at x = \(roughly(found.worst))): the formula as written cancels there"
    }
}
