import Support

extension Catalog {
    /// Parses `NAME` or `NAME:key=value[,key=value…]` into a bound activation, e.g.
    /// `relu`, `Leaky-ReLU:negative_slope=0.2`, `softshrink:lambda=0.3`, `gelu:approximate=tanh`.
    ///
    /// Every failure is a ``SpecError`` whose one-line message names the bad text and says
    /// what is allowed.
    public static func activation(_ spec: String) throws(SpecError) -> Activation {
        let (function, arguments) = try parse(spec)
        return try function.bind(arguments)
    }

    /// The function a spec names and its `key=value` arguments as written, not yet bound: for
    /// binding the same spec with one more argument (a swept parameter).
    public static func parse(_ spec: String) throws(SpecError) -> (function: ActivationFunction, arguments: [(key: String, value: String)]) {
        let text = trimmed(spec)
        guard !text.isEmpty else {
            throw SpecError("empty activation spec; write NAME or NAME:key=value[,key=value] (e.g. elu:alpha=0.5)")
        }
        guard let colon = text.firstIndex(of: ":") else { return (try resolve(text), []) }
        let name = trimmed(String(text[..<colon]))
        let rest = trimmed(String(text[text.index(after: colon)...]))
        let function = try resolve(name)
        if rest.isEmpty {
            throw SpecError("nothing after '\(name):'; write \(function.name) alone or \(function.name):key=value; \(function.parameterSummary)")
        }
        var arguments: [(key: String, value: String)] = []
        let items = rest.split(separator: ",", omittingEmptySubsequences: false).map { trimmed(String($0)) }
        for (i, pair) in items.enumerated() {
            guard let equals = pair.firstIndex(of: "=") else {
                if pair.isEmpty {
                    throw SpecError("empty parameter in '\(text)'; separate key=value pairs with single commas")
                }
                if let previous = arguments.last, i > 0, !items[i - 1].isEmpty, parseNumber(pair) != nil || isChoice(pair, of: previous.key, in: function) {
                    // `leaky_relu:negative_slope=0.01,0.1,0.3`: several values for one key.
                    let values = ([previous.value] + items[i...].prefix { !$0.contains("=") }).joined(separator: ",")
                    throw SpecError(
                        "'\(Echo.value(text))' gives \(previous.key) several values; a spec takes one, and --vary draws one curve per value: \(function.name) --vary \(previous.key)=\(values)",
                        token: pair)
                }
                throw SpecError("parameter '\(pair)' in '\(text)' has no value; write \(pair)=VALUE")
            }
            arguments.append((String(pair[..<equals]), String(pair[pair.index(after: equals)...])))
        }
        return (function, arguments)
    }

    /// Whether `word` is one of the choices of `function`'s enumerated parameter `key`.
    private static func isChoice(_ word: String, of key: String, in function: ActivationFunction) -> Bool {
        guard let index = function.parameterIndex(trimmed(key)) else { return false }
        return function.parameters[index].choices.contains { $0.lowercased() == word.lowercased() }
    }

    /// Whether `name` is a vector-valued function (softmax and its log), which has no curve and
    /// gets its own explanation.
    public static func isVectorValued(_ name: String) -> Bool {
        ["softmax", "log_softmax", "logsoftmax"].contains(normalizedName(name))
    }

    /// The function called `name`, or a ``SpecError`` with suggestions.
    public static func resolve(_ name: String) throws(SpecError) -> ActivationFunction {
        if let function = lookup(name) { return function }
        let key = normalizedName(name)
        if key.isEmpty {
            throw SpecError("missing function name; write NAME or NAME:key=value ('actplot list' shows them all)")
        }
        if isVectorValued(name) {
            throw SpecError("\(name) is vector-valued (it normalises a whole vector, so it has no curve y = f(x)); the article's \"softmax\" figure is actually the sigmoid: try 'sigmoid'")
        }
        let suggestions = closestNames(to: name)
        if suggestions.isEmpty {
            throw SpecError("unknown function '\(name)' ('actplot list' shows them all)")
        }
        throw SpecError("unknown function '\(name)'; did you mean \(suggestions.joined(separator: ", "))? ('actplot list' shows them all)")
    }
}
