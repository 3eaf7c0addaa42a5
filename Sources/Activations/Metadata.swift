/// What a reader wants to know about an activation function besides its values.
public struct Metadata: Sendable {
    /// f(x) in Unicode math, e.g. "max(0, x)".
    public let formula: String
    /// f′(x) in Unicode math.
    public let derivativeFormula: String
    /// The range of f for the default parameters, e.g. "[0, ∞)".
    public let outputRange: String
    /// Smoothness class of f, e.g. "C⁰", "C¹", "C∞" (for the default parameters).
    public let continuity: String
    /// Whether f is monotonic (non-decreasing) for the default parameters.
    public let monotonic: Bool
    /// Whether f is odd (f(−x) = −f(x)) for the default parameters, so its outputs are centred on
    /// zero: tanh, arctan, softsign, hardtanh… but not ELU or leaky ReLU, which only dip below 0.
    public let zeroCentred: Bool
    /// Where the definition comes from, e.g. "PyTorch torch.nn.ELU; Clevert et al. 2015".
    public let source: String
    /// What f′ (and f″) are at kinks and why; `nil` for smooth functions.
    public let kinkConvention: String?
    /// Advantages and drawbacks, in a few sentences.
    public let notes: String?

    /// Creates metadata; see the properties for what each field holds.
    public init(formula: String, derivativeFormula: String, outputRange: String,
                continuity: String, monotonic: Bool, zeroCentred: Bool, source: String,
                kinkConvention: String? = nil, notes: String? = nil) {
        self.formula = formula
        self.derivativeFormula = derivativeFormula
        self.outputRange = outputRange
        self.continuity = continuity
        self.monotonic = monotonic
        self.zeroCentred = zeroCentred
        self.source = source
        self.kinkConvention = kinkConvention
        self.notes = notes
    }
}
