import Chart

/// Parsers for option values, shared by the command line and its fuzz target. Each error names
/// the option and what it accepts.
public enum OptionParsers {
    public static func samples(_ text: String) throws(ActplotError) -> Int {
        guard let n = Int(text) else {
            if let d = Double(text), d.isFinite, d >= 2 {
                throw .usage("--samples '\(text)' must be a whole number of samples, such as 1000")
            }
            throw .usage("--samples '\(text)' is not a whole number; give a count of at least 2, such as 1000")
        }
        guard n >= 2 else {
            throw .usage("--samples \(n) is too few; give at least 2 (the default is 1000)")
        }
        guard n <= PlotRequest.maxSamples else {
            throw .usage("--samples \(n) is too many; at most \(PlotRequest.maxSamples) are allowed")
        }
        return n
    }

    /// A comma-separated list of formats, such as `png,svg,pdf`.
    public static func formats(_ text: String) throws(ActplotError) -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let format = OutputFormat(rawValue: part.trimmingSpaces.lowercased()) else {
                throw .usage("--format '\(text)': '\(part)' is not a format; use png, svg, pdf or csv, comma-separated")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }

    public static func dpi(_ text: String) throws(ActplotError) -> Double {
        guard let d = Double(text), d.isFinite, d > 0 else {
            throw .usage("--dpi '\(text)' must be a positive number, such as 100 or 200")
        }
        return d
    }

    /// `WxH` in inches, such as `6.4x4.8`.
    public static func size(_ text: String) throws(ActplotError) -> (width: Double, height: Double) {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]) else {
            throw .usage("--size '\(text)' must be WxH in inches, such as 6.4x4.8")
        }
        guard w.isFinite, h.isFinite, w > 0, h > 0 else {
            throw .usage("--size '\(text)' must have a positive width and height, such as 6.4x4.8")
        }
        return (w, h)
    }

    public static func legend(_ text: String) throws(ActplotError) -> LegendLocation {
        let normalized = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
            .joined(separator: " ")
        guard let location = LegendLocation(rawValue: normalized) else {
            let all = LegendLocation.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            throw .usage("--legend '\(text)' is not a location; use one of \(all)")
        }
        return location
    }

    public static func theme(_ text: String) throws(ActplotError) -> Theme {
        switch text.lowercased() {
        case "default": return .default
        case "dark", "dark_background", "dark-background": return .dark
        default: throw .usage("--theme '\(text)' is not a theme; use default or dark")
        }
    }
}
