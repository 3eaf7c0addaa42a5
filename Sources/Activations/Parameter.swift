/// The values a numeric parameter may take; anything else is rejected when a spec is bound.
public enum ParameterDomain: Sendable, Equatable {
    /// Any finite number.
    case any
    /// Finite and > 0.
    case positive
    /// Finite and ≥ 0.
    case nonNegative
    /// Finite and ≠ 0.
    case nonZero

    /// Whether `value` is allowed (non-finite values never are).
    public func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        switch self {
        case .any: return true
        case .positive: return value > 0
        case .nonNegative: return value >= 0
        case .nonZero: return value != 0
        }
    }

    /// A short phrase for error messages, e.g. "> 0".
    public var requirement: String {
        switch self {
        case .any: return "a finite number"
        case .positive: return "> 0"
        case .nonNegative: return "≥ 0"
        case .nonZero: return "≠ 0"
        }
    }
}

/// One named parameter of an activation function, e.g. ELU's `alpha`.
public struct Parameter: Sendable {
    /// The name PyTorch (or JAX, for JAX-only functions) uses, e.g. `negative_slope`.
    public let name: String
    /// Other accepted spellings, e.g. `lambda` for `lambd`.
    public let aliases: [String]
    /// The value used when the spec does not give one; `nil` means the parameter is
    /// absent unless given (softplus `threshold`).
    public let defaultValue: Double?
    /// For enumerated parameters the allowed words (gelu `approximate`: `none`, `tanh`);
    /// the bound value is the index of the word, as a `Double`. Empty for numbers.
    public let choices: [String]
    /// What the parameter does, one short phrase.
    public let meaning: String
    /// The numbers a numeric parameter accepts.
    public let domain: ParameterDomain

    /// A numeric parameter.
    public init(_ name: String, aliases: [String] = [], default defaultValue: Double?,
                domain: ParameterDomain = .any, meaning: String) {
        self.name = name
        self.aliases = aliases
        self.defaultValue = defaultValue
        self.choices = []
        self.meaning = meaning
        self.domain = domain
    }

    /// An enumerated parameter; `defaultChoice` is the index into `choices`.
    public init(_ name: String, aliases: [String] = [], choices: [String], defaultChoice: Int = 0,
                meaning: String) {
        precondition(!choices.isEmpty && choices.indices.contains(defaultChoice))
        self.name = name
        self.aliases = aliases
        self.defaultValue = Double(defaultChoice)
        self.choices = choices
        self.meaning = meaning
        self.domain = .nonNegative
    }

    /// Whether the parameter takes one of `choices` rather than a number.
    public var isEnumerated: Bool { !choices.isEmpty }

    /// `value` as the user would write it: the choice word, or the number.
    public func format(_ value: Double) -> String {
        if isEnumerated, let i = Int(exactly: value), choices.indices.contains(i) {
            return choices[i]
        }
        return formatNumber(value)
    }
}

/// Shortest text that reads back as `value`, without a trailing `.0` for whole numbers.
func formatNumber(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
        return String(Int64(value))
    }
    return value.description
}
