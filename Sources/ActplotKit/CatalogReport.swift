import Activations
import HTMLRenderer

/// The text of `actplot list` and `actplot info`.
public enum CatalogReport {
    /// `name(key=default, …)`, as the parameters column shows them.
    static func parameterList(_ function: ActivationFunction) -> String {
        function.parameters.map { p in
            if p.isEnumerated { return "\(p.name)=\(p.choices.joined(separator: "|"))" }
            guard let value = p.defaultValue else { return "\(p.name)=none" }
            return "\(p.name)=\(p.format(value))"
        }.joined(separator: ", ")
    }

    /// An aligned table of name, aliases, formula and parameters.
    public static func table(_ functions: [ActivationFunction] = Catalog.functions) -> String {
        let header = ["NAME", "ALIASES", "FORMULA", "PARAMETERS"]
        let rows = functions.map { f in
            [f.name, f.aliases.joined(separator: ", "), f.metadata.formula, parameterList(f)]
        }
        var widths = header.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (i, cell) in cells.enumerated() {
                out += cell
                if i < cells.count - 1 { out += String(repeating: " ", count: widths[i] - cell.count + 2) }
            }
            while out.last == " " { out.removeLast() }
            return out
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
    }

    /// The same as `table`, as a JSON array for scripts.
    public static func json(_ functions: [ActivationFunction] = Catalog.functions) -> String {
        let items = functions.map { f -> String in
            let parameters = f.parameters.map { p -> String in
                var fields = [
                    "\"name\": \(quoted(p.name))",
                    "\"aliases\": [\(p.aliases.map(quoted).joined(separator: ", "))]",
                ]
                if p.isEnumerated {
                    fields.append("\"choices\": [\(p.choices.map(quoted).joined(separator: ", "))]")
                    fields.append("\"default\": \(p.defaultValue.map { quoted(p.format($0)) } ?? "null")")
                } else {
                    fields.append("\"default\": \(p.defaultValue?.number.map(number) ?? "null")")
                }
                fields.append("\"meaning\": \(quoted(p.meaning))")
                return "{" + fields.joined(separator: ", ") + "}"
            }
            let m = f.metadata
            let fields = [
                "\"name\": \(quoted(f.name))",
                "\"aliases\": [\(f.aliases.map(quoted).joined(separator: ", "))]",
                "\"formula\": \(quoted(m.formula))",
                "\"derivative\": \(quoted(m.derivativeFormula))",
                "\"parameters\": [\(parameters.joined(separator: ", "))]",
                "\"range\": \(quoted(m.outputRange))",
                "\"continuity\": \(quoted(m.continuity))",
                "\"monotonic\": \(m.monotonic)",
                "\"zero_centred\": \(m.zeroCentred)",
                "\"source\": \(quoted(m.source))",
            ]
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return "[\n" + items.joined(separator: ",\n") + "\n]"
    }

    /// Everything known about one function, bound to the parameters given (`info elu:alpha=2`):
    /// their values are shown beside the defaults, and kinks are where these parameters put them.
    public static func info(_ activation: Activation) -> String {
        let f = activation.function
        let m = f.metadata
        var lines = [activation.label]
        if !f.aliases.isEmpty { lines.append("  aliases:     \(f.aliases.joined(separator: ", "))") }
        lines.append("  f(x)        = \(m.formula)")
        lines.append("  f′(x)       = \(m.derivativeFormula)")
        lines.append("  range:      \(m.outputRange)")
        lines.append("  continuity: \(m.continuity)")
        lines.append("  monotonic:  \(m.monotonic ? "yes" : "no")")
        lines.append("  zero-centred: \(m.zeroCentred ? "yes" : "no")")
        lines += derivativeZeroLines(f)
        if !f.parameters.isEmpty {
            lines.append("  parameters:")
            for (p, value) in zip(f.parameters, activation.arguments) {
                var head = "    \(p.name)"
                if !p.aliases.isEmpty { head += " (also \(p.aliases.joined(separator: ", ")))" }
                if p.isEnumerated {
                    head += " = \(p.choices.joined(separator: "|"))"
                    if let d = p.defaultValue { head += ", default \(p.format(d))" }
                } else {
                    head += " = \(p.defaultValue.map(p.format) ?? "unset by default")"
                }
                if let value, value != p.defaultValue { head += ", given \(p.format(value))" }
                lines.append(head + ": \(p.meaning)")
            }
        }
        let kinks = activation.kinks
        if !kinks.isEmpty {
            let which = activation.arguments == f.standard.arguments ? "default parameters" : "these parameters"
            lines.append("  kinks:      x = \(kinks.map(\.description).joined(separator: ", ")) (\(which))")
        }
        if let convention = m.kinkConvention { lines.append("  at kinks:   \(convention)") }
        lines.append("  source:     \(m.source)")
        if let notes = m.notes { lines.append("  notes:      \(notes)") }
        return lines.joined(separator: "\n")
    }

    /// `stationary:` and `inflection:` lines from the table of zeros of f′ and f″ (mpmath's,
    /// rounded to doubles), for the default parameters and then each other tabulated variant.
    static func derivativeZeroLines(_ f: ActivationFunction) -> [String] {
        var lines: [String] = []
        for zeros in DerivativeZeros.all where zeros.function == f.name {
            let changed = zip(f.parameters, zeros.arguments).compactMap { p, value -> String? in
                guard let value, value != p.defaultValue else { return nil }
                return "\(p.name)=\(p.format(value))"
            }
            let variant = changed.isEmpty ? "" : " (\(changed.joined(separator: ", ")))"
            func at(_ zero: DerivativeZero) -> String {
                "x \(zero.isExact ? "=" : "≈") \(zero.x.description)"
            }
            if !zeros.stationary.isEmpty {
                let points = zeros.stationary.map { "\(at($0)) (\($0.kind.rawValue), f ≈ \($0.value.description))" }
                let more = zeros.stationaryContinued.map { ", \($0)" } ?? ""
                lines.append("  stationary\(variant): " + points.joined(separator: "; ") + more)
            }
            if !zeros.inflection.isEmpty {
                let points = zeros.inflection.map(at)
                let more = zeros.inflectionContinued.map { ", \($0)" } ?? ""
                lines.append("  inflection\(variant): " + points.joined(separator: "; ") + more)
            }
        }
        return lines
    }

    static func number(_ value: Double) -> String {
        value.isFinite ? value.description : "null"
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        JSONText.string(text, forHTML: false)
    }
}
