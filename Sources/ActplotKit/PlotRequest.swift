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

    /// The largest image actplot renders, in pixels.
    public static let maxPixels = 100_000_000
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
        let width = (widthInches * dpi).rounded(), height = (heightInches * dpi).rounded()
        if width * height > Double(PlotRequest.maxPixels) {
            throw .usage(
                "--size and --dpi give \(wholeNumber(width))×\(wholeNumber(height)) pixels; at most 100 megapixels are allowed")
        }
        if (widthInches * dpi).rounded() < 1 || (heightInches * dpi).rounded() < 1 {
            throw .usage("--size and --dpi give an image less than one pixel wide or high")
        }
    }
}

/// A whole number of pixels for messages: digits when it fits, else the double's own notation.
func wholeNumber(_ value: Double) -> String {
    value.isFinite && abs(value) < 1e15 ? String(Int64(value)) : value.description
}
