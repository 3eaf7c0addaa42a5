#if canImport(Glibc)
import Glibc
#endif

/// matplotlib's `ticker.MaxNLocator`: evenly spaced "nice" ticks, at most `nbins + 1` of them
/// inside the view.
///
/// The step is the smallest entry of a staircase of nice multiples (`steps` × a power of ten)
/// that is at least `(vmax - vmin) / nbins`; a smaller one is taken only if that step leaves
/// fewer than `minNTicks` ticks in view. Ticks are integer multiples of the step, found with
/// float-tolerant edge rounding (`_Edge_integer`), and one tick beyond each end of the view is
/// included when it falls outside, as matplotlib does (they are not drawn).
///
/// The default, `MaxNLocator(nbins: …)`, is matplotlib's `AutoLocator`
/// (`steps = [1, 2, 2.5, 5, 10]`, `min_n_ticks = 2`, no pruning, not symmetric, not integer).
public struct MaxNLocator: Sendable, Equatable {
    /// The maximum number of intervals between ticks in view.
    public var nbins: Int
    /// The acceptable step multiples, increasing, from 1 to 10 inclusive.
    public private(set) var steps: [Double]
    /// The minimum number of ticks in view; `nbins` is relaxed to reach it.
    public var minNTicks: Int

    /// The most ticks one call may produce (matplotlib's `Locator.MAXTICKS`, where it only warns).
    public static let maxTicks = 1000

    /// The `AutoLocator`'s steps.
    public static let autoSteps: [Double] = [1, 2, 2.5, 5, 10]

    /// Creates a locator.
    ///
    /// - Parameters:
    ///   - nbins: the maximum number of intervals (for `nbins='auto'`, use `MaxNLocator.auto(tickSpace:)`).
    ///   - steps: increasing multiples between 1 and 10; 1 and 10 are added if missing.
    ///   - minNTicks: the minimum number of ticks in view (at least 1).
    public init(nbins: Int = 9, steps: [Double] = MaxNLocator.autoSteps, minNTicks: Int = 2) {
        precondition(!steps.isEmpty && steps.first! >= 1 && steps.last! <= 10
            && zip(steps, steps.dropFirst()).allSatisfy { $0 < $1 },
            "steps must be an increasing sequence of numbers between 1 and 10 inclusive")
        var s = steps
        if s.first! != 1 { s.insert(1, at: 0) }
        if s.last! != 10 { s.append(10) }
        self.nbins = max(1, nbins)
        self.steps = s
        self.minNTicks = max(1, minNTicks)
    }

    /// matplotlib's `AutoLocator` with `nbins='auto'`: the bin count is the axis' tick space
    /// clipped to `max(1, minNTicks - 1)...9`.
    ///
    /// - Parameters:
    ///   - tickSpace: the axis' estimated number of ticks that fit (`tickSpace(…)`).
    ///   - minNTicks: the fewest ticks to aim for, matplotlib's `min_n_ticks` (default 2).
    public static func auto(tickSpace: Int, minNTicks: Int = 2) -> MaxNLocator {
        let lower = max(1, max(1, minNTicks) - 1)
        return MaxNLocator(nbins: min(max(tickSpace, lower), 9), minNTicks: minNTicks)
    }

    /// The staircase of candidate steps: a decade below, the steps, and one above
    /// (`MaxNLocator._staircase`).
    var extendedSteps: [Double] {
        steps.dropLast().map { 0.1 * $0 } + steps + [10 * steps[1]]
    }

    /// The tick locations for the view `vmin...vmax` (`MaxNLocator.tick_values`), including the
    /// ticks just outside the view that matplotlib computes but does not draw.
    ///
    /// The view is first made non-singular (`expander` 1e-13, `tiny` 1e-14), so the ends may come
    /// in either order.
    public func tickValues(vmin: Double, vmax: Double) -> [Double] {
        let (lo, hi) = nonsingular(vmin, vmax, expander: 1e-13, tiny: 1e-14)
        return rawTicks(vmin: lo, vmax: hi)
    }

    /// `MaxNLocator.view_limits` for `axes.autolimit_mode: data`: the data limits, made
    /// non-singular (`expander` 1e-12, `tiny` 1e-13).
    public func viewLimits(dmin: Double, dmax: Double) -> (lower: Double, upper: Double) {
        nonsingular(dmin, dmax, expander: 1e-12, tiny: 1e-13)
    }

