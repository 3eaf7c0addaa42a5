import ActplotKit
import ArgumentParser
import Chart

/// Options shared by every command that draws: range, samples, derivatives and figure style.
struct ChartOptions: ParsableArguments {
    @Option(
        name: .customLong("range"), parsing: .unconditional, help: ArgumentHelp("The x interval A:B (default: -10:10).", valueName: "A:B"),
        transform: Parsed.with(PlotRange.init(parsing:)))
    var range: Parsed = .valid(PlotRange(lower: -10, upper: 10))

    @Option(
        name: .customLong("samples"), parsing: .unconditional,
        help: ArgumentHelp("Evenly spaced x values from A to B, both included, as numpy.linspace (default: 1000).", valueName: "n"),
        transform: Parsed.with(OptionParsers.samples))
    var samples: Parsed = .valid(1000)

    @Flag(name: .customLong("no-derivative"), help: "Plot the function only.")
    var noDerivative = false

    @Flag(name: .customLong("second-derivative"), help: "Add the second derivative.")
    var secondDerivative = false

    @Option(
        name: .customLong("dpi"), parsing: .unconditional, help: ArgumentHelp("Resolution of PNG output in dots per inch (default: 100).", valueName: "n"),
        transform: Parsed.with(OptionParsers.dpi))
    var dpi: Parsed?

    @Option(
        name: .customLong("size"), parsing: .unconditional,
        help: ArgumentHelp("Figure size in inches (default: 6.4x4.8; for the gallery, each panel's, 3.2x2.6).", valueName: "WxH"),
        transform: Parsed.with(OptionParsers.size))
    var size: Parsed?

    @Option(
        name: .customLong("ylim"), parsing: .unconditional,
        help: ArgumentHelp(
            "The y axis' limits A:B; A: or :B sets one end and keeps the other automatic (default: from the values, or from their bulk when a curve has a pole).",
            valueName: "A:B"),
        transform: Parsed.with(OptionParsers.ylim))
    var ylim: Parsed?

    @Option(
        name: .customLong("label"),
        help: ArgumentHelp(
            "A series' legend text, KEY=TEXT, with KEY as the CSV header names the series: sigmoid, sigmoid', elu(alpha=2), a formula. TEXT may hold math between dollars ('elu=$\\alpha = 1$'). With --vary, KEY may also be a legend entry's text (derivative) or the swept parameter, for its colour bar. Repeatable; an empty TEXT leaves the series out of the legend.",
            valueName: "key=text"))
    var label: [String] = []

    @Option(
        name: .customLong("layout"),
        help: ArgumentHelp(
            "How the axes box is chosen: auto (matplotlib's default box, or tight when a text would be cut off), tight (matplotlib's tight_layout), or default (default: auto).",
            valueName: "mode"),
        transform: Parsed.with(OptionParsers.layout))
    var layout: Parsed = .valid(LayoutMode.auto)

    @Option(name: .customLong("xlabel"), help: ArgumentHelp("Label of the x axis; $...$ in it is math ('$x$').", valueName: "text"))
    var xlabel: String?

    @Option(
        name: .customLong("ylabel"), help: ArgumentHelp("Label of the y axis; $...$ in it is math (\"$\\sigma'(x)$\").", valueName: "text"))
    var ylabel: String?

    @Flag(name: .customLong("grid"), help: "Draw grid lines at the ticks.")
    var grid = false

    @Flag(name: .customLong("transparent"), help: "Leave the background transparent.")
    var transparent = false

    @Option(
        name: .customLong("legend"),
        help: ArgumentHelp(
            "Legend location: best, upper right, upper left, lower left, lower right, right, center left, center right, lower center, upper center, center, outside (right of the axes), or none (default: the style's legend.loc, best).",
            valueName: "loc"),
        transform: Parsed.with(OptionParsers.legend))
    var legend: Parsed?

    @Option(
        name: .customLong("theme"), help: ArgumentHelp("default, or dark: the same as --style dark_background.", valueName: "theme"))
    var theme: String?

    @Option(
        name: .customLong("style"),
        help: ArgumentHelp(
            "A matplotlib style sheet by name (ggplot, bmh, seaborn-v0_8-paper, dark_background, classic, …; print for black-and-white pages) or a .mplstyle file. Repeatable: applied in order, as plt.style.use([...]).",
            valueName: "style"))
    var style: [String] = []

    @Option(
        name: .customLong("rc"),
        help: ArgumentHelp(
            "A matplotlib rcParam, KEY=VALUE in matplotlib's syntax (lines.linewidth=2, font.family=serif, axes.prop_cycle=cycler('color', ['k', '0.5'])). Repeatable; applied after --style.",
            valueName: "key=value"))
    var rc: [String] = []

    @Option(
        name: .customLong("font-size"), help: ArgumentHelp("The font size in points (font.size; titles and labels scale with it).", valueName: "pt"),
        transform: Parsed.with(OptionParsers.positive("--font-size")))
    var fontSize: Parsed?

    @Option(
        name: .customLong("linewidth"), help: ArgumentHelp("The curves' line width in points (lines.linewidth).", valueName: "pt"),
        transform: Parsed.with(OptionParsers.positive("--linewidth")))
    var linewidth: Parsed?

    /// Reports the first option our parsers refused.
    mutating func validate() throws {
        try range.check()
        try samples.check()
        try dpi.check()
        try size.check()
        try legend.check()
        try ylim.check()
        try layout.check()
        try fontSize.check()
        try linewidth.check()
    }

    /// A request for `functions` with these options, over `base`'s defaults (the figure size of
    /// `base` is kept unless `--size` is given), and the warnings the style gave.
    func request(_ functions: [String], base: PlotRequest = PlotRequest(functions: [])) throws(ActplotError) -> PlotRequest {
        var request = base
        request.functions = functions
        request.range = range.value()
        request.samples = samples.value()
        request.derivative = !noDerivative
        request.secondDerivative = secondDerivative
        var looks = StyleRequest()
        looks.theme = theme
        looks.sheets = style
        looks.settings = rc
        looks.fontSize = fontSize?.value()
        looks.lineWidth = linewidth?.value()
        let (resolved, warnings) = try looks.resolve()
        for warning in warnings { StandardError.line("actplot: warning: \(warning)") }
        let figure = request.style.figure
        request.style = resolved
        if let size = size?.value(as: (width: Double, height: Double).self) {
            request.style.figure.width = size.width
            request.style.figure.height = size.height
        } else if base.style.figure != Style.matplotlib.figure {
            // A command with its own default size (the gallery's panels) keeps it.
            request.style.figure.width = figure.width
            request.style.figure.height = figure.height
        }
        if let dpi { request.style.figure.dpi = dpi.value() }
        if grid { request.style.axes.grid = true }
        request.texts.xLabel = xlabel
        request.texts.yLabel = ylabel
        request.transparent = transparent
        request.legend = legend?.value()
        request.yLimits = ylim?.value()
        request.labels = label
        request.layout = layout.value()
        return request
    }
}
