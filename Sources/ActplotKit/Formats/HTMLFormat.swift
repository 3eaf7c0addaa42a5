import Activations
import Support
import Chart
import HTMLRenderer

/// What an interactive page is written from: the chart as laid out for the request, and the
/// curves it shows, which the page samples densely enough to zoom into.
public struct ChartPageInput {
    public let layout: ChartLayout
    public let curves: [any Curve]
    public let request: PlotRequest
}

extension OutputFormat {
    /// One self-contained HTML page: the chart as the SVG output draws it, with a crosshair that
    /// reads the samples, a legend that hides series, zoom that re-ticks as matplotlib does, and
    /// a slider for a parameter sweep. No request leaves the page.
    public static let html = OutputFormat(name: "html", extensions: ["html", "htm"], kind: .page(HTMLWriter.write))
}

/// Samples the curves for the page and writes it.
enum HTMLWriter {
    static func write(_ input: ChartPageInput, to file: OutputFile) throws(ActplotError) {
        let chart = interactiveChart(input)
        let page: String
        do {
            page = try ChartPage.html(chart)
        } catch {
            throw .io("cannot render '\(Echo.value(file.path))': \(error)")
        }
        var bytes = Array(page.utf8)
        let ok = bytes.withUnsafeMutableBytes { file.write(UnsafeRawBufferPointer($0)) }
        if !ok { throw .io("cannot write '\(Echo.value(file.path))': \(file.failureReason ?? "write failed")") }
    }

    /// The page's model: the layout, the dense samples, the families and the accessible texts.
    static func interactiveChart(_ input: ChartPageInput) -> InteractiveChart {
        let request = input.request, layout = input.layout
        let yScale = layout.axesBox.height / (layout.axes.y.viewMax - layout.axes.y.viewMin)
        let samples = InteractiveSampling.grid(
            curves: input.curves, orders: request.orders, range: request.range, samples: request.samples, yScale: yScale)
        let labels = layout.spec.series.map(\.label)
        return InteractiveChart(
            layout: layout, samples: samples,
            families: InteractiveSampling.families(input.curves, orders: request.orders.count),
            title: request.texts.title ?? InteractiveSampling.title(curves: input.curves, orders: request.orders),
            summary: InteractiveSampling.summary(
                curves: input.curves, orders: request.orders, labels: labels, samples: samples, range: request.range))
    }
}
