/// Which curve of a function: its value, or its first or second derivative.
public enum DerivativeOrder: Int, CaseIterable, Sendable, Comparable, Hashable {
    /// f itself.
    case value = 0
    /// f′, the first derivative.
    case first = 1
    /// f″, the second derivative.
    case second = 2

    /// The prime marks a label takes: "", "′", "″".
    public var primes: String { ["", "′", "″"][rawValue] }

    /// The same marks in ASCII, as CSV headers write them: "", "'", "''".
    public var apostrophes: String { String(repeating: "'", count: rawValue) }

    /// Lower orders first: value, first, second.
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// One parameter of a curve as its label shows it: `alpha=0.5`.
public struct ParameterSetting: Sendable, Equatable {
    /// The parameter's canonical name, e.g. `alpha`.
    public let name: String
    /// The value as the user would write it.
    public let value: String
    /// Whether it is the parameter's default.
    public let isDefault: Bool

    /// Creates a setting; see the properties for what each field holds.
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
    /// The name of the curve of `order`, as legends and CSV headers write it: the name, the order's
    /// marks (`′`, `″`, or `'`, `''` in `ascii`), then the parameters that differ from their
    /// defaults, or all of them with `includingDefaults`: `leaky_relu(negative_slope=0.2)`,
    /// `elu′(alpha=1)`, `elu''(alpha=2)`.
    public func label(_ order: DerivativeOrder = .value, includingDefaults: Bool = false, ascii: Bool = false) -> String {
        let marks = ascii ? order.apostrophes : order.primes
        let shown = settings.filter { includingDefaults || !$0.isDefault }
        guard !shown.isEmpty else { return name + marks }
        return "\(name)\(marks)(\(shown.map { "\($0.name)=\($0.value)" }.joined(separator: ", ")))"
    }

    /// The name with the parameters that differ from their defaults.
    public var label: String { label() }

    /// f, f′ or f″ as a function of x.
    public func evaluator(_ order: DerivativeOrder) -> @Sendable (Double) -> Double {
        { self.evaluate(order, at: $0) }
    }
}

/// The curves among `curves` whose name another one shares (`elu` and `elu:alpha=2`): their
/// labels show every parameter, defaults included, so that no two read the same.
public func sharingNames(_ curves: [any Curve]) -> [Bool] {
    curves.map { curve in curves.filter { $0.name == curve.name }.count > 1 }
}
