#if canImport(Glibc)
import Glibc
#endif
import Activations
import CairoRenderer
import Chart

/// Runs one plot request: spec → sampled curves → chart layout → renderer → file.
public enum Plotter {
    /// Renders or exports the request and returns the path written (`-` for standard output).
    @discardableResult
    public static func run(_ request: PlotRequest) throws(ActplotError) -> String {
        try request.validate()
        let curves = try request.functions.map { spec throws(ActplotError) in try CurveResolver.curve(for: spec) }
        for warning in FormulaWarnings.lines(for: request) { writeAll(2, warning + "\n") }
        let path = request.output ?? defaultPath(for: curves)
        let format: OutputFormat
        if let chosen = request.format {
            format = chosen
        } else if path == "-" {
            throw .usage("-o - writes to standard output and needs --format png, svg, pdf or csv")
        } else {
            format = try OutputFormat.infer(fromPath: path)
        }
        try writeAtomically(path) { file throws(ActplotError) in
            try write(curves, as: format, request: request, to: file)
        }
        return path
    }

    /// `NAME.png` in the current folder, after the functions' names (shortened to stay a valid
    /// file name when a long expression is plotted).
    static func defaultPath(for curves: [Curve]) -> String {
        let name = curves.map(\.label).joined(separator: "-")
        let safe = String(
            name.prefix(120).map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." ? $0 : "_" })
        return (safe.isEmpty ? "actplot" : safe) + ".png"
    }

    static func write(_ curves: [Curve], as format: OutputFormat, request: PlotRequest, to file: OutputFile)
        throws(ActplotError)
    {
        guard format != .csv else {
            let export = CSVExport(curves: curves, range: request.range, samples: request.samples, orders: request.orders)
            // Millions of rows take seconds: show how far along on a terminal.
            let progress = request.samples >= 1_000_000 && isatty(2) == 1 && file.path != "-" ? TerminalProgress() : nil
            defer { progress?.finish() }
            if !export.write(to: file.write, progress: progress.map { p in { p.show("writing \(file.path)", $0) } }) {
                throw .io("cannot write '\(file.path)': \(file.failureReason ?? "write failed")")
            }
            return
        }
        let spec = try ChartBuilder(request: request).spec(for: curves)
        try render(ChartLayout(spec).scene(), as: format, to: file)
    }

    /// Draws `scene` into `file` as PNG, SVG or PDF.
    static func render(_ scene: Scene, as format: OutputFormat, to file: OutputFile) throws(ActplotError) {
        let renderFormat: CairoRenderer.Format
        switch format {
        case .png: renderFormat = .png
        case .svg: renderFormat = .svg
        case .pdf: renderFormat = .pdf
        case .csv: throw .usage("'\(file.path)': a chart cannot be written as CSV; use .png, .svg or .pdf")
        }
        do {
            try CairoRenderer(format: renderFormat, sink: file).render(scene)
        } catch {
            if let reason = file.failureReason {
                throw .io("cannot write '\(file.path)': \(reason)")
            }
            throw .io("cannot render '\(file.path)': \(error)")
        }
    }

    /// Writes `path` atomically through `body`; on failure nothing is left at `path`.
    static func writeAtomically(_ path: String, _ body: (OutputFile) throws(ActplotError) -> Void)
        throws(ActplotError)
    {
        let file = try OutputFile(path: path)
        do {
            try body(file)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }
}
