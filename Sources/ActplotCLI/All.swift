import ActplotKit
import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

struct All: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract: "Render every catalog function to DIR/NAME.EXT, in parallel across cores.",
        discussion: """
            On a terminal a progress bar shows how far it is; otherwise it prints one line per file.

            Examples:
              actplot all -o Examples
              actplot all -o charts --format png,svg,pdf --range -5:5
            """)

    @Option(name: [.customShort("o"), .customLong("output")], parsing: .unconditional, help: ArgumentHelp("Output folder (made if missing).", valueName: "dir"))
    var output: String

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "Comma-separated formats: \(OutputFormat.all.map(\.name).joined(separator: ", ")).", valueName: "formats"),
        transform: Parsed.with(OptionParsers.formats))
    var format: Parsed = .valid([OutputFormat.png])

    @OptionGroup var chart: ChartOptions

    mutating func validate() throws {
        try format.check()
    }

    func run() throws {
        var request = BatchRequest(folder: output)
        request.formats = format.value()
        request.template = try chart.request([])
        let progress = ProgressReporter(terminal: isatty(1) == 1)
        do {
            _ = try BatchRenderer.run(request) { outcome, done, total in
                progress.report(outcome, done: done, total: total)
            }
        } catch {
            try? progress.finish()
            throw error
        }
        try progress.finish()
    }
}

struct Gallery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gallery",
        abstract: "One image of small multiples: every function with its derivative in its own panel.",
        discussion: """
            Examples:
              actplot gallery -o gallery.png
              actplot gallery -o gallery.pdf --columns 5 --range -5:5 --size 4x3
              actplot gallery --format svg -o - > gallery.svg
            """)

    @Option(
        name: [.customShort("o"), .customLong("output")], parsing: .unconditional,
        help: ArgumentHelp(
            "Output file: \(OutputFormat.extensionList(OutputFormat.charts)); '-' for standard output.", valueName: "path"))
    var output: String

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "Output format, overriding the extension: \(OutputFormat.names(OutputFormat.charts)).", valueName: "format"),
        transform: Parsed.with(OutputFormat.named))
    var format: Parsed?

    @Option(
        name: .customLong("columns"), help: "Panels per row (default: 6).",
        transform: Parsed.with(OptionParsers.count("--columns", minimum: 1)))
    var columns: Parsed = .valid(6)

    @OptionGroup var chart: ChartOptions

    mutating func validate() throws {
        try format.check()
        try columns.check()
    }

    func run() throws {
        var request = GalleryRequest(output: output)
        request.format = format?.value()
        request.columns = columns.value()
        request.template = try chart.request([], base: request.template)
        try GalleryRenderer.run(request)
    }
}
