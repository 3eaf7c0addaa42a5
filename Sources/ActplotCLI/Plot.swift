import Activations
import ActplotKit
import ArgumentParser
import Chart
import Support
import TerminalRenderer

/// `actplot FUNCTION...`: the default command.
public struct Plot: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "plot",
        // Always run under actplot (see Actplot.parseCommand): when parsed on its own, it leaves
        // --generate-completion-script to the whole tree instead of looking for it first.
        _superCommandName: "actplot",
        abstract: "Plot functions with their derivatives (the default command).",
        discussion: """
            FUNCTION is a name from 'actplot list', with parameters as NAME:key=value[,key=value] \
            (PyTorch's names); names ignore case, and '-' is the same as '_'. Anything else is a \
            formula in x: 'x*sigmoid(1.702*x)', 'elu(x, alpha=0.5) + 0.1*x'. Its derivatives come \
            from automatic differentiation: no truncation error, but rounded like any floating-point \
            arithmetic, and where the formula as written cancels, so do they; actplot then warns on \
            standard error, naming the formula and the x range.

            Examples:
              actplot relu --range -10:10 -o relu.png
              actplot elu:alpha=0.5 --dpi 200 -o elu@2x.png
              actplot gelu silu mish --range -4:3 --grid -o smooth-relus.pdf
              actplot tanh --samples 201 -o tanh.csv
              actplot sigmoid --format svg -o - > sigmoid.svg
              actplot 'x*tanh(softplus(x))' mish --second-derivative -o mish.pdf
              actplot sigmoid --size 3.5x2.6 --xlabel x --ylabel 'σ(x)' -o column.pdf
              actplot sigmoid tanh relu gelu --ylim -1.5:1.5 --legend outside -o cmp.png
              actplot elu elu:alpha=2 --label "elu'(alpha=2)=ELU, α = 2" -o elu.png
              actplot sigmoid --title '$\\sigma(x) = \\frac{1}{1+e^{-x}}$' -o math.pdf
              actplot relu gelu silu mish elu --style print -o for-the-printer.pdf
              actplot gelu --style seaborn-v0_8-paper --rc font.family=serif -o gelu.pdf
              actplot tanh --style dark_background --font-size 14 --linewidth 3 -o t.png
              actplot elu --vary alpha=0.5,1,2 -o elu-alpha.png
              actplot softplus --vary beta=0.1:10:20:log --cmap plasma -o softplus-beta.png
              actplot elu celu --vary alpha=0.5:2:4 -o families.png  # Blues, Oranges

              actplot relu --term
              actplot gelu silu --range -4:3 --term --term-mode braille --cells 100x30
              actplot tanh --term --term-mode ascii --cells 72x20 > tanh.log
              actplot sigmoid --format txt -o sigmoid.txt

            With --vary and several functions, each swept function takes its own colormap (the \
            --cmap list in turn, or Blues, Oranges, Greens, Reds, Purples, Greys, sampled from 0.35 \
            to 1 so no curve is white); functions without the parameter are drawn once.

            --term shows the chart in the terminal: the same image as the PNG where the \
            terminal shows inline images (kitty, Ghostty, Konsole, iTerm2, WezTerm, VS Code, \
            sixel terminals), sized to the terminal, else a braille chart in colour \
            (NO_COLOR turns colour off). Inside tmux, images reach the terminal behind it when \
            tmux has 'set -g allow-passthrough on'; otherwise, and inside screen, it draws \
            braille unless --term-mode asks for an image.
            """)

    @Argument(
        help: ArgumentHelp(
            "Functions to plot: relu, leaky_relu:negative_slope=0.2, or a formula such as 'x*sigmoid(x)'.",
            valueName: "function"),
        completion: .list(Catalog.functions.map(\.name)))
    var functions: [String] = []

    @Option(
        name: [.customShort("o"), .customLong("output")], parsing: .unconditional,
        help: ArgumentHelp(
            "Output file: \(OutputFormat.extensionList()); '-' for standard output. Default: NAME.png.", valueName: "path"))
    var output: String?

    @Option(
        name: .customLong("format"), help: ArgumentHelp("Output format, overriding the extension: \(OutputFormat.names()).", valueName: "format"),
        transform: Parsed.with(OutputFormat.named))
    var format: Parsed?

    @Option(
        name: .customLong("title"),
        help: ArgumentHelp(
            "Title above the axes; $...$ in it is math, as matplotlib sets it: '$\\sigma(x) = \\frac{1}{1+e^{-x}}$'.",
            valueName: "text"))
    var title: String?

    @Flag(
        name: .customLong("term"),
        help: "Draw the chart in the terminal (short for --format term -o -): an inline image where the terminal shows one, else braille.")
    var term = false

    @Option(
        name: .customLong("term-mode"),
        help: ArgumentHelp(
            "With --term: kitty, iterm or sixel (an image), braille, or ascii (text in ASCII alone) instead of what the terminal is detected to show; with --format txt: braille or ascii.",
            valueName: "mode"),
        transform: Parsed.with(OptionParsers.termMode))
    var termMode: Parsed?

    @Option(
        name: .customLong("cells"),
        help: ArgumentHelp(
            "With --term or --format txt: the chart's size in character cells, instead of the terminal's (txt: 80x24).",
            valueName: "WxH"),
        transform: Parsed.with(OptionParsers.cells))
    var cells: Parsed?

    @OptionGroup var sweep: SweepOptions

    @Option(
        name: .customLong("cmap"),
        help: ArgumentHelp(
            "The colormap of a --vary sweep (default: viridis; any of matplotlib's, with _r reversed: plasma, magma, RdBu_r, …). Several swept functions take the maps of a comma-separated list in turn (default: \(SweepStyling.familyColormaps.joined(separator: ","))).",
            valueName: "name[,name…]"),
        completion: .list(Colormap.names))
    var cmap: String?

    @OptionGroup var chart: ChartOptions

    public mutating func validate() throws {
        try format.check()
        try termMode.check()
        try cells.check()
        if term && output != nil {
            throw ValidationError("--term draws on the terminal; drop -o, or write the text chart to a file with -o NAME.txt")
        }
        if term, let chosen = format?.validValue(as: OutputFormat.self), chosen != .term {
            throw ValidationError("--term is --format term -o -; drop --format \(chosen.name)")
        }
        if cmap != nil && sweep.vary == nil {
            throw ValidationError("--cmap colours a --vary sweep; add --vary NAME=VALUES")
        }
    }

    /// What the parsed options ask for.
    public func request() throws(ActplotError) -> PlotRequest {
        var request = try chart.request(functions)
        request.output = term ? "-" : output
        request.format = term ? .term : format?.value()
        request.texts.title = title
        request.sweep = sweep.sweep
        request.colormaps = cmap.map { $0.split(separator: ",").map { trimmed(String($0)) } } ?? []
        request.terminal = TerminalOptions(mode: termMode?.value(), cells: cells?.value())
        return request
    }

    public func run() throws {
        let path = try Plotter.run(request())
        if output == nil && !term { try StandardOutput.line(path) }
    }
}
