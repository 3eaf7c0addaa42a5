import Activations

/// What `-o` writes, chosen by the file's extension or by `--format`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case png, svg, pdf, csv

    /// The format named by `path`'s extension.
    public static func infer(fromPath path: String) throws(ActplotError) -> OutputFormat {
        guard let ext = fileExtension(path) else {
            throw .usage("output '\(Echo.value(path))' has no extension; end it in .png, .svg, .pdf or .csv, or give --format")
        }
        guard let format = OutputFormat(rawValue: ext.lowercased()) else {
            throw .usage("unsupported output format '.\(Echo.value(ext))' in '\(Echo.value(path))'; use .png, .svg, .pdf or .csv")
        }
        return format
    }

    /// The format to write `path` in: `chosen` (from `--format`) when given, which must not
    /// contradict the path's extension; else the extension's. Standard output needs `chosen`.
    public static func resolve(path: String, chosen: OutputFormat?) throws(ActplotError) -> OutputFormat {
        guard let chosen else {
            if path == "-" { throw .usage("-o - writes to standard output and needs --format png, svg, pdf or csv") }
            return try infer(fromPath: path)
        }
        if let ext = fileExtension(path), let named = OutputFormat(rawValue: ext.lowercased()), named != chosen {
            throw .usage(
                "--format \(chosen.rawValue) contradicts the extension of '\(Echo.value(path))'; drop --format or name the file .\(chosen.rawValue)")
        }
        return chosen
    }

    /// The format named by `--format`.
    public static func named(_ name: String) throws(ActplotError) -> OutputFormat {
        guard let format = OutputFormat(rawValue: trimmed(name).lowercased()) else {
            throw .usage("unsupported format '\(Echo.value(name))'; use png, svg, pdf or csv")
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
