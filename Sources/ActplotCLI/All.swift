import ActplotKit
import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

struct All: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render every catalog function to DIR/NAME.EXT, in parallel across cores.",
        discussion: """
            On a terminal a progress bar shows how far it is; otherwise it prints one line per file.

            Examples:
              actplot all -o Examples
              actplot all -o charts --format png,svg,pdf --range -5:5
            """)

    @Option(name: .shortAndLong, parsing: .unconditional, help: ArgumentHelp("Output folder (made if missing).", valueName: "dir"))
    var output: String

    @Option(
        name: .long, help: ArgumentHelp("Comma-separated formats: png, svg, pdf, csv.", valueName: "formats"),
        transform: parsed(OptionParsers.formats))
    var format: [OutputFormat] = [.png]

    @OptionGroup var chart: ChartOptions

    func run() throws {
        var request = BatchRequest(folder: output)
        request.formats = format
        request.template = chart.request([])
        let progress = ProgressReporter(terminal: isatty(1) == 1)
        _ = try BatchRenderer.run(request) { outcome, done, total in
            progress.report(outcome, done: done, total: total)
        }
        progress.finish()
    }
}

struct Gallery: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One image of small multiples: every function with its derivative in its own panel.",
        discussion: """
            Examples:
              actplot gallery -o gallery.png
              actplot gallery -o gallery.pdf --columns 5 --range -5:5
            """)

    @Option(name: .shortAndLong, parsing: .unconditional, help: ArgumentHelp("Output file: .png, .svg or .pdf.", valueName: "path"))
    var output: String

    @Option(name: .long, help: "Panels per row.")
    var columns = 6

    @OptionGroup var chart: ChartOptions

    func run() throws {
        var request = GalleryRequest(output: output)
        request.columns = columns
        request.template = chart.request([])
        try GalleryRenderer.run(request)
    }
}
