import Support

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

/// The value of one parameter: a number, or one of an enumerated parameter's words. A number
/// literal is a number: `bind(values: ["alpha": 0.5])`.
public enum ParameterValue: Sendable, Hashable, CustomStringConvertible, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral
{
    /// A numeric value, such as ELU's `alpha=0.5`.
    case number(Double)
    /// The choice's index in ``Parameter/choices``.
    case choice(Int)

    /// A number, from a literal such as `0.5`.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// A number, from an integer literal such as `2`.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }

    /// The number, or nil for a choice.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The number in its shortest round-trip form, or "choice N"; ``Parameter/format(_:)``
    /// names the choice.
    public var description: String {
        switch self {
        case .number(let value): NumberFormat.shortest(value)
        case .choice(let index): "choice \(index)"
        }
    }
}

/// One named parameter of an activation function, e.g. ELU's `alpha`.
public struct Parameter: Sendable {
    /// What values the parameter takes.
    public enum Kind: Sendable, Equatable {
        /// A number in the domain.
        case number(ParameterDomain)
        /// One of these words (gelu `approximate`: `none`, `tanh`).
        case choice([String])
    }

    /// The name PyTorch (or JAX, for JAX-only functions) uses, e.g. `negative_slope`.
    public let name: String
    /// Other accepted spellings, e.g. `lambda` for `lambd`.
    public let aliases: [String]
    /// A number, or one of a list of words.
    public let kind: Kind
    /// The value used when the spec does not give one; `nil` means the parameter is absent
    /// unless given (softplus `threshold`).
    public let defaultValue: ParameterValue?
    /// What the parameter does, one short phrase.
    public let meaning: String
    /// The letter the function's formula uses for it (`α` for ELU's `alpha`, `λ` for `lambd`),
    /// or nil where the formula spells the name out (`negative_slope`).
    public let symbol: String?

    /// The symbol, or the name where there is none: how a legend or a colour bar names it.
    public var displayName: String { symbol ?? name }

    /// A numeric parameter.
    public init(_ name: String, aliases: [String] = [], symbol: String? = nil, default defaultValue: Double?,
                domain: ParameterDomain = .any, meaning: String) {
        self.name = name
        self.aliases = aliases
        self.kind = .number(domain)
        self.defaultValue = defaultValue.map(ParameterValue.number)
        self.meaning = meaning
        self.symbol = symbol
    }

    /// An enumerated parameter; `defaultChoice` is the index into `choices`.
    public init(_ name: String, aliases: [String] = [], choices: [String], defaultChoice: Int = 0,
                meaning: String) {
        precondition(!choices.isEmpty && choices.indices.contains(defaultChoice))
        self.name = name
        self.aliases = aliases
        self.kind = .choice(choices)
        self.defaultValue = .choice(defaultChoice)
        self.meaning = meaning
        self.symbol = nil
    }

    /// Whether the parameter takes one of `choices` rather than a number.
    public var isEnumerated: Bool { !choices.isEmpty }

    /// The allowed words of an enumerated parameter; empty for numbers.
    public var choices: [String] {
        if case .choice(let words) = kind { return words }
        return []
    }

    /// The numbers a numeric parameter accepts (`.any` for an enumerated one).
    public var domain: ParameterDomain {
        if case .number(let domain) = kind { return domain }
        return .any
    }

    /// `value` as the user would write it: the choice word, or the number.
    public func format(_ value: ParameterValue) -> String {
        switch value {
        case .number(let number): return NumberFormat.shortest(number)
        case .choice(let index): return choices.indices.contains(index) ? choices[index] : "\(index)"
        }
    }

    /// The value `text` stands for, or why it cannot: a word among the choices (any case), or a
    /// number (`0.5`, `1e-3`, `1/3`) in the domain.
    public func value(parsing text: String, of function: String) throws(SpecError) -> ParameterValue {
        let what = "\(function) parameter '\(name)'"
        let shown = Echo.value(text)
        if text.isEmpty {
            let expected = isEnumerated ? choices.joined(separator: "|") : "NUMBER"
            throw SpecError("missing value for \(what); write \(name)=\(expected)", token: text)
        }
        if isEnumerated {
            let lowered = text.lowercased()
            guard let i = choices.firstIndex(where: { $0.lowercased() == lowered }) else {
                throw SpecError(
                    "'\(shown)' is not allowed for \(what); choose one of \(choices.joined(separator: ", "))", token: text,
                    suggestions: Suggestions.closest(to: text, among: choices))
            }
            return .choice(i)
        }
        guard let number = parseNumber(text) else {
            throw SpecError("'\(shown)' is not a number (\(what) needs a finite number such as 0.5 or 1e-3)", token: text)
        }
        return try value(number, of: function, written: text)
    }

    /// `number` as this parameter's value, or why it is not allowed.
    public func value(_ number: Double, of function: String, written: String? = nil) throws(SpecError) -> ParameterValue {
        let what = "\(function) parameter '\(name)'"
        let shown = Echo.value(written ?? NumberFormat.shortest(number))
        if isEnumerated {
            throw SpecError("\(what) is one of \(choices.joined(separator: ", ")), not a number", token: shown)
        }
        guard number.isFinite else {
            throw SpecError("'\(shown)' is not allowed for \(what): it must be a finite number", token: shown)
        }
        guard domain.contains(number) else {
            throw SpecError("\(what) must be \(domain.requirement), got \(shown)", token: shown)
        }
        return .number(number)
    }
}
