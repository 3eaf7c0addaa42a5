import ActplotKit
import ArgumentParser
import Chart

/// Options shared by every command that draws: range, samples, derivatives and figure style.
struct ChartOptions: ParsableArguments {
    @Option(
        name: .long, parsing: .unconditional, help: ArgumentHelp("The x interval A:B (default: -10:10).", valueName: "A:B"),
        transform: parsed(PlotRange.init(parsing:)))
    var range = PlotRange(lower: -10, upper: 10)

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Evenly spaced x values from A to B, both included, as numpy.linspace (default: 1000).", valueName: "n"),
        transform: parsed(OptionParsers.samples))
    var samples = 1000

    @Flag(name: .long, help: "Plot the function only.")
    var noDerivative = false

    @Flag(name: .long, help: "Add the second derivative.")
    var secondDerivative = false

    @Option(
        name: .long, parsing: .unconditional, help: ArgumentHelp("Resolution of PNG output in dots per inch (default: 100).", valueName: "n"),
        transform: parsed(OptionParsers.dpi))
    var dpi = 100.0

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Figure size in inches (default: 6.4x4.8; for the gallery, each panel's, 3.2x2.6).", valueName: "WxH"),
        transform: parsed(OptionParsers.size))
    var size: (width: Double, height: Double)?

    @Option(name: .long, help: "Label of the x axis.")
    var xlabel: String?

    @Option(name: .long, help: "Label of the y axis.")
    var ylabel: String?

    @Flag(name: .long, help: "Draw grid lines at the ticks.")
    var grid = false

    @Flag(name: .long, help: "Leave the background transparent.")
    var transparent = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Legend location: best, upper right, upper left, lower left, lower right, right, center left, center right, lower center, upper center, center, or none (default: best).",
            valueName: "loc"),
        transform: parsed(OptionParsers.legend))
    var legend = LegendLocation.best

    @Option(
        name: .long, help: ArgumentHelp("default, or dark (matplotlib's dark_background).", valueName: "theme"),
        transform: parsed(OptionParsers.theme))
    var theme = Theme.default

    /// A request for `functions` with these options, over `base`'s defaults.
    func request(_ functions: [String], base: PlotRequest = PlotRequest(functions: [])) -> PlotRequest {
        var request = base
        request.functions = functions
        request.range = range
        request.samples = samples
        request.derivative = !noDerivative
        request.secondDerivative = secondDerivative
        request.figure.dpi = dpi
        if let size {
            request.figure.widthInches = size.width
            request.figure.heightInches = size.height
        }
        request.figure.xLabel = xlabel
        request.figure.yLabel = ylabel
        request.figure.grid = grid
        request.figure.transparent = transparent
        request.figure.legend = legend
        request.figure.theme = theme
        return request
    }
}
