import Support

/// One entry of the catalog: a family of activation functions with its parameters,
/// metadata and formulas. Bind it to parameter values to get an ``Activation``.
public struct ActivationFunction: Sendable {
    /// Canonical snake_case name, e.g. `leaky_relu`.
    public let name: String
    /// Other accepted names, e.g. `swish` for `silu`.
    public let aliases: [String]
    /// The parameters, in the order of ``Activation/arguments``.
    public let parameters: [Parameter]
    /// Formulas, range, smoothness, source, notes.
    public let metadata: Metadata

    typealias Formula = @Sendable (Double, Arguments) -> Double
    let valueFormula: Formula
    let derivativeFormula: Formula
    let secondDerivativeFormula: Formula
    let kinkFormula: @Sendable (Arguments) -> [Double]
    let check: @Sendable (Arguments) -> String?

    /// Declares a function. `value`, `derivative` and `secondDerivative` receive x and the
    /// bound arguments; `kinks` lists where f is not smooth; `validate` returns a one-line
    /// complaint about parameter combinations that single-parameter domains cannot express.
    /// A formula applied to a block of x: `ys[i] = f(xs[i])`.
    typealias BlockFormula = @Sendable (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>, Arguments) -> Void
    let valueBlock: BlockFormula
    let derivativeBlock: BlockFormula
    let secondDerivativeBlock: BlockFormula

    /// The loop over a block, made where each formula is declared so that the compiler can
    /// inline the formula into it: one call per block instead of one per sample.
    @inline(__always)
    static func block(_ formula: @escaping Formula) -> BlockFormula {
        { xs, ys, arguments in
            for i in 0..<min(xs.count, ys.count) { ys[i] = formula(xs[i], arguments) }
        }
    }

    @inline(__always)
    init(name: String, aliases: [String] = [], parameters: [Parameter] = [], metadata: Metadata,
         value: @escaping Formula, derivative: @escaping Formula, secondDerivative: @escaping Formula,
         kinks: @escaping @Sendable (Arguments) -> [Double] = { _ in [] },
         validate: @escaping @Sendable (Arguments) -> String? = { _ in nil }) {
        self.name = name
        self.aliases = aliases
        self.parameters = parameters
        self.metadata = metadata
        self.valueFormula = value
        self.derivativeFormula = derivative
        self.secondDerivativeFormula = secondDerivative
        self.valueBlock = Self.block(value)
        self.derivativeBlock = Self.block(derivative)
        self.secondDerivativeBlock = Self.block(secondDerivative)
        self.kinkFormula = kinks
        self.check = validate
    }

    /// The function with every parameter at its default.
    public var standard: Activation {
        Activation(function: self, arguments: parameters.map(\.defaultValue))
    }

    /// The index of the parameter called `key` (case-insensitive, `-` same as `_`, aliases too).
    public func parameterIndex(_ key: String) -> Int? {
        let wanted = normalizedName(key)
        return parameters.firstIndex { p in
            normalizedName(p.name) == wanted || p.aliases.contains { normalizedName($0) == wanted }
        }
    }

    /// Binds textual `key=value` arguments, e.g. `[("alpha", "0.5")]`.
    ///
    /// Keys are matched case-insensitively and through parameter aliases; values are numbers
    /// (`0.5`, `-2`, `1e-3`, `1/3`) or, for enumerated parameters, one of the choices.
    /// Missing parameters take their defaults.
    public func bind(_ arguments: [(key: String, value: String)]) throws(SpecError) -> Activation {
        var typed: [(index: Int, value: ParameterValue)] = []
        for (rawKey, rawValue) in arguments {
            let index = try parameterIndex(forKey: trimmed(rawKey), value: trimmed(rawValue))
            typed.append((index, try parameters[index].value(parsing: trimmed(rawValue), of: name)))
        }
        return try bind(typed)
    }

    /// Binds typed values by parameter name or alias, e.g. `["alpha": .number(0.5)]`.
    public func bind(values named: [String: ParameterValue]) throws(SpecError) -> Activation {
        var typed: [(index: Int, value: ParameterValue)] = []
        for (key, value) in named.sorted(by: { $0.key < $1.key }) {
            let index = try parameterIndex(forKey: key, value: parameters.first.map { $0.format(value) } ?? "")
            let parameter = parameters[index]
            switch value {
            case .number(let number): typed.append((index, try parameter.value(number, of: name)))
            case .choice(let choice):
                guard parameter.choices.indices.contains(choice) else {
                    throw SpecError("\(name) parameter '\(parameter.name)' has no choice \(choice)", token: key)
                }
                typed.append((index, value))
            }
        }
        return try bind(typed)
    }

    /// Binds values already checked one by one; refuses a parameter given twice and the
    /// combinations `validate` rejects.
    private func bind(_ typed: [(index: Int, value: ParameterValue)]) throws(SpecError) -> Activation {
        var values: [ParameterValue?] = parameters.map(\.defaultValue)
        var given = Array(repeating: false, count: parameters.count)
        for (index, value) in typed {
            if given[index] {
                throw SpecError("parameter '\(parameters[index].name)' of \(name) is given more than once", token: parameters[index].name)
            }
            given[index] = true
            values[index] = value
        }
        if let complaint = check(Arguments(values)) {
            throw SpecError(complaint)
        }
        return Activation(function: self, arguments: values)
    }

    /// The index of the parameter `key` names, or the error that says which exist.
    private func parameterIndex(forKey key: String, value: String) throws(SpecError) -> Int {
        if key.isEmpty {
            throw SpecError("missing parameter name before '=\(Echo.value(value))' for \(name); \(parameterSummary)")
        }
        guard let index = parameterIndex(key) else {
            if parameters.isEmpty {
                throw SpecError("\(name) takes no parameters, but '\(Echo.value(key))' was given", token: key)
            }
            let suggestions = Suggestions.closest(to: key, amongGroups: parameters.map { [$0.name] + $0.aliases })
            let hint = suggestions.first.map { "did you mean '\($0)'? " } ?? ""
            throw SpecError(
                "unknown parameter '\(Echo.value(key))' for \(name); \(hint)\(parameterSummary)", token: key,
                suggestions: suggestions)
        }
        return index
    }

    /// "it takes alpha (default 1)" style summary for error messages.
    var parameterSummary: String {
        if parameters.isEmpty { return "it takes no parameters" }
        let list = parameters.map { p -> String in
            if p.isEnumerated { return "\(p.name)=\(p.choices.joined(separator: "|"))" }
            if let d = p.defaultValue { return "\(p.name) (default \(p.format(d)))" }
            return "\(p.name) (optional)"
        }
        return "it takes " + list.joined(separator: ", ")
    }
}

extension ActivationFunction: Equatable, Hashable {
    /// Functions are identified by their canonical name.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.name == rhs.name }
    /// Hashes the canonical name, the part `==` compares.
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// A number in ``NumberSyntax`` (`0.5`, `-2`, `1e-3`, `inf`, `nan`) or a fraction `p/q` of two
/// such numbers.
func parseNumber(_ text: String) -> Double? {
    if let value = NumberSyntax.double(text) { return value }
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    if parts.count == 2, let p = NumberSyntax.double(String(parts[0])), let q = NumberSyntax.double(String(parts[1])),
        q != 0
    {
        return p / q
    }
    return nil
}
