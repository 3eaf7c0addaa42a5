import Activations
import Chart
import Support

/// `actplot gallery`: one image of small multiples, each function with its derivative in its own
/// titled panel.
public struct GalleryRequest: Sendable {
    public var output: String
    /// Overrides the extension's format; required with `-o -`.
    public var format: OutputFormat?
    public var functions: [String] = Catalog.functions.map(\.name)
    public var columns = 6
    /// Options shared by every panel: range, samples, style; its figure size is one panel's.
    public var template = PlotRequest(functions: [])

    public init(output: String) {
        self.output = output
        template.style.figure.width = GalleryLayout.defaultPanelSize.width
        template.style.figure.height = GalleryLayout.defaultPanelSize.height
    }
}

public enum GalleryRenderer {
    /// The poster's title.
    static let title = "Activation functions f(x) and their derivatives f′(x)"

    @discardableResult
    public static func run(_ request: GalleryRequest) throws(ActplotError) -> String {
        let format = try OutputFormat.resolve(path: request.output, chosen: request.format)
        guard format.isChart else {
            throw .usage(
                "the gallery is an image; write it as \(OutputFormat.extensionList(OutputFormat.charts)), not '\(Echo.value(request.output))'")
        }
        if request.columns < 1 { throw .usage("--columns must be at least 1") }
        var template = request.template
        template.legend = .hidden
        template.functions = request.functions
        try template.validate()
        let columns = min(request.columns, max(1, request.functions.count))
        if format.isRaster {
            let figure = template.style.figure
            let size = GalleryLayout.size(
                panel: (figure.width * 72, figure.height * 72), count: request.functions.count, columns: columns, titled: true)
            try PlotRequest.checkRaster(
                width: size.width / 72 * figure.dpi, height: size.height / 72 * figure.dpi, what: "the gallery would be")
        }
        var panels: [ChartSpec] = []
        for name in request.functions {
            var panelRequest = template
            panelRequest.functions = [name]
            let curve = try CurveResolver.curve(for: name)
            panelRequest.texts.title = curve.label
            panels.append(try ChartBuilder(request: panelRequest).layout(for: [curve]).layout.spec)
        }
        let scene = GalleryLayout(panels: panels, columns: columns, title: title, measurer: ChartBuilder.measurer).scene()
        try Plotter.writeAtomically(request.output) { file throws(ActplotError) in
            try Plotter.render(scene, as: format, style: template.style, to: file)
        }
        return request.output
    }
}
