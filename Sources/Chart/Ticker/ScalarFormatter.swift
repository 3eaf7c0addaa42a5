#if canImport(Glibc)
import Glibc
#endif

/// matplotlib's `ticker.ScalarFormatter` with the default style: tick labels as plain decimals
/// sharing one number of decimals, with an additive offset and a power-of-ten factor moved to
/// the axis' offset text when they make the labels shorter.
///
/// Defaults are matplotlib's rcParams: `axes.formatter.useoffset: True`,
/// `axes.formatter.offset_threshold: 4`, `axes.formatter.limits: -5, 6`,
/// `axes.formatter.use_mathtext: False`, `axes.formatter.use_locale: False`,
/// `axes.unicode_minus: True`.
///
/// Usage mirrors matplotlib's `format_ticks`: call `setLocs(_:viewInterval:)` with every tick
/// the locator returned (including those outside the view, which count for the number of
/// decimals), then `format(_:)` each tick and read `offsetText`.
public struct ScalarFormatter: Sendable, Equatable {
    /// Whether an additive offset may be chosen automatically (`useOffset=True`).
    public var useOffset: Bool
    /// How many leading digits the offset must save before it is used.
    public var offsetThreshold: Int
    /// Whether scientific notation (an order-of-magnitude factor) may be used.
    public var scientific: Bool
    /// Exponents at or beyond which the order of magnitude is factored out: `(min, max)`.
    public var powerLimits: (lower: Int, upper: Int)
    /// Whether hyphens are written as U+2212 MINUS SIGN.
    public var unicodeMinus: Bool

    /// The tick locations last passed to `setLocs`.
    public private(set) var locs: [Double] = []
    /// The additive offset subtracted from every tick (0 for none).
    public private(set) var offset: Double = 0
    /// The power of ten every tick is divided by after the offset (0 for none).
    public private(set) var orderOfMagnitude: Int = 0
    /// The number of decimals of every label (the `N` in `'%1.Nf'`).
    public private(set) var decimals: Int = 0

    /// Creates a formatter with matplotlib's default settings.
    public init(
        useOffset: Bool = true, offsetThreshold: Int = 4, scientific: Bool = true,
        powerLimits: (lower: Int, upper: Int) = (-5, 6), unicodeMinus: Bool = true
    ) {
        self.useOffset = useOffset
        self.offsetThreshold = offsetThreshold
        self.scientific = scientific
        self.powerLimits = powerLimits
        self.unicodeMinus = unicodeMinus
    }

    /// Whether two formatters have the same settings and the same state from their last
    /// ``setLocs(_:viewInterval:)``.
    public static func == (a: ScalarFormatter, b: ScalarFormatter) -> Bool {
        a.useOffset == b.useOffset && a.offsetThreshold == b.offsetThreshold
            && a.scientific == b.scientific && a.powerLimits == b.powerLimits
            && a.unicodeMinus == b.unicodeMinus && a.locs == b.locs && a.offset == b.offset
            && a.orderOfMagnitude == b.orderOfMagnitude && a.decimals == b.decimals
    }

    /// `ScalarFormatter.set_locs`: chooses the offset, the order of magnitude and the number of
    /// decimals for these ticks.
    ///
    /// - Parameters:
    ///   - locs: all the locator's ticks, in view or not.
    ///   - viewInterval: the axis' view limits, in either order; only ticks inside it (exactly,
    ///     no tolerance) decide the offset and the order of magnitude.
    public mutating func setLocs(_ locs: [Double], viewInterval: (Double, Double)) {
        self.locs = locs
        guard !locs.isEmpty else { return }
        let vmin = min(viewInterval.0, viewInterval.1)
        let vmax = max(viewInterval.0, viewInterval.1)
        let visible = locs.filter { vmin <= $0 && $0 <= vmax }
        if useOffset { computeOffset(visible: visible) } else { offset = 0 }
        setOrderOfMagnitude(visible: visible, vmin: vmin, vmax: vmax)
        setFormat(viewInterval: viewInterval)
    }

    /// `_compute_offset`: an offset is used only when the visible ticks share a sign and their
    /// common leading digits, rounded down to the power of ten where they start to differ, are
    /// at least `10 ** (offsetThreshold - 1)` in units of that power.
    private mutating func computeOffset(visible: [Double]) {
        guard let lmin = visible.min(), let lmax = visible.max() else {
            offset = 0
            return
        }
        if lmin == lmax || (lmin <= 0 && 0 <= lmax) {
            offset = 0
            return
        }
        let absMin = min(abs(lmin), abs(lmax))
        let absMax = max(abs(lmin), abs(lmax))
        let sign = Double(signOf: lmin, magnitudeOf: 1)
        let oomMax = log10(absMax).rounded(.up)
        func fd(_ a: Double, _ oom: Double) -> Double { PythonFloat.floorDiv(a, PythonFloat.pow10(oom)) }
        // The smallest power of ten at which absMin and absMax agree.
        var oom = oomMax
        var guardCount = 0
        while fd(absMin, oom) == fd(absMax, oom) && guardCount < 2000 {
            oom -= 1
            guardCount += 1
        }
        oom += 1
        if (absMax - absMin) / PythonFloat.pow10(oom) <= 1e-2 {
            // Straddling a multiple of a large power of ten: the smallest power of ten at which
            // they are no more than 1 apart.
            oom = oomMax
            guardCount = 0
            while !(fd(absMax, oom) - fd(absMin, oom) > 1) && guardCount < 2000 {
                oom -= 1
                guardCount += 1
            }
            oom += 1
        }
        let n = offsetThreshold - 1
        let leading = fd(absMax, oom)
        offset = leading >= PythonFloat.intPow10(n) ? sign * leading * PythonFloat.pow10(oom) : 0
    }

