import Support

/// matplotlib's rcParams: every setting by its name, as the text of a style sheet writes it,
/// changed by style sheets and single settings in order (`plt.style.use([...])`, then
/// `rcParams[key] = value`), and made into a ``Style`` at the end.
///
/// Each value is checked when it is set, by the reader matplotlib's `rcsetup` uses for that key.
/// Keys actplot draws are read into the style; other matplotlib keys are kept and reported as
/// not drawn; anything else is an error that suggests the closest key.
public struct RcParams: Sendable {
    /// The settings, by key.
    public private(set) var values: [String: String]

    /// matplotlib's defaults (its matplotlibrc), and `_internal.classic_mode`, which matplotlib
    /// keeps outside it and the classic sheet sets.
    public static let defaults = RcParams(
        values: Dictionary(MatplotlibStyleSheets.defaults.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
            .merging(["_internal.classic_mode": "False"]) { a, _ in a })

    /// Keys a style sheet may not set (matplotlib's `style.core._STYLE_BLACKLIST`): they are
    /// about the session, not the look, and are skipped.
    static let sessionKeys: Set<String> = [
        "interactive", "backend", "backend_fallback", "webagg.port", "webagg.address", "webagg.port_retries",
        "webagg.open_in_browser", "toolbar", "timezone", "figure.max_open_warning", "figure.raise_window",
        "savefig.directory", "tk.window_focus", "docstring.hardcopy", "date.epoch",
    ]

    /// The names `--style` takes besides matplotlib's sheets: `default` (matplotlib's defaults),
    /// its aliases, and actplot's own.
    public static var styleNames: [String] {
        ["default"] + MatplotlibStyleSheets.sheets.map(\.name).filter { !$0.hasPrefix("_") } + ActplotStyleSheets.sheets.map(\.name)
    }

    /// Applies the style sheet called `name` (`ggplot`, `seaborn-v0_8-paper`, `print`, `default`,
    /// `mpl20`, `mpl15`), or a `.mplstyle` file's text when `name` is a path (see
    /// ``use(sheet:)``). Returns the keys of the sheet that actplot does not draw.
    @discardableResult
    public mutating func use(_ name: String) throws(StyleError) -> [String] {
        let aliases = ["mpl20": "default", "mpl15": "classic"]
        let wanted = aliases[name] ?? name
        if wanted == "default" {
            values = RcParams.defaults.values
            return []
        }
        let sheets = MatplotlibStyleSheets.sheets + ActplotStyleSheets.sheets
        guard let sheet = sheets.first(where: { $0.name == wanted }) else {
            let suggestions = Suggestions.closest(to: name, among: RcParams.styleNames)
            let hint = suggestions.isEmpty ? "" : "did you mean \(suggestions.joined(separator: ", "))? "
            throw StyleError("unknown style '\(Echo.value(name))'; \(hint)styles are \(RcParams.styleNames.joined(separator: ", ")), or a .mplstyle file")
        }
        return try use(sheet: StyleSheet(name: sheet.name, entries: sheet.entries.map { ($0.key, $0.value, 0) }))
    }

    /// Applies every entry of `sheet` in order. Session keys are skipped; keys that are
    /// matplotlib's but not drawn by actplot are kept and returned; a key matplotlib does not
    /// have, or a bad value, is an error naming the sheet's line.
    @discardableResult
    public mutating func use(sheet: StyleSheet) throws(StyleError) -> [String] {
        var unsupported: [String] = []
        for entry in sheet.entries where !RcParams.sessionKeys.contains(entry.key) {
            do {
                if try set(entry.key, entry.value) == false { unsupported.append(entry.key) }
            } catch {
                let place = entry.line > 0 ? "\(sheet.name), line \(entry.line): " : "\(sheet.name): "
                throw StyleError(place + error.message)
            }
        }
        return unsupported
    }

    /// Sets one key to `value` (`--rc lines.linewidth=2`): checked now, by the key's reader.
    /// Returns whether actplot draws the key (false: it is matplotlib's, kept, not drawn).
    @discardableResult
    public mutating func set(_ key: String, _ value: String) throws(StyleError) -> Bool {
        let key = key.trimmedText
        guard values[key] != nil || RcParams.drawn[key] != nil else {
            let suggestions = Suggestions.closest(to: key, among: Array(RcParams.defaults.values.keys).sorted(), limit: 1)
            let hint = suggestions.first.map { "; did you mean \($0)?" } ?? ""
            throw StyleError("'\(Echo.value(key))' is not a matplotlib rcParam\(hint)")
        }
        let text = RcValue.trimmedQuotes(value)
        if let reader = RcParams.drawn[key] {
            do {
                try reader(text, self)
            } catch {
                throw StyleError("\(key): \(error.message)")
            }
        }
        values[key] = text
        return RcParams.drawn[key] != nil
    }

    /// The value of `key`.
    public subscript(_ key: String) -> String { values[key] ?? "" }
}

/// The text of a matplotlib style sheet (`.mplstyle`), read as matplotlib's
/// `_rc_params_in_file` reads it: a `#` outside double quotes starts a comment, blank lines are
/// skipped, each other line is `key : value` split at the first colon, and one pair of double
/// quotes around the value is removed. A line without a colon is an error naming it.
public struct StyleSheet: Sendable {
    /// What error messages call the sheet: its style name, or the file's path as the user gave it.
    public let name: String
    /// The settings in the order they are written: each key, its value as text, and the line it
    /// is on, counting from 1 (0 when the sheet is not read from a file).
    public let entries: [(key: String, value: String, line: Int)]

    /// A sheet of `entries` as they are; an entry on line 0 is named by the sheet alone in an
    /// error message.
    public init(name: String, entries: [(key: String, value: String, line: Int)]) {
        self.name = name
        self.entries = entries
    }

    /// Reads the text of a `.mplstyle` file, called `name` in error messages. Throws a
    /// ``StyleError`` naming the line when a line has no colon or nothing before it.
    public init(parsing text: String, name: String) throws(StyleError) {
        var entries: [(key: String, value: String, line: Int)] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = ""
            var quoted = false
            for c in rawLine {
                if c == "\"" { quoted.toggle() }
                if c == "#" && !quoted { break }
                line.append(c)
            }
            let content = line.trimmedText
            if content.isEmpty { continue }
            guard let colon = content.firstIndex(of: ":") else {
                throw StyleError("\(name), line \(index + 1): '\(Echo.value(content, limit: 60))' is not 'key: value'")
            }
            let key = content[..<colon].trimmedText
            var value = content[content.index(after: colon)...].trimmedText
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            if key.isEmpty {
                throw StyleError("\(name), line \(index + 1): no key before ':'")
            }
            entries.append((key, value, index + 1))
        }
        self.init(name: name, entries: entries)
    }
}
