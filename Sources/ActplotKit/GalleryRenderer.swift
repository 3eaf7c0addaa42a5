import Activations
import Chart

/// `actplot gallery`: one image of small multiples, each function with its derivative in its own
/// titled panel.
public struct GalleryRequest: Sendable {
    public var output: String
    public var functions: [String] = Catalog.functions.map(\.name)
    public var columns = 6
    /// Options shared by every panel: range, samples, dpi, theme…
    public var template = PlotRequest(functions: [])
    public var panelWidthInches = 3.2
    public var panelHeightInches = 2.6

    public init(output: String) {
        self.output = output
    }
}

public enum GalleryRenderer {
    @discardableResult
    public static func run(_ request: GalleryRequest) throws(ActplotError) -> String {
        let format = try OutputFormat.infer(fromPath: request.output)
        guard format != .csv else {
            throw .usage("the gallery is an image; write it as .png, .svg or .pdf, not '\(request.output)'")
        }
        if request.columns < 1 { throw .usage("--columns must be at least 1") }
        var template = request.template
        template.figure.widthInches = request.panelWidthInches
        template.figure.heightInches = request.panelHeightInches
        template.figure.legend = .none
        template.functions = request.functions
        try template.validate()
        var panels: [ChartSpec] = []
        for name in request.functions {
            var panelRequest = template
            panelRequest.functions = [name]
            let curve = try CurveResolver.curve(for: name)
            var spec = try ChartBuilder(request: panelRequest).spec(for: [curve])
            spec.title = curve.label
            panels.append(spec)
        }
        let columns = min(request.columns, max(1, panels.count))
        let rows = (panels.count + columns - 1) / columns
        let pixels = Double(columns) * request.panelWidthInches * template.figure.dpi
            * (Double(rows) * request.panelHeightInches + 40.0 / 72) * template.figure.dpi
        if pixels > Double(PlotRequest.maxPixels) {
            throw .usage("the gallery would have \(wholeNumber(pixels)) pixels; lower --dpi (at most 100 megapixels)")
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
