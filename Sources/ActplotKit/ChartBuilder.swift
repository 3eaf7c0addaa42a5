#if canImport(Glibc)
import Glibc
#endif
import Activations
import CairoRenderer
import Chart
import Dispatch
import Synchronization
import Support

/// Builds the chart of a request's curves: samples every series (in parallel), gives each its
/// look from ``SeriesStyling``, and checks that the chart can be drawn.
public struct ChartBuilder: Sendable {
    public let request: PlotRequest

    public init(request: PlotRequest) {
        self.request = request
    }

    /// The sampler for this request's range and samples. It reduces long samplings to a few
    /// points per pixel column of the default axes box (narrower by `colorbars` colour bars),
    /// over the x view limits (which depend on the range and the margin only).
    func sampler(colorbars: Int = 0) -> CurveSampler {
        let style = request.style
        let view = viewLimits(dataMin: request.range.lower, dataMax: request.range.upper, margin: style.axes.xMargin)
        let box = ChartLayout.axesBox(for: style, colorbars: colorbars)
        let columns = Int((box.width * style.figure.dpi / 72).rounded(.up))
        return CurveSampler(range: request.range, samples: request.samples, view: view, columns: columns)
    }

    /// What measures text: the renderer's FreeType, which gives matplotlib's hinted extents,
    /// or the font's own metrics where its file cannot be read.
    static let measurer: any TextMeasurer = FontMeasurer()

    /// The chart of `curves`, laid out as `--layout` asks, with a warning for each text that does
    /// not fit; an axis too wide to draw is an error.
    public func layout(for curves: [any Curve]) throws(ActplotError) -> (layout: ChartLayout, notes: [String], warnings: [String]) {
        try layout(for: curves.map { CurveFamily(curves: [$0], sweep: nil) })
    }

    /// The chart of `families`: as ``layout(for:)-([any Curve])``, with each swept family
    /// coloured along its colormap (see ``SweepStyling``).
    public func layout(for families: [CurveFamily]) throws(ActplotError) -> (layout: ChartLayout, notes: [String], warnings: [String]) {
        let (spec, notes) = try spec(for: families)
        let (layout, warnings) = ChartLayout.fitted(spec, measurer: ChartBuilder.measurer)
        for (name, axis) in [("x", layout.axes.x), ("y", layout.axes.y)] where !(axis.viewMax - axis.viewMin).isFinite {
            // Ticks and positions on an axis wider than the largest double overflow: an error,
            // not a wrong chart.
            throw .usage(
                "the \(name) axis would run from \(axis.viewMin) to \(axis.viewMax), a span wider than the largest double; narrow --range")
        }
        return (layout, notes, warnings)
    }

    /// The chart of `curves`, and a note for what the reader should know about its limits; a
    /// curve with no finite value at all is an error naming it.
    func spec(for families: [CurveFamily]) throws(ActplotError) -> (spec: ChartSpec, notes: [String]) {
        let curves = families.flatMap(\.curves)
        var spec = ChartSpec()
        spec.style = request.style
        spec.title = request.texts.title
        spec.xLabel = request.texts.xLabel
        spec.yLabel = request.texts.yLabel
        spec.transparent = request.transparent
        spec.legend = request.legend
        spec.layout = request.layout
        spec.xDataRange = (request.range.lower, request.range.upper)
        spec.yLimits = request.yLimits
        let jobs = curves.indices.flatMap { i in request.orders.map { (curve: i, order: $0) } }
        let looks = try SeriesStyling.looks(
            for: families, orders: request.orders, style: request.style, colormaps: request.colormaps)
        let sampled = ChartBuilder.sample(
            jobs.map { (curves[$0.curve], $0.order) }, with: sampler(colorbars: looks.colorbars.count))
        let keys = DataExport.seriesKeys(curves, orders: request.orders).flatMap { $0 }
        // Besides the series, the legend's own entries ("softplus", "derivative") and the colour
        // bars take a --label.
        let entryKeys = looks.keys.compactMap(\.label)
        let relabelled = try ChartBuilder.labels(request.labels, keys: entryKeys + looks.colorbars.map(\.key) + keys)
        func relabel(_ key: String?, _ label: String?) -> String? {
            key.flatMap { relabelled[$0] }.map { $0.isEmpty ? nil : $0 } ?? label
        }
        for (j, ((i, order), part)) in zip(jobs, sampled).enumerated() {
            let curve = curves[i]
            if order == .value && part.pieces.isEmpty {
                throw .usage(
                    "'\(Echo.value(curve.label))' has no finite value on \(request.range.lower):\(request.range.upper)")
            }
            let look = looks.series[j]
            let label = relabel(keys[j], look.label)
            spec.series.append(
                Series(
                    label: label, color: look.color, style: look.lineStyle, width: look.width, pieces: part.pieces,
                    dots: part.dots))
        }
        // Legend entries that stand for a kind of line rather than one curve ("derivative",
        // dashed), drawn after the curves' own.
        spec.series += looks.keys.map {
            Series(label: relabel($0.label, $0.label), color: $0.color, style: $0.lineStyle, width: $0.width, pieces: [])
        }
        spec.colorbars = looks.colorbars.map { bar, key in
            var bar = bar
            bar.label = relabel(key, bar.label)
            return bar
        }
        var notes: [String] = []
        let poles = zip(keys, sampled).filter { !$0.1.poles.isEmpty }
        if let first = poles.first, request.yLimits?.lower == nil || request.yLimits?.upper == nil,
            let bulk = ChartBuilder.bulk(of: spec.series)
        {
            spec.yDataRange = bulk
            let names = poles.map { "'\(Echo.value($0.0))'" }
            let which = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
            notes.append(
                "\(which) \(names.count == 1 ? "runs" : "run") off to infinity at a pole (near x = \(roughly(ChartBuilder.rounded(first.1.poles[0], to: request.range)))); "
                    + "the y axis shows the bulk of the values, \(roughly(bulk.0)) to \(roughly(bulk.1)); set --ylim A:B to choose")
        }
        return (spec, notes)
    }

