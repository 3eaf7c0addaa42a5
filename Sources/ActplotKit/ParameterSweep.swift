#if canImport(Glibc)
import Glibc
#endif
import Activations
import Support

/// `--vary NAME=VALUES`: one parameter that takes several values, each value a curve.
///
/// VALUES is a list (`0.01,0.1,0.3`, or words such as `none,tanh`), `A:B:N` (N values evenly
/// spaced from A to B, both included, as `numpy.linspace`) or `A:B:N:log` (N values in geometric
/// progression, as `numpy.geomspace`, with A and B > 0).
public struct ParameterSweep: Sendable, Equatable {
    /// How the values were given, which decides how a colour scale shows them.
    public enum Spacing: Sendable, Equatable {
        /// A list, in the order given.
        case listed
        /// `A:B:N`.
        case linear
        /// `A:B:N:log`.
        case geometric
    }

    /// The most values a sweep may have.
    public static let maximumCount = 256

    /// The parameter's name or alias, as given.
    public let name: String
    /// The values as a parameter given by hand would be written: bound one by one, so that each
    /// is checked against the parameter's domain exactly as `NAME:key=value` is.
    public let values: [String]
    public let spacing: Spacing

    public init(name: String, values: [String], spacing: Spacing) {
        self.name = name
        self.values = values
        self.spacing = spacing
    }

    /// Parses `NAME=VALUES`.
    public init(parsing text: String) throws(ActplotError) {
        let shown = Echo.value(text)
        guard let equals = text.firstIndex(of: "=") else {
            throw .usage("--vary '\(shown)' must be NAME=VALUES, such as alpha=0.5,1,2 or alpha=0.1:10:5:log")
        }
        let name = trimmed(String(text[..<equals])), body = trimmed(String(text[text.index(after: equals)...]))
        guard !name.isEmpty else {
            throw .usage("--vary '\(shown)' names no parameter; write NAME=VALUES, such as alpha=0.5,1,2")
        }
        guard !body.isEmpty else {
            throw .usage("--vary '\(shown)' gives no values; write \(name)=V1,V2,… or \(name)=A:B:N")
        }
        if body.contains(":") {
            let (values, spacing) = try ParameterSweep.progression(body, option: shown)
            self.init(name: name, values: values, spacing: spacing)
            return
        }
        let values = body.split(separator: ",", omittingEmptySubsequences: false).map { trimmed(String($0)) }
        if values.contains(where: \.isEmpty) {
            throw .usage("--vary '\(shown)' has an empty value; separate the values with single commas")
        }
        guard values.count <= ParameterSweep.maximumCount else {
            throw .usage("--vary '\(shown)' gives \(values.count) values; at most \(ParameterSweep.maximumCount) are drawn")
        }
        self.init(name: name, values: values, spacing: .listed)
    }

    /// The values of `A:B:N` or `A:B:N:log`, written in their shortest round-trip form.
    static func progression(_ body: String, option shown: String) throws(ActplotError) -> ([String], Spacing) {
        let parts = body.split(separator: ":", omittingEmptySubsequences: false).map { trimmed(String($0)) }
        let form = "write A:B:N (N values from A to B) or A:B:N:log"
        guard parts.count == 3 || (parts.count == 4 && parts[3].lowercased() == "log") else {
            throw .usage("--vary '\(shown)': '\(Echo.value(body))' is not a list or a range; \(form)")
        }
        guard let start = NumberSyntax.double(parts[0]), start.isFinite else {
            throw .usage("--vary '\(shown)': '\(Echo.value(parts[0]))' is not a finite number; \(form)")
        }
        guard let stop = NumberSyntax.double(parts[1]), stop.isFinite else {
            throw .usage("--vary '\(shown)': '\(Echo.value(parts[1]))' is not a finite number; \(form)")
        }
        guard let count = NumberSyntax.integer(parts[2]), count >= 2, count <= maximumCount else {
            throw .usage("--vary '\(shown)': the count '\(Echo.value(parts[2]))' must be a whole number from 2 to \(maximumCount)")
        }
        guard start != stop else {
            throw .usage("--vary '\(shown)': A and B are equal, so every value would be the same")
        }
        if parts.count == 3 {
            return (Linspace(from: start, through: stop, count: count).map(NumberFormat.shortest), .linear)
        }
        guard start > 0, stop > 0 else {
            throw .usage("--vary '\(shown)': a :log range needs A and B > 0")
        }
        return (geomspace(start, stop, count: count).map(NumberFormat.shortest), .geometric)
    }

    /// `count` values in geometric progression from `start` to `stop`, as `numpy.geomspace`
    /// computes them: `10 ** linspace(log10(start), log10(stop), count)`, with both ends then set
    /// to exactly `start` and `stop`.
    static func geomspace(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        var values = Linspace(from: log10(start), through: log10(stop), count: count).map { pow(10, $0) }
        values[0] = start
        values[count - 1] = stop
        return values
    }
}
