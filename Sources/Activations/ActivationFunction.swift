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
        var values: [Double?] = parameters.map(\.defaultValue)
        var given = Array(repeating: false, count: parameters.count)
        for (rawKey, rawValue) in arguments {
            let key = trimmed(rawKey)
            let text = trimmed(rawValue)
            if key.isEmpty {
                throw SpecError("missing parameter name before '=\(text)' for \(name); \(parameterSummary)")
            }
            guard let index = parameterIndex(key) else {
                if parameters.isEmpty {
                    throw SpecError("\(name) takes no parameters, but '\(key)' was given")
                }
                throw SpecError("unknown parameter '\(key)' for \(name); \(parameterSummary)")
            }
            let parameter = parameters[index]
            if given[index] {
                throw SpecError("parameter '\(parameter.name)' of \(name) is given more than once")
            }
            given[index] = true
            values[index] = try parse(text, for: parameter)
        }
        let bound = Activation(function: self, arguments: values)
        if let complaint = check(Arguments(values: values)) {
            throw SpecError(complaint)
        }
        return bound
    }

    /// Binds numeric values by parameter name, e.g. `["alpha": 0.5]`; a convenience for code.
    public func bind(values named: [String: Double]) throws(SpecError) -> Activation {
        var pairs: [(key: String, value: String)] = []
        for (key, value) in named.sorted(by: { $0.key < $1.key }) {
            let isChoice = parameterIndex(key).map { parameters[$0].isEnumerated } ?? false
            pairs.append((key, isChoice ? parameters[parameterIndex(key)!].format(value) : value.description))
        }
        return try bind(pairs)
    }

    /// "it takes alpha (default 1)" style summary for error messages.
    var parameterSummary: String {
        if parameters.isEmpty { return "it takes no parameters" }
        let list = parameters.map { p -> String in
            if p.isEnumerated { return "\(p.name)=\(p.choices.joined(separator: "|"))" }
            if let d = p.defaultValue { return "\(p.name) (default \(formatNumber(d)))" }
            return "\(p.name) (optional)"
        }
        return "it takes " + list.joined(separator: ", ")
    }

    private func parse(_ text: String, for parameter: Parameter) throws(SpecError) -> Double {
        let what = "\(name) parameter '\(parameter.name)'"
        if text.isEmpty {
            let expected = parameter.isEnumerated ? parameter.choices.joined(separator: "|") : "NUMBER"
            throw SpecError("missing value for \(what); write \(parameter.name)=\(expected)")
        }
        if parameter.isEnumerated {
            let lowered = text.lowercased()
            guard let i = parameter.choices.firstIndex(where: { $0.lowercased() == lowered }) else {
                throw SpecError("'\(text)' is not allowed for \(what); choose one of \(parameter.choices.joined(separator: ", "))")
            }
            return Double(i)
        }
        guard let number = parseNumber(text) else {
            throw SpecError("'\(text)' is not a number (\(what) needs a finite number such as 0.5 or 1e-3)")
        }
        guard number.isFinite else {
            throw SpecError("'\(text)' is not allowed for \(what): it must be a finite number")
        }
        guard parameter.domain.contains(number) else {
            throw SpecError("\(what) must be \(parameter.domain.requirement), got \(text)")
        }
        return number
    }
}

extension ActivationFunction: Equatable, Hashable {
    /// Functions are identified by their canonical name.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.name == rhs.name }
    /// Hashes the canonical name, the part `==` compares.
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// Lower-cased, with `-` and spaces read as `_`: the form names are compared in.
func normalizedName(_ text: String) -> String {
    String(trimmed(text).lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
}

/// `text` without leading and trailing spaces and tabs.
package func trimmed(_ text: String) -> String {
    var slice = Substring(text)
    while let c = slice.first, c == " " || c == "\t" { slice.removeFirst() }
    while let c = slice.last, c == " " || c == "\t" { slice.removeLast() }
    return String(slice)
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
