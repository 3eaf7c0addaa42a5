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
    /// Evaluates order 0, 1 or 2 at a block of x at once; the fast path for long samplings.
    public let block: @Sendable (_ order: Int, _ xs: UnsafeBufferPointer<Double>, _ ys: UnsafeMutableBufferPointer<Double>) -> Void

    public init(
        label: String, kinks: [Double] = [],
        value: @escaping @Sendable (Double) -> Double,
        derivative: @escaping @Sendable (Double) -> Double,
        secondDerivative: @escaping @Sendable (Double) -> Double,
        block: (@Sendable (Int, UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void)? = nil
    ) {
        self.label = label
        self.kinks = kinks
        self.value = value
        self.derivative = derivative
        self.secondDerivative = secondDerivative
        self.block =
            block ?? { order, xs, ys in
                let f = order == 0 ? value : order == 1 ? derivative : secondDerivative
                for i in 0..<min(xs.count, ys.count) { ys[i] = f(xs[i]) }
            }
    }

    /// A catalog activation with its analytic derivatives.
    public init(_ activation: Activation) {
        self.init(
            label: activation.label, kinks: activation.kinks,
            value: activation.evaluator(order: 0),
            derivative: activation.evaluator(order: 1),
            secondDerivative: activation.evaluator(order: 2),
            block: { order, xs, ys in activation.evaluate(order: order, xs, into: ys) })
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
