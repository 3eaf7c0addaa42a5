import ActplotKit
import ArgumentParser
import Chart

struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Write one web page that explores the whole catalog.",
        discussion: """
            The page needs no network: a searchable list of the functions, the chart of f and f′ \
            (f″ on a toggle) with a crosshair that reads actplot's samples, each function's card \
            (what 'actplot info' says), a slider for each numeric parameter (21 values over a \
            range the card names) and a selector for each enumerated one, and a second function \
            to compare with. Every function is sampled at x = k/20 from -5 to 5 and at its kinks.

            Examples:
              actplot explore -o explorer.html
              actplot explore --theme dark -o explorer-dark.html
              actplot explore --style ggplot -o explorer-ggplot.html
            """)

    @Option(
        name: [.customShort("o"), .customLong("output")], parsing: .unconditional,
        help: ArgumentHelp("Output file, .html; '-' for standard output (default: explorer.html).", valueName: "path"))
    var output = "explorer.html"

    @Option(name: .customLong("theme"), help: ArgumentHelp("default, or dark: the same as --style dark_background.", valueName: "theme"))
    var theme: String?

    @Option(
        name: .customLong("style"),
        help: ArgumentHelp("A matplotlib style sheet by name or a .mplstyle file, as for charts. Repeatable.", valueName: "style"))
    var style: [String] = []

    @Option(name: .customLong("rc"), help: ArgumentHelp("A matplotlib rcParam, KEY=VALUE, as for charts. Repeatable.", valueName: "key=value"))
    var rc: [String] = []

    @Option(
        name: .customLong("font-size"), help: ArgumentHelp("The font size in points (font.size).", valueName: "pt"),
        transform: Parsed.with(OptionParsers.positive("--font-size")))
    var fontSize: Parsed?

    @Flag(name: .customLong("grid"), help: "Draw grid lines at the ticks.")
    var grid = false

    mutating func validate() throws {
        try fontSize.check()
    }

    func run() throws {
        var looks = StyleRequest()
        looks.theme = theme
        looks.sheets = style
        looks.settings = rc
        looks.fontSize = fontSize?.value()
        let (resolved, warnings) = try looks.resolve()
        for warning in warnings { StandardError.line("actplot: warning: \(warning)") }
        var request = ExploreRequest(output: output)
        request.style = resolved
        if grid { request.style.axes.grid = true }
        let path = try Explorer.run(request)
        if path != "-" { try StandardOutput.line(path) }
    }
}
