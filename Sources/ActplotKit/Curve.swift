import Activations

/// A function to plot with its derivatives: a catalog activation or a user's expression.
public struct Curve: Sendable {
    /// The name shown in the legend and the CSV header.
    public let label: String
    public let value: @Sendable (Double) -> Double
    public let derivative: @Sendable (Double) -> Double
    public let secondDerivative: @Sendable (Double) -> Double
    /// Where the function or its derivatives are not smooth; charts sample exactly there.
    public let kinks: [Double]

    public init(
        label: String, kinks: [Double] = [],
        value: @escaping @Sendable (Double) -> Double,
        derivative: @escaping @Sendable (Double) -> Double,
        secondDerivative: @escaping @Sendable (Double) -> Double
    ) {
        self.label = label
        self.kinks = kinks
        self.value = value
        self.derivative = derivative
        self.secondDerivative = secondDerivative
    }

    /// A catalog activation with its analytic derivatives.
    public init(_ activation: Activation) {
        self.init(
            label: activation.label, kinks: activation.kinks,
            value: { activation.value($0) },
            derivative: { activation.derivative($0) },
            secondDerivative: { activation.secondDerivative($0) })
    }

    /// The curve's value, first or second derivative.
    public func evaluator(order: Int) -> @Sendable (Double) -> Double {
        switch order {
        case 0: value
        case 1: derivative
        default: secondDerivative
        }
    }
}
