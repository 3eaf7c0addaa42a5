#if canImport(Glibc)
import Glibc
#endif

/// How a colorbar spreads its values along its length: matplotlib's `Normalize` (linear) or
/// `LogNorm` (logarithmic; both ends must be positive).
public enum ColorbarScale: String, Sendable, CaseIterable {
    /// Values evenly spaced along the colorbar.
    case linear
    /// Powers of ten evenly spaced along the colorbar.
    case log
}

/// Everything matplotlib decides for the long axis of a colorbar: its view limits, the ticks
/// drawn with their labels, the minor ticks of a log scale, and the offset text.
public struct ColorbarAxisDecision: Sendable, Equatable {
    /// The scale.
    public var scale: ColorbarScale
    /// The value at the bottom of the colorbar.
    public var viewMin: Double
    /// The value at the top.
    public var viewMax: Double
    /// The major ticks drawn, ascending.
    public var ticks: [Double]
    /// One label per major tick, as drawn.
    public var labels: [String]
    /// The minor ticks drawn (a log scale's 2…9 times the powers of ten), ascending.
    public var minorTicks: [Double]
    /// One label per minor tick, `""` for those matplotlib leaves unlabelled.
    public var minorLabels: [String]
    /// The offset or factor above a linear colorbar (`1e−5`); `""` when none.
    public var offsetText: String

    /// Creates a decision from its parts.
    public init(
        scale: ColorbarScale, viewMin: Double, viewMax: Double, ticks: [Double], labels: [String], minorTicks: [Double],
        minorLabels: [String], offsetText: String
    ) {
        self.scale = scale
        self.viewMin = viewMin
        self.viewMax = viewMax
        self.ticks = ticks
        self.labels = labels
        self.minorTicks = minorTicks
        self.minorLabels = minorLabels
        self.offsetText = offsetText
    }

    /// Where `value` sits along the colorbar: 0 at the bottom, 1 at the top (in log space for
    /// a log scale).
    public func fraction(_ value: Double) -> Double {
        if scale == .log, viewMin > 0, viewMax > 0 {
            return (log10(value) - log10(viewMin)) / (log10(viewMax) - log10(viewMin))
        }
        return (value - viewMin) / (viewMax - viewMin)
    }
}

/// matplotlib's decision for a colorbar of `fig.colorbar(ScalarMappable(norm, cmap), ax=ax)` whose
/// norm spans `range` (`Normalize(vmin, vmax)` or `LogNorm(vmin, vmax)`).
///
/// The view (`Colorbar._process_values`, `_draw_all`): the norm's limits made non-singular
/// (`transforms._nonsingular`, expander 0.1, so `1…1` shows `0.9…1.1`; the ends in increasing
/// order), then mapped back from 0 and 1 through the norm's inverse (for a log norm,
/// `exp(t · ln 10)` of the interpolated logarithms, which moves the ends by an ulp or two).
///
/// Ticks: a linear colorbar uses the axis' `AutoLocator` and `ScalarFormatter`, exactly as
/// ``decideAxis(viewMin:viewMax:lengthInPoints:labelSize:ticking:kind:)`` decides a y axis with
/// that view (no margins); a log colorbar uses `LogLocator` for the powers of ten, another for
/// 2…9 times them (minor ticks, those on a major tick removed, as `Axis.get_minorticklocs`
/// does) and `LogFormatterSciNotation` for both, whose labels are mathtext
/// (`$\mathdefault{10^{-2}}$`), laid out as math when drawn. Only ticks inside the view (in log
/// space for a log scale, to matplotlib's 1e-10 relative tolerance) are kept. A log range that
/// is not positive has no ticks (matplotlib refuses it).
///
/// - Parameters:
///   - range: the norm's `vmin` and `vmax`.
///   - scale: linear or log.
///   - lengthInPoints: the colorbar's height, for the tick space (labels of `labelSize` need
///     twice their size each).
///   - labelSize: the tick label size in points (`ytick.labelsize`).
///   - ticking: the locator and formatter settings.
public func decideColorbarAxis(
    range: (Double, Double), scale: ColorbarScale, lengthInPoints: Double, labelSize: Double = 10,
    ticking: Ticking = Ticking()
) -> ColorbarAxisDecision {
    let (vmin, vmax) = nonsingular(range.0, range.1, expander: 0.1)
    guard scale == .log else {
        // Normalize.inverse(0) and (1): vmin + x·(vmax − vmin).
        let view = nonsingular(vmin + 0 * (vmax - vmin), vmin + 1 * (vmax - vmin), expander: 0.05)
        let axis = decideAxis(
            viewMin: view.lower, viewMax: view.upper, lengthInPoints: lengthInPoints, labelSize: labelSize,
            ticking: ticking, kind: .y)
        return ColorbarAxisDecision(
            scale: .linear, viewMin: view.lower, viewMax: view.upper, ticks: axis.ticks, labels: axis.labels,
            minorTicks: [], minorLabels: [], offsetText: axis.offsetText)
    }
    let t0 = log10(vmin), t1 = log10(vmax)
    guard vmin > 0, t0.isFinite, t1.isFinite else {
        return ColorbarAxisDecision(
            scale: .log, viewMin: vmin, viewMax: vmax, ticks: [], labels: [], minorTicks: [], minorLabels: [],
            offsetText: "")
    }
    // LogNorm.inverse(0) and (1): 10^(x·(t1 − t0) + t0), computed as exp(· × ln 10).
    let ln10 = log(10.0)
    let low = exp((0 * (t1 - t0) + t0) * ln10), high = exp((1 * (t1 - t0) + t0) * ln10)
    let space = tickSpace(lengthInPoints: lengthInPoints, labelSize: labelSize, kind: .y)
    let majors = LogLocator(subs: .decades, classic: ticking.classic).tickValues(vmin: low, vmax: high, tickSpace: space)
    var minors = LogLocator(subs: .auto, classic: ticking.classic).tickValues(vmin: low, vmax: high, tickSpace: space)
    let view = (log10(low), log10(high))
    let tolerance = (view.1 - view.0) * 1e-5
    minors = minors.filter { minor in
        minor > 0 && !majors.contains { major in major > 0 && abs(log10(minor) - log10(major)) <= tolerance }
    }
    func drawn(_ locs: [Double]) -> [Double] { locs.filter { $0 > 0 && intervalContainsClose(view, log10($0)) } }
    var formatter = LogFormatterSciNotation(classic: ticking.classic)
    formatter.setView(low, high)
    let shownMajors = drawn(majors), shownMinors = drawn(minors)
    return ColorbarAxisDecision(
        scale: .log, viewMin: low, viewMax: high, ticks: shownMajors,
        labels: shownMajors.map { formatter.format($0) }, minorTicks: shownMinors,
        minorLabels: shownMinors.map { formatter.format($0) }, offsetText: "")
}
