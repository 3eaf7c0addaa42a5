import Activations
import Support
import Chart
import HTMLRenderer

/// The samples an interactive chart embeds, from the same evaluators as every chart: one x grid
/// for all series (the request's linspace, every kink, and points added where a zoomed view
/// would show corners), each series' exact value at every x, its jumps and its poles.
///
/// Dense enough for zoom: wherever a series would show a corner at 8× zoom of the starting
/// view (its value at the middle of two neighbouring samples more than 0.2 pt from the line
/// between them), the interval is halved, up to 64 times finer than the linspace.
enum InteractiveSampling {
    /// The most evenly spaced samples a page embeds: 20,000 (a reader can zoom a 20,000-sample
    /// page 8× on a 4K screen before the curves show their samples).
    static let maxSamples = 20_000
    /// The zoom up to which curves show no corners, and the gap from the true curve that
    /// counts as one, in points.
    static let zoom = 8.0
    static let tolerance = 0.2
    static let maxDepth = 6

    /// Samples `curves` at `orders` (series in ChartBuilder's order: each curve's orders in
    /// turn) over `range`; `yScale` is the starting view's points per y unit.
    static func grid(curves: [any Curve], orders: [DerivativeOrder], range: PlotRange, samples: Int, yScale: Double)
        -> SampleGrid
    {
        let linspace = Array(Linspace(from: range.lower, through: range.upper, count: min(samples, maxSamples)))
        return grid(curves: curves, orders: orders, base: linspace, range: range, yScale: yScale)
    }

    /// Samples `curves` at the x of `base` (increasing, within `range`) and at their kinks;
    /// with a `yScale`, refined for zoom.
    static func grid(curves: [any Curve], orders: [DerivativeOrder], base: [Double], range: PlotRange, yScale: Double?)
        -> SampleGrid
    {
        let functions = curves.flatMap { curve in orders.map { (curve: curve, f: curve.evaluator($0)) } }
        var kinks: [Double] = []
        for curve in curves { kinks += curve.kinks.filter { $0 >= range.lower && $0 <= range.upper } }
        var xs = base + kinks
        xs.sort()
        xs = xs.enumerated().filter { $0.offset == 0 || $0.element != xs[$0.offset - 1] }.map(\.element)
        var values = functions.map { fn in xs.map(fn.f) }
        // Each series' jumps, by the x of their kink.
        var jumps: [[Double: (left: Double, right: Double)]] = Array(repeating: [:], count: functions.count)
        var dots: [[Series.Dot]] = Array(repeating: [], count: functions.count)
        for (s, fn) in functions.enumerated() {
            var previous = -Double.infinity
            for k in fn.curve.kinks where k >= range.lower && k <= range.upper && k > previous {
                previous = k
                let kink = CurveSampler.kink(k, fn.f, in: range)
                if let jump = kink.jump { jumps[s][k] = jump }
                dots[s] += kink.dots
            }
        }
        if let yScale { (xs, values) = refined(xs, values, functions.map(\.f), jumps: jumps, yScale: yScale) }
        let series = functions.indices.map { s -> SampleGrid.Series in
            var out = SampleGrid.Series(values: values[s], dots: dots[s])
            // Jumps by grid index (kinks are on the grid), and where none may be joined across.
            var atJump = [Bool](repeating: false, count: xs.count)
            for (k, jump) in jumps[s].sorted(by: { $0.key < $1.key }) {
                let i = CurveSampler.firstIndex(in: xs, atOrAbove: k)
                guard i < xs.count, xs[i] == k else { continue }
                out.jumps.append(.init(index: i, left: jump.left, right: jump.right))
                atJump[i] = true
            }
            let f = functions[s].f, ys = values[s]
            for i in 0..<max(0, xs.count - 1) where !atJump[i] && !atJump[i + 1] {
                // Only a sign change between two finite samples can hide a pole.
                let (a, b) = (ys[i], ys[i + 1])
                guard (a < 0 && b > 0) || (a > 0 && b < 0), a.isFinite, b.isFinite else { continue }
                if PieceBuilder.pole(between: Point(xs[i], a), and: Point(xs[i + 1], b), of: f) != nil { out.breaks.append(i) }
            }
            return out
        }
        return SampleGrid(x: xs, series: series)
    }

