#if canImport(Glibc)
import Glibc
#endif

/// matplotlib's `ticker.LogLocator` in base 10: ticks at powers of ten (the major locator,
/// `subs=(1.0,)`), or at 2…9 times them (the minor locator of a log axis, `subs='auto'`).
///
/// The decades are strided so that at most the axis' tick space of them (clipped to 2…9; 15 in
/// classic mode) get a tick, with one decade beyond each end as matplotlib computes (those are
/// not drawn). A minor locator gives no ticks once the decades are strided, and falls back to
/// the `AutoLocator` where the view holds at most one tick otherwise.
public struct LogLocator: Sendable, Equatable {
    /// Which multiples of the powers of ten get ticks.
    public enum Subs: Sendable, Equatable {
        /// The powers of ten themselves: the major ticks.
        case decades
        /// 2, 3, …, 9 times each power of ten: the minor ticks (`subs='auto'`).
        case auto
    }

    /// The multiples.
    public var subs: Subs
    /// matplotlib's classic style (`_internal.classic_mode`): at most 15 decade ticks, with
    /// the historic stride formula.
    public var classic: Bool

    /// Creates a locator.
    public init(subs: Subs = .decades, classic: Bool = false) {
        self.subs = subs
        self.classic = classic
    }

    /// `LogLocator.tick_values(vmin, vmax)` on an axis with room for `tickSpace` labels
    /// (`Axis.get_tick_space`): ticks spanning the view, possibly one beyond either end. Both
    /// ends must be positive and finite; otherwise there are no ticks (matplotlib raises).
    public func tickValues(vmin: Double, vmax: Double, tickSpace: Int) -> [Double] {
        var (vmin, vmax) = (vmin, vmax)
        guard vmin > 0, vmax > 0, vmin.isFinite, vmax.isFinite else { return [] }
        if vmax < vmin { swap(&vmin, &vmax) }
        var nRequest = classic ? 15 : min(max(tickSpace, 2), 9)
        let efmin = log10(vmin), efmax = log10(vmax)
        let emin = Int(efmin.rounded(.up)), emax = Int(efmax.rounded(.down))
        let nAvail = emax - emin + 1

        let multiples: [Double]
        switch subs {
        case .decades:
            multiples = [1]
        case .auto:
            if nAvail >= 10 { return [] }
            multiples = (2...9).map(Double.init)
        }

        var stride: Int
        var decades: [Int]
        if classic {
            stride = max(Int((Double(nAvail - 1) / Double(nRequest - 1)).rounded(.up)), 1)
            decades = Array(Swift.stride(from: emin - stride, to: emax + stride + 1, by: stride))
        } else {
            // The most ticks, no more than requested, that a stride can give (matplotlib's
            // comments walk through it): floor(nAvail / s) < nRequest + 1.
            stride = nAvail / (nRequest + 1) + 1
            let nr = (nAvail + stride - 1) / stride
            if nr <= nRequest { nRequest = nr }
            if nRequest == 0 {
                // No decade in view: the two just outside.
                decades = [emin - 1, emax + 1]
                stride = decades[1] - decades[0]
            } else if nRequest == 1 {
                // One tick near the middle of the view.
                let mid = Int(((efmin + efmax) / 2).rounded(.toNearestOrEven))
                stride = max(mid - (emin - 1), (emax + 1) - mid)
                decades = [mid - stride, mid, mid + stride]
            } else {
                // The largest stride that still gives nRequest ticks, and an offset that puts
                // the ticks on multiples of the stride when the bounds allow.
                stride = (nAvail - 1) / (nRequest - 1)
                if Double(stride) < Double(nAvail) / Double(nRequest) { stride = nAvail / nRequest }
                let olo = max(nAvail - stride * nRequest, 0)
                let ohi = min(nAvail - stride * (nRequest - 1), stride)
                var offset = LogLocator.pythonModulo(-emin, stride)
                if !(olo <= offset && offset < ohi) { offset = olo }
                decades = Array(Swift.stride(from: emin + offset - stride, to: emax + stride + 1, by: stride))
            }
        }

        let ticks: [Double]
        if subs == .auto {
            // Minor ticks start in the decade before the first major one, and only when every
            // decade has a major tick.
            ticks = stride == 1 || nAvail <= 1
                ? (emin - 1..<emax + 1).flatMap { decade in multiples.map { $0 * PythonFloat.pow10(Double(decade)) } } : []
            let inView = ticks.filter { vmin <= $0 && $0 <= vmax }.count
            if stride == 1 && decades.count - 2 + inView <= 1 {
                // Too few ticks to read the axis by: matplotlib switches to an AutoLocator (with
                // no axis, so nine bins).
                let auto = classic ? MaxNLocator(nbins: 9, steps: [1, 2, 5, 10]) : MaxNLocator(nbins: 9)
                return auto.tickValues(vmin: vmin, vmax: vmax)
            }
        } else {
            ticks = decades.map { PythonFloat.pow10(Double($0)) }
        }
        return ticks.count <= MaxNLocator.maxTicks ? ticks : []
    }

    /// Python's `a % b` for integers: the sign of `b`.
    static func pythonModulo(_ a: Int, _ b: Int) -> Int {
        let r = a % b
        return r != 0 && (r < 0) != (b < 0) ? r + b : r
    }
}
