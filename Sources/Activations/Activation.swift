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

    /// f (order 0), f′ (1) or f″ (2) as one closure with the parameters bound once: the fast path
    /// for sampling millions of points.
    public func evaluator(order: Int) -> @Sendable (Double) -> Double {
        let arguments = bound
        let formula = self.formula(order: order)
        return { formula($0, arguments) }
    }

    /// f (order 0), f′ (1) or f″ (2) at every x of `xs`, written to `ys`: one call per block of
    /// samples instead of one per sample, for charts of millions of points.
    public func evaluate(order: Int, _ xs: UnsafeBufferPointer<Double>, into ys: UnsafeMutableBufferPointer<Double>) {
        switch order {
        case 0: function.valueBlock(xs, ys, bound)
        case 1: function.derivativeBlock(xs, ys, bound)
        default: function.secondDerivativeBlock(xs, ys, bound)
        }
    }

    private func formula(order: Int) -> ActivationFunction.Formula {
        switch order {
        case 0: function.valueFormula
        case 1: function.derivativeFormula
        default: function.secondDerivativeFormula
        }
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
    /// Hashes the function, the arguments and the label, the parts `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(function)
        hasher.combine(arguments)
        hasher.combine(label)
    }
}
