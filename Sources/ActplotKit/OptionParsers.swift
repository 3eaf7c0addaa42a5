import Activations
import Chart
import Support
import TerminalRenderer

/// Parsers for option values, shared by the command line and its fuzz target. Each error names
/// the option and what it accepts.
public enum OptionParsers {
    public static func samples(_ text: String) throws(ActplotError) -> Int {
        let shown = Echo.value(text)
        guard let value = NumberSyntax.double(text), !value.isNaN else {
            throw .usage("--samples '\(shown)' is not a whole number; give a count of at least 2, such as 1000")
        }
        guard value >= 2 else {
            throw .usage("--samples \(shown) is too few; give at least 2 (the default is 1000)")
        }
        guard value <= Double(PlotRequest.maxSamples) else {
            throw .usage("--samples \(shown) is too many; at most \(PlotRequest.maxSamples) are allowed")
        }
        guard let n = NumberSyntax.integer(text) else {
            throw .usage("--samples '\(shown)' must be a whole number of samples, such as 1000")
        }
        return n
    }

    /// A comma-separated list of formats, such as `png,svg,pdf`.
    public static func formats(_ text: String) throws(ActplotError) -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let format = OutputFormat.find(String(part)) else {
                throw .usage(
                    "--format '\(Echo.value(text))': '\(Echo.value(String(part)))' is not a format; use \(OutputFormat.names()), comma-separated")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }

    public static func dpi(_ text: String) throws(ActplotError) -> Double {
        guard let d = NumberSyntax.double(text), d.isFinite, d > 0 else {
            throw .usage("--dpi '\(Echo.value(text))' must be a positive number, such as 100 or 200")
        }
        return d
    }

    /// `WxH` in inches, such as `6.4x4.8`.
    public static func size(_ text: String) throws(ActplotError) -> (width: Double, height: Double) {
        let shown = Echo.value(text)
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = NumberSyntax.double(String(parts[0])), let h = NumberSyntax.double(String(parts[1]))
        else {
            throw .usage("--size '\(shown)' must be WxH in inches, such as 6.4x4.8")
        }
        guard w.isFinite, h.isFinite, w > 0, h > 0 else {
            throw .usage("--size '\(shown)' must have a positive width and height, such as 6.4x4.8")
        }
        return (w, h)
    }

    /// A whole number of at least `minimum` for `option`, such as `--columns 6`.
    public static func count(_ option: String, minimum: Int) -> @Sendable (String) throws(ActplotError) -> Int {
        { text throws(ActplotError) in
            guard let n = NumberSyntax.integer(text), n >= minimum else {
                throw .usage("\(option) '\(Echo.value(text))' must be a whole number of at least \(minimum)")
            }
            return n
        }
    }

    public static func legend(_ text: String) throws(ActplotError) -> LegendLocation {
        let normalized = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
            .joined(separator: " ")
        guard let location = LegendLocation(rawValue: normalized) else {
            let all = LegendLocation.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            throw .usage("--legend '\(Echo.value(text))' is not a location; use one of \(all)")
        }
        return location
    }

    /// A positive number of points for `option`, such as `--font-size 12`.
    public static func positive(_ option: String) -> @Sendable (String) throws(ActplotError) -> Double {
        { text throws(ActplotError) in
            guard let value = NumberSyntax.double(text), value.isFinite, value > 0 else {
                throw .usage("\(option) '\(Echo.value(text))' must be a positive number of points, such as 12")
            }
            return value
        }
    }

    /// `A:B`, `A:` or `:B`: y view limits, either end optional; both given must be finite with
    /// A < B.
    public static func ylim(_ text: String) throws(ActplotError) -> (lower: Double?, upper: Double?) {
        let shown = Echo.value(text)
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw .usage("--ylim '\(shown)' must be A:B, A: or :B, such as -1:1 or :5")
        }
        func end(_ part: Substring) throws(ActplotError) -> Double? {
            let written = trimmed(String(part))
            if written.isEmpty { return nil }
            guard let value = NumberSyntax.double(written), value.isFinite else {
                throw .usage("--ylim '\(shown)': '\(Echo.value(written))' is not a finite number; write A:B, A: or :B")
            }
            return value
        }
        let (lower, upper) = (try end(parts[0]), try end(parts[1]))
        if lower == nil && upper == nil {
            throw .usage("--ylim '\(shown)' sets neither end; write A:B, A: or :B, such as -1:1")
        }
        if let lower, let upper, !(lower < upper) {
            throw .usage("--ylim '\(shown)' is empty or reversed; the bottom must be less than the top, such as -1:1")
        }
        return (lower, upper)
    }

    /// `--order 0|1|2` of `actplot eval`: the highest derivative printed.
    public static func order(_ text: String) throws(ActplotError) -> DerivativeOrder {
        guard let n = NumberSyntax.integer(text), let order = DerivativeOrder(rawValue: n) else {
            throw .usage("--order '\(Echo.value(text))' must be 0 (f), 1 (f and f′) or 2 (f, f′ and f″)")
        }
        return order
    }

    /// `--format table|csv|json` of `actplot eval`.
    public static func evalFormat(_ text: String) throws(ActplotError) -> EvalFormat {
        guard let format = EvalFormat(rawValue: trimmed(text).lowercased()) else {
            let names = EvalFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw .usage("--format '\(Echo.value(text))' is not a format of eval; use \(names)")
        }
        return format
    }

    /// `WxH` in character cells, such as `100x30`: at least 10 columns and 4 rows, at most 4096
    /// of each.
    public static func cells(_ text: String) throws(ActplotError) -> (columns: Int, rows: Int) {
        let shown = Echo.value(text)
        let parts = trimmed(text).lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = NumberSyntax.integer(String(parts[0])), let h = NumberSyntax.integer(String(parts[1]))
        else {
            throw .usage("--cells '\(shown)' must be WxH in character cells, such as 100x30")
        }
        guard (10...4096).contains(w), (4...4096).contains(h) else {
            throw .usage("--cells '\(shown)' is out of range; give 10 to 4096 columns and 4 to 4096 rows, such as 100x30")
        }
        return (w, h)
    }

    public static func termMode(_ text: String) throws(ActplotError) -> TerminalMode {
        guard let mode = TerminalMode(rawValue: trimmed(text).lowercased()) else {
            let all = TerminalMode.allCases.map(\.rawValue).joined(separator: ", ")
            throw .usage("--term-mode '\(Echo.value(text))' is not a mode; use one of \(all)")
        }
        return mode
    }

    public static func layout(_ text: String) throws(ActplotError) -> LayoutMode {
        guard let mode = LayoutMode(rawValue: trimmed(text).lowercased()) else {
            throw .usage("--layout '\(Echo.value(text))' is not a layout; use auto, tight or default")
        }
        return mode
    }
}
