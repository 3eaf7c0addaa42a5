/// Which curve of a function: its value, or its first or second derivative.
public enum DerivativeOrder: Int, CaseIterable, Sendable, Comparable, Hashable {
    case value = 0
    case first = 1
    case second = 2

    /// The prime marks a label takes: "", "′", "″".
    public var primes: String { ["", "′", "″"][rawValue] }

    /// The same marks in ASCII, as CSV headers write them: "", "'", "''".
    public var apostrophes: String { String(repeating: "'", count: rawValue) }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// One parameter of a curve as its label shows it: `alpha=0.5`.
public struct ParameterSetting: Sendable, Equatable {
    public let name: String
    /// The value as the user would write it.
    public let value: String
    /// Whether it is the parameter's default.
    public let isDefault: Bool

    public init(name: String, value: String, isDefault: Bool) {
        self.name = name
        self.value = value
        self.isDefault = isDefault
    }
}

/// A function of x that can be plotted with its first and second derivatives: a catalog
/// ``Activation`` bound to its parameters, or a user's formula.
///
/// Everything downstream (sampling, charts, CSV) takes a curve and nothing else, so a new kind
/// of curve (a parameter sweep's member, a fitted function) plugs in by conforming.
public protocol Curve: Sendable {
    /// The function's name without parameters (`elu`), or the formula as written.
    var name: String { get }
    /// The parameters, in declaration order, with their values; empty for a formula.
    var settings: [ParameterSetting] { get }
    /// Ascending finite x where f or its derivatives are not smooth: charts sample exactly there
    /// and look for jumps on either side.
    var kinks: [Double] { get }
    /// f, f′ or f″ at `x`.
    func evaluate(_ order: DerivativeOrder, at x: Double) -> Double
    /// f, f′ or f″ at every x of `xs`, written to the same positions of `ys`: the fast path for
    /// sampling millions of points, with no copy of the block.
    func evaluate(_ order: DerivativeOrder, _ xs: UnsafeBufferPointer<Double>, into ys: UnsafeMutableBufferPointer<Double>)
}

extension Curve {
    /// The legend and CSV name: the name, plus the parameters that differ from their defaults
    /// (`leaky_relu(negative_slope=0.2)`), or every parameter with `includingDefaults`
    /// (`elu(alpha=1)`).
    public func label(includingDefaults: Bool = false) -> String {
        let shown = settings.filter { includingDefaults || !$0.isDefault }
        guard !shown.isEmpty else { return name }
        return "\(name)(\(shown.map { "\($0.name)=\($0.value)" }.joined(separator: ", ")))"
    }

    /// The legend and CSV name with the parameters that differ from their defaults.
    public var label: String { label() }

    /// f, f′ or f″ as a function of x.
    public func evaluator(_ order: DerivativeOrder) -> @Sendable (Double) -> Double {
        { self.evaluate(order, at: $0) }
    }
}