    /// `_set_order_of_magnitude`: the exponent of the largest visible tick (or of the view width
    /// when there is an offset), used only when it reaches the power limits.
    private mutating func setOrderOfMagnitude(visible: [Double], vmin: Double, vmax: Double) {
        guard scientific else {
            orderOfMagnitude = 0
            return
        }
        if powerLimits.lower == powerLimits.upper && powerLimits.lower != 0 {
            orderOfMagnitude = powerLimits.lower
            return
        }
        guard !visible.isEmpty else {
            orderOfMagnitude = 0
            return
        }
        let oom: Int
        if offset != 0 {
            oom = PythonFloat.floorLog10(vmax - vmin)
        } else {
            let val = visible.map { abs($0) }.max()!
            oom = val == 0 ? 0 : PythonFloat.floorLog10(val)
        }
        orderOfMagnitude = (oom <= powerLimits.lower || oom >= powerLimits.upper) ? oom : 0
    }

    /// `_set_format`: the fewest decimals (starting from `3 - floor(log10(range))`) that still
    /// write every tick to within a thousandth of the tick range, shared by all labels.
    private mutating func setFormat(viewInterval: (Double, Double)) {
        let padded = locs.count < 2 ? locs + [viewInterval.0, viewInterval.1] : locs
        let divisor = PythonFloat.pow10(Double(orderOfMagnitude))
        var scaled = padded.map { ($0 - offset) / divisor }
        var locRange = scaled.max()! - scaled.min()!
        if locRange == 0 { locRange = scaled.map { abs($0) }.max()! }
        if locRange == 0 { locRange = 1 }
        if locs.count < 2 { scaled.removeLast(2) }
        let locRangeOOM = PythonFloat.floorLog10(locRange)
        var sigfigs = max(0, 3 - locRangeOOM)
        let thresh = 1e-3 * PythonFloat.intPow10(locRangeOOM)
        while sigfigs >= 0 {
            let worst = scaled.map { abs($0 - PythonFloat.numpyRound($0, decimals: sigfigs)) }.max() ?? 0
            if worst < thresh {
                sigfigs -= 1
            } else {
                break
            }
        }
        decimals = sigfigs + 1
    }

    /// The label of tick `x` (`ScalarFormatter.__call__`): `'%1.Nf' % ((x - offset) / 10**oom)`,
    /// with values within 1e-8 of zero written as zero, and U+2212 for minus.
    public func format(_ x: Double) -> String {
        guard !locs.isEmpty else { return "" }
        var xp = (x - offset) / PythonFloat.pow10(Double(orderOfMagnitude))
        if abs(xp) < 1e-8 { xp = 0 }
        return PythonFloat.fixMinus(Printf.format("%1.*f", precision: decimals, xp), unicodeMinus: unicodeMinus)
    }

    /// `ScalarFormatter.format_data`: a number as `significand e exponent`, the significand
    /// rounded to 10 decimals and written without trailing zeros (`1e5`, `3.806e9`, `5e-1`).
    public func formatData(_ value: Double) -> String {
        let e = PythonFloat.floorLog10(abs(value))
        let s = PythonFloat.round(value / PythonFloat.intPow10(e), digits: 10)
        // Python: "%d" if s % 1 == 0 else "%1.10g"; "%d" of a float truncates it to an int.
        let significand: String
        if s.isFinite && s == s.rounded(.towardZero) {
            significand = abs(s) < 1e18 ? String(Int(s)) : Printf.format("%.0f", s)
        } else {
            significand = Printf.format("%1.10g", s)
        }
        let text = e == 0 ? significand : "\(significand)e\(e)"
        return PythonFloat.fixMinus(text, unicodeMinus: unicodeMinus)
    }

    /// `ScalarFormatter.get_offset`: the text at the end of the axis — the factor `1eN` followed
    /// by the signed offset (`1e−5`, `+1e5`, `1e6+3.806e9`), or `""` when neither is used.
    public var offsetText: String {
        guard !locs.isEmpty, orderOfMagnitude != 0 || offset != 0 else { return "" }
        var offsetString = ""
        if offset != 0 {
            offsetString = formatData(offset)
            if offset > 0 { offsetString = "+" + offsetString }
        }
        let sciNotation = orderOfMagnitude != 0 ? "1e\(orderOfMagnitude)" : ""
        return PythonFloat.fixMinus(sciNotation + offsetString, unicodeMinus: unicodeMinus)
    }
}
