#if canImport(Glibc)
import Glibc
#endif

/// matplotlib's `ticker.LogFormatterSciNotation` in base 10, as a log axis uses it for its major
/// and minor ticks: powers of ten as `10^{n}`, other ticks as `c\times10^{n}`, in mathtext
/// (`$\mathdefault{10^{-2}}$`).
///
/// Which ticks get a label depends on the view (`LogFormatter.set_locs`): when more than one
/// power of ten is in view only the powers of ten are labelled; over one decade or less, also
/// the ticks at 2, 3, 4 and 6 times a power of ten; over 0.4 decades or less, every tick.
/// (Classic mode labels only powers of ten.)
public struct LogFormatterSciNotation: Sendable, Equatable {
    /// The multiples of a power of ten that get labels; nil labels every tick.
    public private(set) var labelled: Set<Double>? = nil
    /// matplotlib's `minor_thresholds`: (subset, all), (1, 0.4) by default, (0, 0) in classic mode.
    public var minorThresholds: (subset: Double, all: Double)

    /// Creates a formatter with matplotlib's thresholds, or the classic style's.
    public init(classic: Bool = false) {
        minorThresholds = classic ? (0, 0) : (1, 0.4)
    }

    /// Whether both label the same ticks.
    public static func == (a: LogFormatterSciNotation, b: LogFormatterSciNotation) -> Bool {
        a.labelled == b.labelled && a.minorThresholds == b.minorThresholds
    }

    /// `LogFormatter.set_locs`: chooses which ticks are labelled from the axis' view limits.
    public mutating func setView(_ vmin: Double, _ vmax: Double) {
        let (lo, hi) = (min(vmin, vmax), max(vmin, vmax))
        guard lo > 0 else {
            labelled = [1]
            return
        }
        let lmin = log(lo) / log(10.0), lmax = log(hi) / log(10.0)
        // nextafter: a view starting exactly at a power of ten has that tick.
        let numticks = lmax.rounded(.down) - lmin.nextDown.rounded(.down)
        let numdec = abs(lmax - lmin)
        if numticks > minorThresholds.subset {
            labelled = [1]
        } else if numdec > minorThresholds.all {
            // Log-spaced coefficients: numpy.round(numpy.geomspace(1, 10, 6)) = 1, 2, 3, 4, 6, 10.
            labelled = Set((0...5).map { PythonFloat.pow10(Double($0) / 5).rounded(.toNearestOrEven) })
        } else {
            labelled = Set((1...10).map(Double.init))
        }
    }

    /// The label of tick `x` (`LogFormatterMathtext.__call__` with `LogFormatterSciNotation`'s
    /// `_non_decade_format`), as matplotlib writes it in mathtext; `""` for a tick left unlabelled.
    public func format(_ x: Double) -> String {
        if x == 0 { return "$\\mathdefault{0}$" }
        let sign = x < 0 ? "-" : ""
        let x = abs(x)
        let fx = log(x) / log(10.0)
        let decade = isCloseToInteger(fx)
        let exponent = decade ? fx.rounded(.toNearestOrEven) : fx.rounded(.down)
        let coefficient = pow(10.0, fx - exponent).rounded(.toNearestOrEven)
        if let labelled, !labelled.contains(coefficient) { return "" }
        if decade {
            return "$\\mathdefault{\(sign)10^{\(Int(exponent))}}$"
        }
        // `_non_decade_format`: the coefficient to `%g`, then ×10^{⌊fx⌋}.
        let floorExponent = fx.rounded(.down)
        var c = pow(10.0, fx - floorExponent)
        if isCloseToInteger(c) { c = c.rounded(.toNearestOrEven) }
        return "$\\mathdefault{\(sign)\(Printf.format("%g", c))\\times10^{\(Int(floorExponent))}}$"
    }

    /// matplotlib's `ticker._is_close_to_int`: `math.isclose(x, round(x))`, relative 1e-9.
    func isCloseToInteger(_ x: Double) -> Bool {
        let r = x.rounded(.toNearestOrEven)
        return abs(x - r) <= 1e-9 * max(abs(x), abs(r))
    }
}