    /// `x` to a ten-thousandth of the range's order of magnitude, so that a pole found at
    /// 2.5e-309 reads as 0.
    static func rounded(_ x: Double, to range: PlotRange) -> Double {
        let unit = pow(10, (log10(range.upper - range.lower)).rounded(.down) - 4)
        let r = (x / unit).rounded() * unit
        return r == 0 ? 0 : r
    }

    /// The texts `--label KEY=TEXT` gives, by series key. A key may itself hold `=`
    /// (`elu(alpha=2)=ELU`): the longest key that the text starts with, followed by `=`, is the
    /// one meant. `′` and `″` are read as `'` and `''`.
    static func labels(_ given: [String], keys: [String]) throws(ActplotError) -> [String: String] {
        var out: [String: String] = [:]
        for item in given {
            // Every `=` could end the key; the longest key that matches wins.
            var best: (key: String, text: Substring)?
            for i in item.indices where item[i] == "=" {
                let key = String(item[..<i]).replacingPrimes
                if keys.contains(key), key.count >= (best?.key.count ?? 0) { best = (key, item[item.index(after: i)...]) }
            }
            guard let best else {
                let name = item.split(separator: "=", maxSplits: 1).first.map(String.init) ?? item
                let shown = keys.count <= 12 ? keys.joined(separator: ", ") : keys.prefix(10).joined(separator: ", ") + ", … (\(keys.count) in all)"
                throw .usage(
                    "--label '\(Echo.value(item))': nothing in the chart is called '\(Echo.value(name))'; write KEY=TEXT with KEY one of \(shown)")
            }
            out[best.key] = String(best.text)
        }
        return out
    }

    /// The y interval of the bulk of the values, for a chart whose curves run off to infinity at
    /// a pole: the 5th to the 95th percentile of every sampled value, widened by half its width
    /// on each side (never beyond the values themselves). matplotlib's margins then apply as usual.
    static func bulk(of series: [Series]) -> (Double, Double)? {
        var ys = series.flatMap { $0.pieces.flatMap { $0.map(\.y) } }.filter(\.isFinite)
        guard ys.count >= 2 else { return nil }
        ys.sort()
        let low = ys[Int((Double(ys.count - 1) * 0.05).rounded())], high = ys[Int((Double(ys.count - 1) * 0.95).rounded())]
        let widen = (high - low) / 2
        return (max(ys.first!, low - widen), min(ys.last!, high + widen))
    }

    /// Samples every job. A few thousand values are sampled in turn: that takes less time than
    /// starting the threads (a default chart's two curves of 1000 would wait longer for them).
    /// More run one job per core, and long samplings are split in index ranges so that every
    /// core gets an equal share, then joined in order.
    static func sample(_ jobs: [(curve: any Curve, order: DerivativeOrder)], with sampler: CurveSampler)
        -> [CurveSampler.Part]
    {
        guard jobs.count * sampler.samples > 20_000 else {
            return jobs.map { sampler.sample($0.curve, order: $0.order) }
        }
        let chunks = sampler.chunks(cores: max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let work = jobs.indices.flatMap { s in chunks.indices.map { (job: s, chunk: $0) } }
        let parts = Mutex([Int: CurveSampler.Part]())
        DispatchQueue.concurrentPerform(iterations: work.count) { w in
            let (s, c) = work[w]
            let part = sampler.sample(jobs[s].curve, order: jobs[s].order, indices: chunks[c])
            parts.withLock { $0[w] = part }
        }
        let done = parts.withLock { $0 }
        return jobs.indices.map { s in
            CurveSampler.join(chunks.indices.compactMap { c in done[s * chunks.count + c] })
        }
    }
}

extension String {
    /// The text with prime marks written as apostrophes, as CSV headers write them.
    var replacingPrimes: String {
        var out = ""
        for c in self {
            switch c {
            case "′": out += "'"
            case "″": out += "''"
            default: out.append(c)
            }
        }
        return out
    }
}

/// `value` to four significant digits, for messages (`%.4g`).
func roughly(_ value: Double) -> String {
    Printf.format("%.4g", value)
}
