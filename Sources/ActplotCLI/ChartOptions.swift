import ActplotKit
import ArgumentParser
import Chart

/// Options shared by every command that draws: range, samples, derivatives and figure style.
struct ChartOptions: ParsableArguments {
    @Option(
        name: .long, parsing: .unconditional, help: ArgumentHelp("The x interval A:B (default: -10:10).", valueName: "A:B"),
        transform: Parsed.with(PlotRange.init(parsing:)))
    var range: Parsed<PlotRange> = .valid(PlotRange(lower: -10, upper: 10))

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Evenly spaced x values from A to B, both included, as numpy.linspace (default: 1000).", valueName: "n"),
        transform: Parsed.with(OptionParsers.samples))
    var samples: Parsed<Int> = .valid(1000)

    @Flag(name: .long, help: "Plot the function only.")
    var noDerivative = false

    @Flag(name: .long, help: "Add the second derivative.")
    var secondDerivative = false

    @Option(
        name: .long, parsing: .unconditional, help: ArgumentHelp("Resolution of PNG output in dots per inch (default: 100).", valueName: "n"),
        transform: Parsed.with(OptionParsers.dpi))
    var dpi: Parsed<Double>?

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Figure size in inches (default: 6.4x4.8; for the gallery, each panel's, 3.2x2.6).", valueName: "WxH"),
        transform: Parsed.with(OptionParsers.size))
    var size: Parsed<(width: Double, height: Double)>?

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(
            "The y axis' limits A:B; A: or :B sets one end and keeps the other automatic (default: from the values, or from their bulk when a curve has a pole).",
            valueName: "A:B"),
        transform: Parsed.with(OptionParsers.ylim))
    var ylim: Parsed<(lower: Double?, upper: Double?)>?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A series' legend text, KEY=TEXT, with KEY as the CSV header names the series: sigmoid, sigmoid', elu(alpha=2), a formula. Repeatable; an empty TEXT leaves the series out of the legend.",
            valueName: "key=text"))
    var label: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How the axes box is chosen: auto (matplotlib's default box, or tight when a text would be cut off), tight (matplotlib's tight_layout), or default (default: auto).",
            valueName: "mode"),
        transform: Parsed.with(OptionParsers.layout))
    var layout: Parsed<LayoutMode> = .valid(.auto)

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
            "Legend location: best, upper right, upper left, lower left, lower right, right, center left, center right, lower center, upper center, center, outside (right of the axes), or none (default: best).",
            valueName: "loc"),
        transform: Parsed.with(OptionParsers.legend))
    var legend: Parsed<LegendLocation> = .valid(.best)

    @Option(
        name: .long, help: ArgumentHelp("default, or dark (matplotlib's dark_background).", valueName: "theme"),
        transform: Parsed.with(OptionParsers.theme))
    var theme: Parsed<Style> = .valid(.matplotlib)

    /// Reports the first option our parsers refused.
    mutating func validate() throws {
        try range.check()
        try samples.check()
        try dpi.check()
        try size.check()
        try legend.check()
        try ylim.check()
        try layout.check()
        try theme.check()
    }

    /// A request for `functions` with these options, over `base`'s defaults (the figure size of
    /// `base` is kept unless `--size` is given).
    func request(_ functions: [String], base: PlotRequest = PlotRequest(functions: [])) -> PlotRequest {
        var request = base
        request.functions = functions
        request.range = range.value
        request.samples = samples.value
        request.derivative = !noDerivative
        request.secondDerivative = secondDerivative
        let figure = request.style.figure
        request.style = theme.value
        request.style.figure.width = size?.value.width ?? figure.width
        request.style.figure.height = size?.value.height ?? figure.height
        if let dpi { request.style.figure.dpi = dpi.value }
        if grid { request.style.axes.grid = true }
        request.texts.xLabel = xlabel
        request.texts.yLabel = ylabel
        request.transparent = transparent
        request.legend = legend.value
        request.yLimits = ylim?.value
        request.labels = label
        request.layout = layout.value
        return request
    }
}
