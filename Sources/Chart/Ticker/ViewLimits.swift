/// matplotlib's `transforms._nonsingular`: widen an interval that is empty, too narrow for
/// double precision, or not finite, so that it can be mapped to a screen.
///
/// - If either end is infinite or NaN, the result is `(-expander, expander)`.
/// - If both ends are (nearly) zero — their largest magnitude is below `1e6 / tiny` times the
///   smallest normal double — the result is `(-expander, expander)`.
/// - If the width is at most `tiny` times the largest magnitude, each end moves outwards by
///   `expander` times its own magnitude (or to `±expander` when both are exactly zero).
/// - Otherwise the interval is returned unchanged.
///
/// The ends are swapped into increasing order when `vmax < vmin`, unless `increasing` is false,
/// in which case the original orientation is kept.
///
/// - Parameters:
///   - vmin: one end of the interval.
///   - vmax: the other end.
///   - expander: fraction by which a singular interval is widened.
///   - tiny: width-to-magnitude ratio below which the interval counts as singular.
///   - increasing: whether to return the ends in increasing order.
public func nonsingular(
    _ vmin: Double, _ vmax: Double, expander: Double = 0.001, tiny: Double = 1e-15,
    increasing: Bool = true
) -> (lower: Double, upper: Double) {
    guard vmin.isFinite, vmax.isFinite else { return (-expander, expander) }
    var vmin = vmin
    var vmax = vmax
    var swapped = false
    if vmax < vmin {
        swap(&vmin, &vmax)
        swapped = true
    }
    let maxAbsValue = max(abs(vmin), abs(vmax))
    if maxAbsValue < (1e6 / tiny) * Double.leastNormalMagnitude {
        vmin = -expander
        vmax = expander
    } else if vmax - vmin <= maxAbsValue * tiny {
        if vmax == 0 && vmin == 0 {
            vmin = -expander
            vmax = expander
        } else {
            vmin -= expander * abs(vmin)
            vmax += expander * abs(vmax)
        }
    }
    if swapped && !increasing { swap(&vmin, &vmax) }
    return (vmin, vmax)
}

/// The view limits matplotlib's `Axes.autoscale_view` chooses for a linear axis whose data span
/// `dataMin...dataMax`, with the default style (`axes.autolimit_mode: data`, an `AutoLocator`).
///
/// The steps, in matplotlib's order:
/// 1. The data interval is the finite values among the two ends, in increasing order (if none is
///    finite, `(-inf, inf)`); `Locator.nonsingular` widens a singular one by 5 % of each end's
///    magnitude (so a constant `y = 1` becomes `0.95...1.05`, and `y = 0` becomes `-0.05...0.05`).
/// 2. The margin is added on both sides: `margin × width` (`axes.xmargin`, `axes.ymargin` = 0.05).
/// 3. `MaxNLocator.view_limits` in `data` mode keeps the limits, except for another
///    `nonsingular` pass (`expander` 1e-12, `tiny` 1e-13).
/// 4. `set_xlim`/`set_ylim` apply `Locator.nonsingular` (`expander` 0.05) once more.
///
/// The result is always increasing, whatever the order of `dataMin` and `dataMax`.
///
/// - Parameters:
///   - dataMin: one end of the data interval.
///   - dataMax: the other end of the data interval.
///   - margin: the fraction of the data width added on each side.
/// - Returns: the lower and upper view limits.
public func viewLimits(dataMin: Double, dataMax: Double, margin: Double = 0.05) -> (lower: Double, upper: Double) {
    let finite = [dataMin, dataMax].filter { $0.isFinite }
    var x0 = finite.min() ?? -.infinity
    var x1 = finite.max() ?? .infinity
    // Locator.nonsingular
    (x0, x1) = nonsingular(x0, x1, expander: 0.05)
    // Margins, added in transformed (here: identity) coordinates.
    var delta = (x1 - x0) * margin
    if !delta.isFinite { delta = 0 }
    (x0, x1) = (x0 - delta, x1 + delta)
    // MaxNLocator.view_limits with autolimit_mode 'data'.
    (x0, x1) = nonsingular(x0, x1, expander: 1e-12, tiny: 1e-13)
    // Axis._set_lim: Locator.nonsingular again.
    (x0, x1) = nonsingular(x0, x1, expander: 0.05)
    return (x0, x1)
}
