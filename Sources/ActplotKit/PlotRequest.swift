import Chart

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
    /// Figure size, resolution, labels and style; its series and x range are filled in later.
    public var figure = ChartSpec()

    /// The orders plotted for each function: 0 for the value, 1 and 2 for the derivatives.
    public var orders: [Int] {
        [0] + (derivative ? [1] : []) + (secondDerivative ? [2] : [])
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

    /// Checks across options; every message names the option and what it accepts.
    public func validate() throws(ActplotError) {
        if functions.isEmpty {
            throw .usage("no function given; name one or more, such as 'actplot relu' ('actplot list' shows them all)")
        }
        if samples < 2 {
            throw .usage("--samples \(samples) is too few; give at least 2 (the default is 1000)")
        }
        if samples > PlotRequest.maxSamples {
            throw .usage("--samples \(samples) is too many; at most \(PlotRequest.maxSamples) are allowed")
        }
        let (widthInches, heightInches, dpi) = (figure.widthInches, figure.heightInches, figure.dpi)
        if !(dpi > 0) || !dpi.isFinite {
            throw .usage("--dpi must be a positive number, such as 100 or 200")
        }
        if !(widthInches > 0) || !(heightInches > 0) || !widthInches.isFinite || !heightInches.isFinite {
            throw .usage("--size must be two positive numbers of inches WxH, such as 6.4x4.8")
        }
    }

    /// The limits of the output format, checked before any work: a PNG of at least one pixel,
    /// at most 32767 on a side and 100 megapixels in all. Vector formats and CSV have none.
    public func checkCanvas(for format: OutputFormat) throws(ActplotError) {
        guard format == .png else { return }
        try PlotRequest.checkRaster(width: figure.widthInches * figure.dpi, height: figure.heightInches * figure.dpi)
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
    value.isFinite && abs(value) < 1e15 ? String(Int64(value)) : value.description
}
