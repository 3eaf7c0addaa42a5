/// The bound parameter values handed to an activation's formulas, in the order of
/// `ActivationFunction.parameters`.
struct Arguments: Sendable {
    /// One entry per parameter; `nil` only for parameters without a default that were not given.
    let values: [Double?]

    /// The value of parameter `index`, which must have a default or have been given.
    subscript(index: Int) -> Double { values[index] ?? .nan }

    /// The value of parameter `index`, or `nil` when it is absent (softplus `threshold`).
    func optional(_ index: Int) -> Double? { values[index] }
}
