import Activations
import Chart

/// `actplot gallery`: one image of small multiples, each function with its derivative in its own
/// titled panel.
public struct GalleryRequest: Sendable {
    public var output: String
    /// Overrides the extension's format; required with `-o -`.
    public var format: OutputFormat?
    public var functions: [String] = Catalog.functions.map(\.name)
    public var columns = 6
    /// Options shared by every panel: range, samples, dpi, theme, and the panel size (`--size`).
    public var template = PlotRequest(functions: [])
    /// The size of one panel when `--size` is not given.
    public static let defaultPanelSize = (width: 3.2, height: 2.6)

    public init(output: String) {
        self.output = output
        template.figure.widthInches = GalleryRequest.defaultPanelSize.width
        template.figure.heightInches = GalleryRequest.defaultPanelSize.height
    }
}

public enum GalleryRenderer {
    /// Space above the panels for the poster's title, in inches.
    static let headerInches = 40.0 / 72

    @discardableResult
    public static func run(_ request: GalleryRequest) throws(ActplotError) -> String {
        let format = try OutputFormat.resolve(path: request.output, chosen: request.format)
        guard format != .csv else {
            throw .usage("the gallery is an image; write it as .png, .svg or .pdf, not '\(Echo.value(request.output))'")
        }
        if request.columns < 1 { throw .usage("--columns must be at least 1") }
        var template = request.template
        template.figure.legend = .none
        template.functions = request.functions
        try template.validate()
        let columns = min(request.columns, max(1, request.functions.count))
        let rows = (request.functions.count + columns - 1) / columns
        if format == .png {
            let dpi = template.figure.dpi
            try PlotRequest.checkRaster(
                width: Double(columns) * template.figure.widthInches * dpi,
                height: (Double(rows) * template.figure.heightInches + headerInches) * dpi, what: "the gallery would be")
        }
        var panels: [ChartSpec] = []
        for name in request.functions {
            var panelRequest = template
            panelRequest.functions = [name]
            let curve = try CurveResolver.curve(for: name)
            var spec = try ChartBuilder(request: panelRequest).spec(for: [curve])
            spec.title = curve.label
            panels.append(spec)
        }
        let title = "Activation functions f(x) and their derivatives f′(x)"
        let scene = GalleryLayout(
            panels: panels, columns: columns, title: title, dpi: template.figure.dpi, theme: template.figure.theme
        ).scene()
        try Plotter.writeAtomically(request.output) { file throws(ActplotError) in
            try Plotter.render(scene, as: format, to: file)
        }
        return request.output
    }
}
