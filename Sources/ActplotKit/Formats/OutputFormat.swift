import Activations
import Chart
import Support

/// One kind of output: its name, its file extensions, and what writes it, either a renderer of
/// the laid-out chart or a writer of the sampled data.
///
/// ``all`` is the registry: help texts, error messages, `--format` and extension inference read
/// it, so adding a format is one file that defines it plus one line in ``all``.
public struct OutputFormat: Sendable, Hashable, CustomStringConvertible {
    /// What a format writes.
    public enum Kind: Sendable {
        /// The chart, drawn by a renderer made with the run's options.
        case chart(@Sendable (RenderOptions) -> any Renderer)
        /// The sampled curves, written by the closure.
        case data(@Sendable (DataExport, OutputFile) throws(ActplotError) -> Void)
        /// An interactive page: the laid-out chart with the curves it shows, written by the closure.
        case page(@Sendable (ChartPageInput, OutputFile) throws(ActplotError) -> Void)
        /// The chart, for an output that decides its own size and look (a terminal): before the
        /// chart is laid out, the closure sees the request and the output, may change the request
        /// (an image sized to the terminal takes its dpi from it), and makes the renderer.
        case fitted(@Sendable (inout PlotRequest, OutputFile) throws(ActplotError) -> any Renderer)
    }

    /// The name `--format` takes, e.g. `png`.
    public let name: String
    /// File extensions without the dot, the first one preferred.
    public let extensions: [String]
    public let kind: Kind
    /// Whether the output is made of pixels, which bounds its size (see
    /// ``PlotRequest/checkCanvas(for:)``).
    public let isRaster: Bool

    public init(name: String, extensions: [String], kind: Kind, isRaster: Bool = false) {
        self.name = name
        self.extensions = extensions
        self.kind = kind
        self.isRaster = isRaster
    }

    /// Every format actplot writes, in the order help lists them.
    public static let all: [OutputFormat] = [.png, .svg, .pdf, .csv, .html, .txt, .term]

    /// Whether the format draws the chart (rather than exporting data).
    public var isChart: Bool {
        if case .chart = kind { return true }
        return false
    }

    /// The preferred extension with its dot, e.g. `.png`.
    public var fileExtension: String { "." + (extensions.first ?? name) }

    public var description: String { name }

    public static func == (a: Self, b: Self) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    // MARK: Lists for help and messages

    /// "png, svg, pdf or csv": the formats' names as a message lists them.
    public static func names(_ formats: [OutputFormat] = all, conjunction: String = "or") -> String {
        list(formats.map(\.name), conjunction: conjunction)
    }

    /// ".png, .svg, .pdf or .csv": the extensions of those formats that have one.
    public static func extensionList(_ formats: [OutputFormat] = all) -> String {
        list(formats.filter { !$0.extensions.isEmpty }.map(\.fileExtension), conjunction: "or")
    }

    /// The formats that draw charts.
    public static var charts: [OutputFormat] { all.filter(\.isChart) }

    private static func list(_ items: [String], conjunction: String) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    // MARK: Choosing a format

    /// The format named `name` (any case), if any.
    public static func find(_ name: String) -> OutputFormat? {
        let wanted = trimmed(name).lowercased()
        return all.first { $0.name == wanted || $0.extensions.contains(wanted) }
    }

    /// The format named by `path`'s extension.
    public static func infer(fromPath path: String) throws(ActplotError) -> OutputFormat {
        guard let ext = fileExtension(path) else {
            throw .usage("output '\(Echo.value(path))' has no extension; end it in \(extensionList()), or give --format")
        }
        guard let format = all.first(where: { $0.extensions.contains(ext.lowercased()) }) else {
            throw .usage("unsupported output format '.\(Echo.value(ext))' in '\(Echo.value(path))'; use \(extensionList())")
        }
        return format
    }

    /// The format to write `path` in: `chosen` (from `--format`) when given, which must not
    /// contradict the path's extension; else the extension's. Standard output needs `chosen`.
    public static func resolve(path: String, chosen: OutputFormat?) throws(ActplotError) -> OutputFormat {
        guard let chosen else {
            if path == "-" { throw .usage("-o - writes to standard output and needs --format \(names())") }
            return try infer(fromPath: path)
        }
        if let ext = fileExtension(path), let named = all.first(where: { $0.extensions.contains(ext.lowercased()) }),
            named != chosen
        {
            if chosen.extensions.isEmpty {
                throw .usage("--format \(chosen.name) writes to a terminal, not to '\(Echo.value(path))'; use -o - (or --term)")
            }
            throw .usage(
                "--format \(chosen.name) contradicts the extension of '\(Echo.value(path))'; drop --format or name the file \(chosen.fileExtension)")
        }
        return chosen
    }

    /// The format named by `--format`.
    public static func named(_ name: String) throws(ActplotError) -> OutputFormat {
        guard let format = find(name) else {
            throw .usage("unsupported format '\(Echo.value(name))'; use \(names())")
        }
        return format
    }

    /// The text after the last dot of the file name, if any (a leading dot does not count).
    static func fileExtension(_ path: String) -> String? {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return String(name[name.index(after: dot)...])
    }
}