    /// `MaxNLocator._raw_ticks`: ticks spanning `vmin...vmax` (which must be non-singular and
    /// increasing), possibly one step beyond either end.
    func rawTicks(vmin: Double, vmax: Double) -> [Double] {
        let (scale, offset) = scaleRange(vmin: vmin, vmax: vmax, n: nbins)
        // matplotlib raises when the span overflows (e.g. -1.7e308...1.7e308); draw no ticks instead.
        guard vmin.isFinite, vmax.isFinite, scale.isFinite, scale > 0, offset.isFinite else { return [] }
        let shiftedMin = vmin - offset
        let shiftedMax = vmax - offset
        let candidates = extendedSteps.map { $0 * scale }
        let rawStep = (shiftedMax - shiftedMin) / Double(nbins)
        let istep = candidates.firstIndex { $0 >= rawStep } ?? (candidates.count - 1)

        var ticks: [Double] = []
        for step in candidates[...istep].reversed() {
            guard step.isFinite, step > 0 else { return [] }
            let bestMin = PythonFloat.floorDiv(shiftedMin, step) * step
            let edge = EdgeInteger(step: step, offset: offset)
            let low = edge.le(shiftedMin - bestMin)
            let high = edge.ge(shiftedMax - bestMin)
            // An overflowed range (ends near ±1.8e308) makes matplotlib fail in np.arange;
            // give no ticks rather than loop or trap.
            guard low.isFinite, high.isFinite, bestMin.isFinite, high - low <= Double(Self.maxTicks) else {
                return []
            }
            // np.arange(low, high + 1) * step + best_vmin
            let count = max(0, Int(((high + 1) - low).rounded(.up)))
            ticks = (0..<count).map { (low + Double($0)) * step + bestMin }
            let inView = ticks.filter { $0 <= shiftedMax && $0 >= shiftedMin }.count
            if inView >= minNTicks { break }
        }
        let result = ticks.map { $0 + offset }
        return result.allSatisfy(\.isFinite) ? result : []
    }
}

/// matplotlib's `ticker.scale_range`: the power of ten at the scale of `(vmax - vmin) / n`, and
/// an offset (a signed power of ten) when the interval is far from zero relative to its width
/// (`|mean| / width ≥ threshold`), so ticks are found on the shifted interval without losing
/// precision.
public func scaleRange(vmin: Double, vmax: Double, n: Int = 1, threshold: Double = 100)
    -> (scale: Double, offset: Double)
{
    let dv = abs(vmax - vmin)
    let meanv = (vmax + vmin) / 2
    let offset: Double
    if abs(meanv) / dv < threshold {
        offset = 0
    } else {
        offset = Double(signOf: meanv, magnitudeOf: PythonFloat.pow10(PythonFloat.floorDiv(log10(abs(meanv)), 1)))
    }
    let scale = PythonFloat.pow10(PythonFloat.floorDiv(log10(dv / Double(n)), 1))
    return (scale, offset)
}

/// matplotlib's `ticker._Edge_integer`: tick indices as integer multiples of a step, with a
/// tolerance that grows with the offset so float noise does not add or lose an edge tick.
struct EdgeInteger {
    let step: Double
    let offset: Double

    init(step: Double, offset: Double) {
        precondition(step > 0, "'step' must be positive")
        self.step = step
        self.offset = abs(offset)
    }

    func closeTo(_ ms: Double, _ edge: Double) -> Bool {
        var tol: Double
        if offset > 0 {
            let digits = log10(offset / step)
            tol = max(1e-10, PythonFloat.pow10(digits - 12))
            tol = min(0.4999, tol)
        } else {
            tol = 1e-10
        }
        return abs(ms - edge) < tol
    }

    /// The largest n with n × step ≤ x.
    func le(_ x: Double) -> Double {
        let (d, m) = PythonFloat.divmod(x, step)
        return closeTo(m / step, 1) ? d + 1 : d
    }

    /// The smallest n with n × step ≥ x.
    func ge(_ x: Double) -> Double {
        let (d, m) = PythonFloat.divmod(x, step)
        return closeTo(m / step, 0) ? d : d + 1
    }
}
