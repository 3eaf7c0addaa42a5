/// An activation function bound to parameter values: something you can evaluate and plot.
public struct Activation: Curve, Sendable, Hashable {
    /// The catalog entry.
    public let function: ActivationFunction
    /// Parameter values, parallel to `function.parameters`; `nil` for an absent optional one.
    public let arguments: [ParameterValue?]
    /// The same values as the formulas read them.
    private let bound: Arguments

    init(function: ActivationFunction, arguments: [ParameterValue?]) {
        precondition(arguments.count == function.parameters.count)
        self.function = function
        self.arguments = arguments
        self.bound = Arguments(arguments)
    }

    /// The same function with the same parameter values.
    public static func == (a: Self, b: Self) -> Bool { a.function == b.function && a.arguments == b.arguments }

    /// Hashes the function and the parameter values, the parts `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(function)
        hasher.combine(arguments)
    }

    // MARK: Curve

    /// The catalog name, e.g. `leaky_relu`.
    public var name: String { function.name }

    /// Every parameter that has a value, given or default.
    public var settings: [ParameterSetting] {
        zip(function.parameters, arguments).compactMap { p, value in
            value.map { ParameterSetting(name: p.name, value: p.format($0), isDefault: $0 == p.defaultValue) }
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

    /// f, f′ or f″ at `x`; at kinks the one-sided values PyTorch's autograd uses (see
    /// `function.metadata.kinkConvention`).
    public func evaluate(_ order: DerivativeOrder, at x: Double) -> Double {
        formula(order)(x, bound)
    }

    /// f, f′ or f″ at every x of `xs`, written to `ys`: one call per block of samples instead of
    /// one per sample, for charts of millions of points.
    public func evaluate(_ order: DerivativeOrder, _ xs: UnsafeBufferPointer<Double>, into ys: UnsafeMutableBufferPointer<Double>) {
        switch order {
        case .value: function.valueBlock(xs, ys, bound)
        case .first: function.derivativeBlock(xs, ys, bound)
        case .second: function.secondDerivativeBlock(xs, ys, bound)
        }
    }

    // MARK: Conveniences

    /// f(x). Finite wherever the true value is finite; the limits at x = ±∞ where they exist.
    public func value(_ x: Double) -> Double { function.valueFormula(x, bound) }

    /// f′(x), analytic. At kinks the one-sided value PyTorch's autograd uses.
    public func derivative(_ x: Double) -> Double { function.derivativeFormula(x, bound) }

    /// f″(x), analytic. At kinks the same one-sided convention as ``derivative(_:)``.
    public func secondDerivative(_ x: Double) -> Double { function.secondDerivativeFormula(x, bound) }

    /// f, f′ or f″ as one closure with the parameters bound once: the fast path for evaluating
    /// one point at a time.
    public func evaluator(order: DerivativeOrder) -> @Sendable (Double) -> Double {
        let arguments = bound
        let formula = self.formula(order)
        return { formula($0, arguments) }
    }

    private func formula(_ order: DerivativeOrder) -> ActivationFunction.Formula {
        switch order {
        case .value: function.valueFormula
        case .first: function.derivativeFormula
        case .second: function.secondDerivativeFormula
        }
    }

    /// The value of the parameter called `name` (aliases accepted), `nil` if unknown or absent.
    public func argument(_ name: String) -> ParameterValue? {
        function.parameterIndex(name).flatMap { arguments[$0] }
    }
}
