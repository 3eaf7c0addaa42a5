import ActplotKit
import ArgumentParser
import Chart

struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
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
            """)

    @Option(
        name: .shortAndLong, parsing: .unconditional,
        help: ArgumentHelp("Output file, .html; '-' for standard output (default: explorer.html).", valueName: "path"))
    var output = "explorer.html"

    @Option(
        name: .long, help: ArgumentHelp("default, or dark (matplotlib's dark_background).", valueName: "theme"),
        transform: Parsed.with(OptionParsers.theme))
    var theme: Parsed<Style> = .valid(.matplotlib)

    @Flag(name: .long, help: "Draw grid lines at the ticks.")
    var grid = false

    mutating func validate() throws {
        try theme.check()
    }

    func run() throws {
        var request = ExploreRequest(output: output)
        request.style = theme.value
        if grid { request.style.axes.grid = true }
        let path = try Explorer.run(request)
        if path != "-" { try StandardOutput.line(path) }
    }
}
