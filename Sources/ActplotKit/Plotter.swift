#if canImport(Glibc)
import Glibc
#endif
import Activations
import Chart
import Support
import TerminalRenderer

/// Runs one plot request: spec → sampled curves → chart layout → renderer → file.
public enum Plotter {
    /// Renders or exports the request and returns the path written (`-` for standard output).
    @discardableResult
    public static func run(_ request: PlotRequest) throws(ActplotError) -> String {
        try request.validate()
        let families = try CurveFamily.resolve(request.functions, sweep: request.sweep)
        let curves = families.flatMap(\.curves)
        for warning in FormulaWarnings.lines(for: curves, request: request) { writeAll(2, warning + "\n") }
        let path = request.output ?? defaultPath(for: families.map { $0.curves[0] }, sweep: request.sweep)
        let format = try OutputFormat.resolve(path: path, chosen: request.format)
        try request.checkCanvas(for: format)
        try request.terminal.check(for: format)
        try writeAtomically(path) { file throws(ActplotError) in
            try write(families, as: format, request: request, to: file)
        }
        return path
    }

    /// `NAME.png` in the current folder, after the functions' names: a catalog name as it is
    /// (`relu.png`, `sigmoid-tanh.png`); anything else (a formula, parameters) with the characters
    /// a shell would need quoted replaced by `_` and a short hash of the exact text, so two
    /// different charts never get the same name (`x*2` and `x/2`), and no name starts with a dot.
    static func defaultPath(for curves: [any Curve], sweep: ParameterSweep? = nil) -> String {
        let name = curves.map(\.label).joined(separator: "-") + (sweep.map { "-\($0.name)=\($0.values.joined(separator: ","))" } ?? "")
        let plain = curves.allSatisfy { Catalog.lookup($0.label)?.name == $0.label }
        var safe = String(
            name.prefix(120).map { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.=,+".contains($0)) ? $0 : "_" })
        while safe.hasPrefix(".") { safe = "_" + safe.dropFirst() }
        if plain && safe == name { return safe + ".png" }
        while safe.hasSuffix("_") { safe.removeLast() }
        // FNV-1a over the UTF-8 bytes: stable across runs and machines.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let digits = String(hash >> 32, radix: 16)
        return (safe.isEmpty ? "actplot" : safe) + "-" + String(repeating: "0", count: 8 - digits.count) + digits + ".png"
    }

    /// Writes the request's curves as `format`: the chart through its renderer, or the data.
    static func write(_ families: [CurveFamily], as format: OutputFormat, request: PlotRequest, to file: OutputFile)
        throws(ActplotError)
    {
        switch format.kind {
        case .data(let write):
            let curves = families.flatMap(\.curves)
            try write(DataExport(curves: curves, range: request.range, samples: request.samples, orders: request.orders), file)
        case .chart:
            try render(layout(families, request: request).scene(), as: format, style: request.style, to: file)
        case .page(let write):
            let curves = families.flatMap(\.curves)
            try write(ChartPageInput(layout: layout(families, request: request), curves: curves, request: request), file)
        case .fitted(let prepare):
            var fitted = request
            let renderer = try prepare(&fitted, file)
            try render(layout(families, request: fitted).scene(), with: renderer, to: file)
        }
    }

    /// The chart of `families`, with its notes and warnings printed.
    static func layout(_ families: [CurveFamily], request: PlotRequest) throws(ActplotError) -> ChartLayout {
        let (layout, notes, warnings) = try ChartBuilder(request: request).layout(for: families)
        for note in notes { StandardError.line("actplot: note: \(note)") }
        for warning in warnings { StandardError.line("actplot: warning: \(warning)") }
        return layout
    }

    /// Draws `scene` into `file` with the format's renderer.
    static func render(_ scene: Scene, as format: OutputFormat, style: Style, to file: OutputFile) throws(ActplotError) {
        guard case .chart(let makeRenderer) = format.kind else {
            throw .usage(
                "'\(Echo.value(file.path))': a chart cannot be written as \(format.name); use \(OutputFormat.extensionList(OutputFormat.charts))")
        }
        try render(scene, with: makeRenderer(RenderOptions(documentDate: documentDate, svgFontType: style.svgFontType)), to: file)
    }

    /// Draws `scene` into `file` with `renderer`.
    static func render(_ scene: Scene, with renderer: any Renderer, to file: OutputFile) throws(ActplotError) {
        do {
            try renderer.render(scene, to: file)
        } catch {
            if let reason = file.failureReason {
                throw .io("cannot write '\(Echo.value(file.path))': \(reason)")
            }
            if case TerminalError.tooSmall = error {
                throw .usage("\(error); give a larger --cells WxH, or enlarge the terminal")
            }
            throw .io("cannot render '\(Echo.value(file.path))': \(error)")
        }
    }

    /// The creation date written into PDFs: SOURCE_DATE_EPOCH (reproducible-builds.org) when set
    /// to a whole number of seconds, else none, so the same command always gives the same bytes.
    static let documentDate: String? = {
        guard let text = getenv("SOURCE_DATE_EPOCH").map({ String(cString: $0) }), let seconds = Int(text), seconds >= 0
        else { return nil }
        var time = time_t(seconds)
        var parts = tm()
        guard gmtime_r(&time, &parts) != nil else { return nil }
        var buffer = [CChar](repeating: 0, count: 32)
        let n = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
        return n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : nil
    }()

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
