import ActplotKit
import ArgumentParser
import Chart

struct Plot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Plot functions with their derivatives (the default command).",
        discussion: """
            FUNCTION is a name from 'actplot list', with parameters as NAME:key=value[,key=value] \
            (PyTorch's names). Names ignore case, and '-' is the same as '_'.

            Examples:
              actplot relu --range -10:10 -o relu.png
              actplot elu:alpha=0.5 --dpi 200 -o elu@2x.png
              actplot gelu silu mish --range -4:3 --grid -o smooth-relus.pdf
              actplot tanh --samples 201 -o tanh.csv
              actplot sigmoid --format svg -o - > sigmoid.svg
            """)

    @Argument(help: ArgumentHelp("Functions to plot, such as relu or leaky_relu:negative_slope=0.2.", valueName: "function"))
    var functions: [String] = []

    @Option(
        name: .long, parsing: .unconditional, help: ArgumentHelp("The x interval A:B.", valueName: "A:B"),
        transform: parsed(PlotRange.init(parsing:)))
    var range = PlotRange(lower: -10, upper: 10)

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Evenly spaced x values from A to B, both included (numpy.linspace).", valueName: "n"),
        transform: parsed(OptionParsers.samples))
    var samples = 1000

    @Flag(name: .long, help: "Plot the function only.")
    var noDerivative = false

    @Flag(name: .long, help: "Add the second derivative.")
    var secondDerivative = false

    @Option(
        name: .shortAndLong, parsing: .unconditional,
        help: ArgumentHelp(
            "Output file: .png, .svg, .pdf or .csv; '-' for standard output. Default: NAME.png.", valueName: "path"))
    var output: String?

    @Option(
        name: .long, help: ArgumentHelp("Output format, overriding the extension: png, svg, pdf or csv.", valueName: "format"),
        transform: parsed(OutputFormat.named))
    var format: OutputFormat?

    @Option(
        name: .long, parsing: .unconditional, help: ArgumentHelp("Resolution of PNG output in dots per inch.", valueName: "n"),
        transform: parsed(OptionParsers.dpi))
    var dpi = 100.0

    @Option(
        name: .long, parsing: .unconditional, help: ArgumentHelp("Figure size in inches.", valueName: "WxH"),
        transform: parsed(OptionParsers.size))
    var size: (width: Double, height: Double) = (6.4, 4.8)

    @Option(name: .long, help: "Title above the axes.")
    var title: String?

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
            "Legend location: best, upper right, upper left, lower left, lower right, right, center left, center right, lower center, upper center, center, or none.",
            valueName: "loc"),
        transform: parsed(OptionParsers.legend))
    var legend = LegendLocation.best

    @Option(
        name: .long, help: ArgumentHelp("default, or dark (matplotlib's dark_background).", valueName: "theme"),
        transform: parsed(OptionParsers.theme))
    var theme = Theme.default

    func run() throws {
        var request = PlotRequest(functions: functions)
        request.range = range
        request.samples = samples
        request.derivative = !noDerivative
        request.secondDerivative = secondDerivative
        request.output = output
        request.format = format
        request.dpi = dpi
        request.widthInches = size.width
        request.heightInches = size.height
        request.title = title
        request.xLabel = xlabel
        request.yLabel = ylabel
        request.grid = grid
        request.transparent = transparent
        request.legend = legend
        request.theme = theme
        let path = try Plotter.run(request)
        if output == nil { print(path) }
    }
}
