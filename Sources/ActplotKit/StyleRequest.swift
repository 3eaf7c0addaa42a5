#if canImport(Glibc)
import Glibc
#endif
import CairoRenderer
import Chart
import Support

/// The look a command asks for, as it asked: a theme, style sheets by name or file in order, then
/// single rcParams, then the two shorthands. ``resolve()`` turns it into a ``Style``, the way
/// `plt.style.use([...])` followed by `rcParams[key] = value` does.
public struct StyleRequest: Sendable {
    /// `--theme`: `default` or `dark` (matplotlib's `dark_background`), applied first.
    public var theme: String?
    /// `--style`: names (`ggplot`, `seaborn-v0_8-paper`, `print`) or `.mplstyle` files, in order.
    public var sheets: [String] = []
    /// `--rc KEY=VALUE`, in order, after the sheets.
    public var settings: [String] = []
    /// `--font-size PT` (`font.size`) and `--linewidth PT` (`lines.linewidth`), last.
    public var fontSize: Double?
    public var lineWidth: Double?

    public init() {}

    /// The style, and a warning for the settings a file or `--rc` gave that actplot does not
    /// draw (one line per source). Every failure is a usage error naming the sheet, line or key.
    public func resolve() throws(ActplotError) -> (style: Style, warnings: [String]) {
        var rc = RcParams.defaults
        var warnings: [String] = []
        do {
            switch theme.map({ trimmed($0).lowercased() }) {
            case nil, "default": break
            case "dark", "dark_background", "dark-background": try rc.use("dark_background")
            case let other?: throw StyleError("--theme '\(Echo.value(other))' is not a theme; use default or dark")
            }
            for sheet in sheets {
                if StyleRequest.isFile(sheet) {
                    let unsupported = try rc.use(sheet: StyleSheet(parsing: try StyleRequest.read(sheet), name: sheet))
                    if !unsupported.isEmpty {
                        warnings.append("\(Echo.value(sheet)): actplot does not draw \(unsupported.joined(separator: ", ")); they are ignored")
                    }
                } else {
                    try rc.use(sheet)
                }
            }
            var ignored: [String] = []
            for setting in settings {
                guard let equals = setting.firstIndex(of: "=") else {
                    throw StyleError("--rc '\(Echo.value(setting))' must be KEY=VALUE, such as lines.linewidth=2")
                }
                if try !rc.set(String(setting[..<equals]), String(setting[setting.index(after: equals)...])) {
                    ignored.append(trimmed(String(setting[..<equals])))
                }
            }
            if !ignored.isEmpty { warnings.append("--rc: actplot does not draw \(ignored.joined(separator: ", ")); ignored") }
            if let fontSize { try rc.set("font.size", String(fontSize)) }
            if let lineWidth { try rc.set("lines.linewidth", String(lineWidth)) }
            // The default look is built once per process (Style.matplotlib) rather than again here.
            let isDefault = theme == nil && sheets.isEmpty && settings.isEmpty && fontSize == nil && lineWidth == nil
            let style = isDefault ? Style.matplotlib : try rc.style()
            for weight in [Style.Font.Weight.normal, style.axes.titleWeight, style.axes.labelWeight] {
                _ = try FontLibrary.face(for: style.font.weighted(weight))
            }
            return (style, warnings)
        } catch let error as StyleError {
            throw .usage(error.message)
        } catch let error as FontError {
            throw .usage(error.message)
        } catch {
            throw .usage("\(error)")
        }
    }

    /// Whether `--style` names a file rather than a sheet: a path, or a name ending in `.mplstyle`.
    static func isFile(_ name: String) -> Bool {
        name.contains("/") || name.hasSuffix(".mplstyle")
    }

    /// The text of a style file.
    static func read(_ path: String) throws(StyleError) -> String {
        guard let file = fopen(path, "r") else {
            throw StyleError("cannot read the style file '\(Echo.value(path))': \(SystemError.reason(errno))")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes += buffer[0..<n]
            if bytes.count > 1 << 24 { throw StyleError("the style file '\(Echo.value(path))' is larger than 16 MB") }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
