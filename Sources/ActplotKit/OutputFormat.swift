/// What `-o` writes, chosen by the file's extension or by `--format`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case png, svg, pdf, csv

    /// The format named by `path`'s extension.
    public static func infer(fromPath path: String) throws(ActplotError) -> OutputFormat {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            throw .usage("output '\(path)' has no extension; use .png, .svg, .pdf or .csv")
        }
        let ext = name[name.index(after: dot)...].lowercased()
        guard let format = OutputFormat(rawValue: ext) else {
            throw .usage("unsupported output format '.\(ext)' in '\(path)'; use .png, .svg, .pdf or .csv")
        }
        return format
    }

    /// The format named by `--format`.
    public static func named(_ name: String) throws(ActplotError) -> OutputFormat {
        guard let format = OutputFormat(rawValue: name.lowercased()) else {
            throw .usage("unsupported format '\(name)'; use png, svg, pdf or csv")
        }
        return format
    }
}
