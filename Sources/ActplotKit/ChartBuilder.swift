#if canImport(Glibc)
import Glibc
#endif
import Activations
import Chart
import Dispatch
import Synchronization

/// Builds the chart of a request's curves: samples every series (in parallel), gives each its
/// look from ``SeriesStyling``, and checks that the chart can be drawn.
public struct ChartBuilder: Sendable {
    public let request: PlotRequest

    public init(request: PlotRequest) {
        self.request = request
    }

    /// The sampler for this request's range and samples. It reduces long samplings to a few
    /// points per pixel column of the default axes box, over the x view limits (which depend on
    /// the range and the margin only).
    var sampler: CurveSampler {
        let style = request.style
        let view = viewLimits(dataMin: request.range.lower, dataMax: request.range.upper, margin: style.axes.xMargin)
        let columns = Int((ChartLayout.axesBox(for: style).width * style.figure.dpi / 72).rounded(.up))
        return CurveSampler(range: request.range, samples: request.samples, view: view, columns: columns)
    }

    /// The chart of `curves`, laid out; an axis too wide to draw is an error.
    public func layout(for curves: [any Curve]) throws(ActplotError) -> ChartLayout {
        let layout = ChartLayout(try spec(for: curves))
        for (name, axis) in [("x", layout.axes.x), ("y", layout.axes.y)] where !(axis.viewMax - axis.viewMin).isFinite {
            // Ticks and positions on an axis wider than the largest double overflow: an error,
            // not a wrong chart.
            throw .usage(
                "the \(name) axis would run from \(axis.viewMin) to \(axis.viewMax), a span wider than the largest double; narrow --range")
        }
        return layout
    }

    /// The chart of `curves`; a curve with no finite value at all is an error naming it.
    func spec(for curves: [any Curve]) throws(ActplotError) -> ChartSpec {
        var spec = ChartSpec()
        spec.style = request.style
        spec.title = request.texts.title
        spec.xLabel = request.texts.xLabel
        spec.yLabel = request.texts.yLabel
        spec.transparent = request.transparent
        spec.legend = request.legend
        spec.xDataRange = (request.range.lower, request.range.upper)
        let jobs = curves.indices.flatMap { i in request.orders.map { (curve: i, order: $0) } }
        let sampled = ChartBuilder.sample(jobs.map { (curves[$0.curve], $0.order) }, with: sampler)
        let styling = SeriesStyling.policy(functions: curves.count)
        for ((i, order), (pieces, dots)) in zip(jobs, sampled) {
            let curve = curves[i]
            if order == .value && pieces.isEmpty {
                throw .usage(
                    "'\(Echo.value(curve.label))' has no finite value on \(request.range.lower):\(request.range.upper)")
            }
            let look = styling.look(function: i, name: curve.label, order: order, style: request.style)
            spec.series.append(
                Series(label: look.label, color: look.color, style: look.lineStyle, pieces: pieces, dots: dots))
        }
        return spec
    }

    /// Samples every job. Short samplings run one job per core; long ones are split in index
    /// ranges so that every core gets an equal share, then joined in order.
    static func sample(_ jobs: [(curve: any Curve, order: DerivativeOrder)], with sampler: CurveSampler)
        -> [(pieces: [[Point]], dots: [Series.Dot])]
    {
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
