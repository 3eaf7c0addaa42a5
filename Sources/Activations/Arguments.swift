/// The bound parameter values handed to an activation's formulas, in the order of
/// `ActivationFunction.parameters`. Numbers are read with the subscript, choices with
/// ``choice(_:)``; formulas run once per sample, so both are plain array reads.
struct Arguments: Sendable {
    /// One entry per parameter: the number, or a choice's index; `nil` only for parameters
    /// without a default that were not given.
    private let values: [Double?]

    init(_ arguments: [ParameterValue?]) {
        values = arguments.map { value in
            switch value {
            case .number(let number): number
            case .choice(let index): Double(index)
            case nil: nil
            }
        }
    }

    /// The number of parameter `index`, which must have a default or have been given.
    subscript(index: Int) -> Double { values[index] ?? .nan }

    /// The number of parameter `index`, or `nil` when it is absent (softplus `threshold`).
    func optional(_ index: Int) -> Double? { values[index] }

    /// The word chosen for enumerated parameter `index`, as the enumeration whose cases follow
    /// the parameter's choices.
    func choice<Choice: RawRepresentable>(_ index: Int, as type: Choice.Type) -> Choice? where Choice.RawValue == Int {
        Choice(rawValue: Int(values[index] ?? 0))
    }
}
