/// An activation function bound to parameter values: something you can evaluate and plot.
public struct Activation: Sendable {
    /// The catalog entry.
    public let function: ActivationFunction
    /// Parameter values, parallel to `function.parameters`; `nil` for an absent optional one.
    public let arguments: [Double?]
    /// Legend text: the name, plus the parameters that differ from their defaults,
    /// e.g. `leaky_relu(negative_slope=0.2)`. Settable for callers that want their own.
    public var label: String

    init(function: ActivationFunction, arguments: [Double?]) {
        precondition(arguments.count == function.parameters.count)
        self.function = function
        self.arguments = arguments
        let changed = zip(function.parameters, arguments).compactMap { p, value -> String? in
            guard let value, value != p.defaultValue else { return nil }
            return "\(p.name)=\(p.format(value))"
        }
        self.label = changed.isEmpty ? function.name : "\(function.name)(\(changed.joined(separator: ", ")))"
    }

    private var bound: Arguments { Arguments(values: arguments) }

    /// f(x). Finite wherever the true value is finite; the limits at x = ±∞ where they exist.
    public func value(_ x: Double) -> Double {
        function.valueFormula(x, bound)
    }

    /// f′(x), analytic. At kinks the one-sided value PyTorch's autograd uses (see
    /// `function.metadata.kinkConvention`).
    public func derivative(_ x: Double) -> Double {
        function.derivativeFormula(x, bound)
    }

    /// f″(x), analytic. At kinks the same one-sided convention as ``derivative(_:)``.
    public func secondDerivative(_ x: Double) -> Double {
        function.secondDerivativeFormula(x, bound)
    }

    /// Ascending finite x where f is not smooth (relu: [0]; hardtanh: [min_val, max_val]).
    /// Charts sample exactly there and detect jumps by evaluating at `x.nextDown` / `x.nextUp`.
    public var kinks: [Double] {
        var result: [Double] = []
        for x in function.kinkFormula(bound).filter(\.isFinite).sorted() where result.last != x {
            result.append(x)
        }
        return result
    }

    /// The value of the parameter called `name` (aliases accepted), `nil` if unknown or absent.
    public func argument(_ name: String) -> Double? {
        function.parameterIndex(name).flatMap { arguments[$0] }
    }
}

extension Activation: Equatable, Hashable {
    /// Same function, same arguments and same label.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.function == rhs.function && lhs.arguments == rhs.arguments && lhs.label == rhs.label
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(function)
        hasher.combine(arguments)
        hasher.combine(label)
    }
}
