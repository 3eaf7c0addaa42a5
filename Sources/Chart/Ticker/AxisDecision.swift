/// Which axis of a chart: horizontal or vertical. matplotlib estimates their tick room differently.
public enum AxisKind: Sendable {
    /// The horizontal axis: a tick label is assumed to need three times its font size.
    case x
    /// The vertical axis: a tick label is assumed to need twice its font size.
    case y
}

/// Everything matplotlib decides for one linear axis with its default style: the view limits,
/// the major ticks drawn, their labels and the offset text at the end of the axis.
public struct AxisDecision: Sendable, Equatable {
    /// The lower view limit, in data units.
    public var viewMin: Double
    /// The upper view limit, in data units.
    public var viewMax: Double
    /// The visible major ticks, ascending.
    public var ticks: [Double]
    /// One label per tick, as matplotlib writes it (U+2212 for minus).
    public var labels: [String]
    /// The offset and/or scientific factor shown at the end of the axis (`1e−5`, `+1e5`,
    /// `1e6+3.806e9`); `""` when none.
    public var offsetText: String

    /// Creates a decision from its parts.
    public init(viewMin: Double, viewMax: Double, ticks: [Double], labels: [String], offsetText: String) {
        self.viewMin = viewMin
        self.viewMax = viewMax
        self.ticks = ticks
        self.labels = labels
        self.offsetText = offsetText
    }
}

/// matplotlib's `XAxis.get_tick_space` / `YAxis.get_tick_space`: how many tick labels fit on the
/// axis, assuming a label needs 3 × its font size along x and 2 × along y.
///
/// - Parameters:
///   - lengthInPoints: the axis length in points (1/72 in); for matplotlib's default figure,
///     357.12 pt for x (0.775 × 6.4 in) and 266.112 pt for y (0.77 × 4.8 in).
///   - labelSize: the tick label font size in points (`xtick.labelsize`, default 10).
///   - kind: which axis.
/// - Returns: `floor(length / (k × labelSize))`, or `Int32.max` when the label size is not positive.
public func tickSpace(lengthInPoints: Double, labelSize: Double = 10, kind: AxisKind) -> Int {
    let size = labelSize * (kind == .x ? 3 : 2)
    guard size > 0 else { return Int(Int32.max) }
    let space = (lengthInPoints / size).rounded(.down)
    guard space.isFinite else { return Int(Int32.max) }
    return Int(max(min(space, Double(Int32.max)), Double(Int32.min)))
}

/// Whether `value` lies in `interval`, widened by `rtol` times its width at each end
/// (matplotlib's `transforms._interval_contains_close`, which decides which ticks are drawn).
func intervalContainsClose(_ interval: (Double, Double), _ value: Double, rtol: Double = 1e-10) -> Bool {
    let a = min(interval.0, interval.1)
    let b = max(interval.0, interval.1)
    let tol = (b - a) * rtol
    return a - tol <= value && value <= b + tol
}

/// matplotlib's decision for one axis of a chart whose data span `dataMin...dataMax`, with the
/// default style: view limits from `viewLimits(dataMin:dataMax:margin:)` (5 % margins), ticks from
/// `MaxNLocator.auto(tickSpace:)` (the `AutoLocator`), labels and offset text from
/// `ScalarFormatter`.
///
/// - Parameters:
///   - dataMin: one end of the data interval (the order does not matter; non-finite ends are ignored).
///   - dataMax: the other end.
///   - lengthInPoints: the axis length in points.
///   - labelSize: the tick label font size in points.
///   - margin: the share of the data span added at each end (`axes.xmargin`, `axes.ymargin`).
///   - roundNumbers: whether the view is widened to the outermost ticks
///     (`axes.autolimit_mode: round_numbers`).
///   - ticking: the locator's and the formatter's settings.
///   - kind: which axis, for the tick space estimate.
/// - Returns: the view limits, the ticks drawn (those inside the view, up to matplotlib's 1e-10
///   relative tolerance), their labels and the offset text.
public func decideAxis(
    dataMin: Double, dataMax: Double, lengthInPoints: Double, labelSize: Double = 10, margin: Double = 0.05,
    roundNumbers: Bool = false, ticking: Ticking = Ticking(), kind: AxisKind
) -> AxisDecision {
    var view = viewLimits(dataMin: dataMin, dataMax: dataMax, margin: margin)
    if roundNumbers {
        // `MaxNLocator.view_limits` with `axes.autolimit_mode: round_numbers`: the outermost
        // ticks of the locator over the (margined) data, then `Locator.nonsingular` again.
        let locator = autoLocator(lengthInPoints: lengthInPoints, labelSize: labelSize, ticking: ticking, kind: kind)
        let (lo, hi) = nonsingular(view.lower, view.upper, expander: 1e-12, tiny: 1e-13)
        let ticks = locator.tickValues(vmin: lo, vmax: hi)
        if let first = ticks.first, let last = ticks.last {
            view = nonsingular(first, last, expander: 0.05)
        }
    }
    return decideAxis(
        viewMin: view.lower, viewMax: view.upper, lengthInPoints: lengthInPoints, labelSize: labelSize, ticking: ticking,
        kind: kind)
}

/// matplotlib's `AutoLocator` for an axis: `MaxNLocator(nbins='auto', steps=[1, 2, 2.5, 5, 10])`,
/// or in classic mode `MaxNLocator(nbins=9, steps=[1, 2, 5, 10])`.
func autoLocator(lengthInPoints: Double, labelSize: Double, ticking: Ticking, kind: AxisKind) -> MaxNLocator {
    if ticking.classic { return MaxNLocator(nbins: 9, steps: [1, 2, 5, 10]) }
    return MaxNLocator.auto(tickSpace: tickSpace(lengthInPoints: lengthInPoints, labelSize: labelSize, kind: kind))
}

/// matplotlib's decision for an axis whose view limits are set (`set_ylim(bottom, top)`): the
/// ticks the AutoLocator places in the view, their labels and the offset text.
public func decideAxis(
    viewMin: Double, viewMax: Double, lengthInPoints: Double, labelSize: Double = 10, ticking: Ticking = Ticking(),
    kind: AxisKind
) -> AxisDecision {
    let locator = autoLocator(lengthInPoints: lengthInPoints, labelSize: labelSize, ticking: ticking, kind: kind)
    let locs = locator.tickValues(vmin: viewMin, vmax: viewMax)
    var formatter = ScalarFormatter(
        useOffset: ticking.useOffset, offsetThreshold: ticking.offsetThreshold, powerLimits: ticking.powerLimits,
        unicodeMinus: ticking.unicodeMinus)
    formatter.setLocs(locs, viewInterval: (viewMin, viewMax))
    var ticks: [Double] = []
    var labels: [String] = []
    for loc in locs where intervalContainsClose((viewMin, viewMax), loc) {
        ticks.append(loc)
        labels.append(formatter.format(loc))
    }
    return AxisDecision(
        viewMin: viewMin, viewMax: viewMax, ticks: ticks, labels: labels, offsetText: formatter.offsetText)
}
