#if canImport(Glibc)
import Glibc
#endif
import Activations
import Chart
import Dispatch
import Synchronization

/// Builds a chart from curves the way the article draws them: one function in tab:blue with its
/// derivative in tab:orange; several functions each in its own colour, derivatives dashed.
public struct ChartBuilder: Sendable {
    public let request: PlotRequest

    public init(request: PlotRequest) {
        self.request = request
    }

    /// The figure options of the request, without series.
    var baseSpec: ChartSpec {
        var spec = request.figure
        spec.xDataRange = (request.range.lower, request.range.upper)
        return spec
    }

    /// An axis whose span is wider than the largest double cannot be mapped onto the page (its
    /// ticks and positions overflow): a usage error instead of a wrong chart.
    static func checkAxes(of spec: ChartSpec) throws(ActplotError) {
        let axes = ChartLayout(spec).axes
        for (name, axis) in [("x", axes.x), ("y", axes.y)] where !(axis.viewMax - axis.viewMin).isFinite {
            throw .usage(
                "the \(name) axis would run from \(axis.viewMin) to \(axis.viewMax), a span wider than the largest double; narrow --range")
        }
    }

    /// The sampler for this request's range, samples and figure geometry.
    var sampler: CurveSampler {
        let layout = ChartLayout(baseSpec)
        let box = layout.axesBox
        let x = layout.axes.x
        let columns = Int((box.width * request.figure.dpi / 72).rounded(.up))
        return CurveSampler(
            range: request.range, samples: request.samples, view: (x.viewMin, x.viewMax), columns: columns)
    }

    /// The chart of `curves`; a curve with no finite value at all is an error naming it.
    /// Series are sampled in parallel, long ones in index ranges shared across the cores.
    public func spec(for curves: [Curve]) throws(ActplotError) -> ChartSpec {
        var spec = baseSpec
        let sampler = self.sampler
        let cycle = request.figure.theme.cycle
        let single = curves.count == 1
        let series = curves.indices.flatMap { i in request.orders.map { (curve: i, order: $0) } }
        // Long samplings are split in index ranges so that every core gets an equal share.
        let chunks = sampler.chunks(cores: max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let jobs = series.indices.flatMap { s in chunks.indices.map { (series: s, chunk: $0) } }
        let parts = Mutex([Int: CurveSampler.Part]())
        DispatchQueue.concurrentPerform(iterations: jobs.count) { j in
            let (s, c) = jobs[j]
            let part = sampler.sample(curves[series[s].curve], order: series[s].order, indices: chunks[c])
            parts.withLock { $0[j] = part }
        }
        let done = parts.withLock { $0 }
        let sampled = series.indices.map { s in
            CurveSampler.join(chunks.indices.compactMap { c in done[s * chunks.count + c] })
        }
        for (j, (i, order)) in series.enumerated() {
            let (pieces, dots) = sampled[j]
            let curve = curves[i]
            if order == 0 && pieces.isEmpty {
                throw .usage("'\(curve.label)' has no finite value on \(request.range.lower):\(request.range.upper)")
            }
            let color = single ? cycle[order % cycle.count] : cycle[i % cycle.count]
            let style: Series.LineStyle = single ? .solid : [.solid, .dashed, .dotted][min(order, 2)]
            spec.series.append(
                Series(
                    label: ChartBuilder.label(curve.label, order: order, single: single), color: color,
                    style: style, pieces: pieces, dots: dots))
        }
        try ChartBuilder.checkAxes(of: spec)
        return spec
    }

    /// Legend entries: `NAME`, `derivative`, `second derivative` for one function; `NAME`, `NAME′`,
    /// `NAME″` for several.
    static func label(_ name: String, order: Int, single: Bool) -> String {
        switch (order, single) {
        case (0, _): name
        case (1, true): "derivative"
        case (2, true): "second derivative"
        case (1, false): name + "′"
        default: name + "″"
        }
    }
}