    /// The grid with midpoints added, recursively, wherever a line between two samples of a
    /// series strays from the series by more than the tolerance at 8× zoom.
    static func refined(
        _ xs: [Double], _ values: [[Double]], _ functions: [(Double) -> Double],
        jumps: [[Double: (left: Double, right: Double)]], yScale: Double
    ) -> ([Double], [[Double]]) {
        let limit = tolerance / (zoom * yScale)
        guard limit > 0, limit.isFinite, xs.count > 1 else { return (xs, values) }
        var outX: [Double] = []
        var outY: [[Double]] = values.map { _ in [] }
        outX.reserveCapacity(xs.count)
        func column(_ i: Int) -> [Double] { values.map { $0[i] } }
        // Appends the points strictly between a and b that the tolerance asks for, in order.
        func refine(_ a: (x: Double, y: [Double]), _ b: (x: Double, y: [Double]), depth: Int) {
            let x = a.x + (b.x - a.x) / 2
            guard depth < maxDepth, x > a.x, x < b.x else { return }
            var mid: [Double]?
            for s in functions.indices {
                let ya = jumps[s][a.x]?.right ?? a.y[s], yb = jumps[s][b.x]?.left ?? b.y[s]
                guard ya.isFinite, yb.isFinite else { continue }
                if mid == nil { mid = functions.map { $0(x) } }
                if !(abs(mid![s] - (ya + (yb - ya) / 2)) <= limit) {
                    let m = (x: x, y: mid!)
                    refine(a, m, depth: depth + 1)
                    outX.append(x)
                    for t in functions.indices { outY[t].append(m.y[t]) }
                    refine(m, b, depth: depth + 1)
                    return
                }
            }
        }
        for i in xs.indices {
            if i > 0 { refine((xs[i - 1], column(i - 1)), (xs[i], column(i)), depth: 0) }
            outX.append(xs[i])
            for s in values.indices { outY[s].append(values[s][i]) }
        }
        return (outX, outY)
    }

    /// Curves of one function that differ in one parameter only, three or more of them: a
    /// parameter sweep, which the page gives a slider. Members are in increasing order of the
    /// parameter; each member's series are its orders.
    static func families(_ curves: [any Curve], orders: Int) -> [SeriesFamily] {
        var names: [String] = []
        for curve in curves where !names.contains(curve.name) { names.append(curve.name) }
        return names.compactMap { name -> SeriesFamily? in
            let members = curves.indices.filter { curves[$0].name == name }
            guard members.count >= 3 else { return nil }
            let settings = members.map { curves[$0].settings }
            guard let first = settings.first, !first.isEmpty, settings.allSatisfy({ $0.map(\.name) == first.map(\.name) })
            else { return nil }
            let varying = first.indices.filter { p in Set(settings.map { $0[p].value }).count > 1 }
            guard varying.count == 1, let p = varying.first, Set(settings.map { $0[p].value }).count == members.count
            else { return nil }
            let ordered = zip(members, settings).sorted { a, b in
                (NumberSyntax.double(a.1[p].value) ?? 0) < (NumberSyntax.double(b.1[p].value) ?? 0)
            }
            return SeriesFamily(
                parameter: first[p].name, values: ordered.map { $0.1[p].value },
                members: ordered.map { c in (0..<orders).map { c.0 * orders + $0 } })
        }
    }

    /// What the chart shows, for a screen reader: the functions, the range, each function's
    /// kinks and each series' jumps.
    static func summary(curves: [any Curve], orders: [DerivativeOrder], labels: [String?], samples: SampleGrid, range: PlotRange) -> String {
        func n(_ v: Double) -> String { String(NumberFormat.shortest(v).map { $0 == "-" ? "−" : $0 }) }
        var text = "Line chart of \(title(curves: curves, orders: orders)), x from \(n(range.lower)) to \(n(range.upper))."
        for (c, curve) in curves.enumerated() {
            let kinks = curve.kinks.filter { $0 >= range.lower && $0 <= range.upper }
            var parts: [String] = []
            if !kinks.isEmpty {
                let shown = kinks.prefix(8).map(n).joined(separator: ", ") + (kinks.count > 8 ? " and \(kinks.count - 8) more" : "")
                parts.append("\(kinks.count == 1 ? "kink" : "kinks") at x = \(shown)")
            }
            for (o, _) in orders.enumerated() {
                let s = c * orders.count + o
                guard s < samples.series.count else { continue }
                let jumps = samples.series[s].jumps.prefix(8).map { j -> String in
                    let value = samples.series[s].values[j.index]
                    return "at x = \(n(samples.x[j.index])) from \(n(j.left)) to \(n(j.right))"
                        + (value.isFinite ? ", value \(n(value)) there" : "")
                }
                if !jumps.isEmpty { parts.append("\(labels[s] ?? curve.label(orders[o])) jumps " + jumps.joined(separator: "; ")) }
            }
            text += " \(curve.label): " + (parts.isEmpty ? "smooth over the range." : parts.joined(separator: "; ") + ".")
        }
        return text
    }

    /// "relu and its derivative", "sigmoid and tanh with their derivatives".
    static func title(curves: [any Curve], orders: [DerivativeOrder]) -> String {
        let names = curves.map(\.label)
        let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
        let many = names.count > 1
        switch (orders.contains(.first), orders.contains(.second)) {
        case (true, true): return "\(list) with \(many ? "their" : "its") first and second derivatives"
        case (true, false): return "\(list) and \(many ? "their derivatives" : "its derivative")"
        case (false, true): return "\(list) and \(many ? "their" : "its") second \(many ? "derivatives" : "derivative")"
        case (false, false): return list
        }
    }
}
