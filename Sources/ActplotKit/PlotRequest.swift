import Activations
import Chart
import Support

/// The texts of a figure.
public struct FigureTexts: Sendable, Equatable {
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?

    public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }
}

/// Everything one `actplot FUNCTION...` invocation asks for, already parsed.
public struct PlotRequest: Sendable {
    /// Function specs as typed: catalog names with parameters, or expressions.
    public var functions: [String]
    public var range = PlotRange(lower: -10, upper: 10)
    public var samples = 1000
    public var derivative = true
    public var secondDerivative = false
    /// `nil` writes `NAME.png` in the current folder; `-` writes to standard output.
    public var output: String?
    /// Overrides the extension's format; required with `-o -`.
    public var format: OutputFormat?
    /// The look, including the figure's size and dpi (`figure.figsize`, `figure.dpi`) and the grid.
    public var style = Style.matplotlib
    public var texts = FigureTexts()
    /// No figure or axes background.
    public var transparent = false
    /// Where the legend goes; nil takes the style's `legend.loc`.
    public var legend: LegendLocation?
    /// How the axes box is chosen (`--layout`).
    public var layout = LayoutMode.auto
    /// Fixed y view limits (`--ylim`); a nil end stays automatic.
    public var yLimits: (lower: Double?, upper: Double?)?
    /// Legend texts by series key, as `KEY=TEXT` (`--label`).
    public var labels: [String] = []
    /// `--vary NAME=VALUES`: one curve per value for each function with that parameter.
    public var sweep: ParameterSweep?
    /// `--cmap`: the colormaps of swept families, in order; empty takes ``SweepStyling/defaultColormaps``.
    public var colormaps: [String] = []
    /// How a chart is shown on a terminal or as text (`--term-mode`, `--cells`).
    public var terminal = TerminalOptions()

    /// The curves plotted for each function: the value, then the derivatives asked for.
    public var orders: [DerivativeOrder] {
        [.value] + (derivative ? [.first] : []) + (secondDerivative ? [.second] : [])
    }

    public init(functions: [String]) {
        self.functions = functions
    }

    /// The largest PNG actplot renders, in pixels.
    public static let maxPixels = 100_000_000
    /// The most pixels on one side of a PNG: Cairo's image surfaces stop at 32767.
    public static let maxPixelSide = 32767
    /// The most samples a request may ask for: CSV streams them, charts reduce them per pixel.
    public static let maxSamples = 1_000_000_000

    /// Checks across options. Each option's own value was checked where it was parsed
    /// (``OptionParsers``, ``PlotRange``); this adds what needs the whole request.
    public func validate() throws(ActplotError) {
        if functions.isEmpty {
            throw .usage("no function given; name one or more, such as 'actplot relu' ('actplot list' shows them all)")
        }
        try checkMath()
    }

    /// The limits of the output format, checked before any work: a PNG of at least one pixel,
    /// at most 32767 on a side and 100 megapixels in all. Vector formats and CSV have none.
    public func checkCanvas(for format: OutputFormat) throws(ActplotError) {
        guard format.isRaster else { return }
        try PlotRequest.checkRaster(width: style.figure.width * style.figure.dpi, height: style.figure.height * style.figure.dpi)
    }

    /// The PNG limits for an image of `width`×`height` pixels (before rounding).
    static func checkRaster(width: Double, height: Double, what: String = "--size and --dpi give") throws(ActplotError) {
        let (w, h) = (width.rounded(), height.rounded())
        if w < 1 || h < 1 {
            throw .usage("\(what) an image less than one pixel wide or high")
        }
        if w > Double(maxPixelSide) || h > Double(maxPixelSide) {
            throw .usage(
                "\(what) \(wholeNumber(w))×\(wholeNumber(h)) pixels; a PNG can have at most \(maxPixelSide) on a side (write .svg or .pdf, or lower --dpi)")
        }
        if w * h > Double(maxPixels) {
            throw .usage("\(what) \(wholeNumber(w))×\(wholeNumber(h)) pixels; at most 100 megapixels are allowed in a PNG")
        }
    }
}

/// A whole number of pixels for messages: digits when it fits, else the double's own notation.
func wholeNumber(_ value: Double) -> String {
    NumberFormat.shortest(value)
}
