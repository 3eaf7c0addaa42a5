import Activations
import Support

/// The x interval of a plot, written `A:B` on the command line.
public struct PlotRange: Sendable, Equatable {
    public let lower: Double
    public let upper: Double

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// Parses `A:B` with finite A < B.
    public init(parsing text: String) throws(ActplotError) {
        let shown = Echo.value(text)
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw .usage("--range '\(shown)' must be two numbers A:B with A < B, such as -10:10")
        }
        func number(_ part: Substring) throws(ActplotError) -> Double {
            guard let value = NumberSyntax.double(String(part)) else {
                throw .usage("--range '\(shown)': '\(Echo.value(trimmed(String(part))))' is not a number; write A:B, such as -10:10")
            }
            guard value.isFinite else {
                throw .usage("--range '\(shown)': '\(Echo.value(trimmed(String(part))))' is not finite; both ends must be finite numbers")
            }
            return value
        }
        let lower = try number(parts[0]), upper = try number(parts[1])
        guard lower < upper else {
            throw .usage("--range '\(shown)' is empty or reversed; the start must be less than the end, such as -10:10")
        }
        guard (upper - lower).isFinite else {
            throw .usage("--range '\(shown)' is too wide; its width must be a finite number")
        }
        self.init(lower: lower, upper: upper)
    }
}
