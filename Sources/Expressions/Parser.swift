import Activations
import Support

/// Recursive descent over the tokens, resolving names as it goes.
///
///     expression  := sum [relation sum]            relation: < <= > >= == !=  (not chained)
///     sum         := product {(+|-) product}
///     product     := unary {(*|/) unary}
///     unary       := {+|-} power                   so -x^2 = -(x^2), as in Python
///     power       := primary [(^|**) unary]        right-associative: 2^3^2 = 2^9
///     primary     := number | x | pi | e | inf | (expression) | name(arguments)
///     arguments   := [argument {, argument}]
///     argument    := expression | keyword = value  (keywords: catalog parameters only)
///
/// Every recursion into a nested expression (parentheses, call arguments, an exponent) counts one
/// level against `Expression.maximumDepth` before it recurses, so no input can overflow the stack.
struct Parser {
    private let text: String
    private let tokens: [Token]
    private var position = 0
    private var depth = 0

    init(text: String, tokens: [Token]) {
        self.text = text
        self.tokens = tokens
    }

    /// Parses the whole token list.
    mutating func parse() throws(ExpressionError) -> Node {
        if current.kind == .end { throw ExpressionError("empty expression", column: nil, text: text) }
        let node = try expression()
        guard current.kind == .end else { throw unexpected(current) }
        return node
    }

    // MARK: Tokens

    private var current: Token { token(at: position) }

    private func token(at index: Int) -> Token {
        guard index >= 0 else { return Token(kind: .end, column: 1, text: "") }
        return index < tokens.count ? tokens[index] : Token(kind: .end, column: text.count + 1, text: "")
    }

    private mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    private func error(_ message: String, at token: Token, suggestions: [String] = []) -> ExpressionError {
        ExpressionError(message, column: token.column, text: text, suggestions: suggestions)
    }

    /// "unexpected …", with a hint when two operands meet without an operator between them.
    private func unexpected(_ found: Token) -> ExpressionError {
        if found.kind == .end { return error("unexpected end of expression", at: found) }
        if case .string = found.kind {
            return error("a quoted word is only allowed as a keyword value, as in gelu(x, approximate='tanh')", at: found)
        }
        let previous = token(at: position - 1)
        let operandEnds: Bool
        switch previous.kind {
        case .number, .identifier, .rightParenthesis: operandEnds = position > 0
        default: operandEnds = false
        }
        switch found.kind {
        case .number, .identifier, .leftParenthesis, .string:
            if operandEnds { return error("unexpected \(quote(found.text)) (missing operator? write * to multiply)", at: found) }
        default: break
        }
        return error("unexpected \(quote(found.text))", at: found)
    }

    /// Counts one level of nesting, refusing to go past the limit.
    private mutating func enter(at token: Token) throws(ExpressionError) {
        depth += 1
        if depth > Expression.maximumDepth {
            throw error("expression nests deeper than \(Expression.maximumDepth) levels", at: token)
        }
    }

    // MARK: Grammar

    private mutating func expression() throws(ExpressionError) -> Node {
        let lhs = try sum()
        guard case .relation(let relation) = current.kind else { return lhs }
        advance()
        let rhs = try sum()
        if case .relation = current.kind {
            throw error("comparisons cannot be chained; combine conditions with * (and) or where(…)", at: current)
        }
        return .compare(relation, lhs, rhs)
    }

    private mutating func sum() throws(ExpressionError) -> Node {
        var terms = [Node.Term(negated: false, node: try product())]
        while true {
            let negated: Bool
            switch current.kind {
            case .plus: negated = false
            case .minus: negated = true
            default: return terms.count == 1 ? terms[0].node : .sum(terms)
            }
            advance()
            terms.append(Node.Term(negated: negated, node: try product()))
        }
    }

    private mutating func product() throws(ExpressionError) -> Node {
        var factors = [Node.Factor(inverted: false, node: try unary())]
        while true {
            let inverted: Bool
            switch current.kind {
            case .star: inverted = false
            case .slash: inverted = true
            default: return factors.count == 1 ? factors[0].node : .product(factors)
            }
            advance()
            factors.append(Node.Factor(inverted: inverted, node: try unary()))
        }
    }

    private mutating func unary() throws(ExpressionError) -> Node {
        var negative = false
        while true {
            if current.kind == .minus {
                negative.toggle()
            } else if current.kind != .plus {
                break
            }
            advance()
        }
        let operand = try power()
        return negative ? .negate(operand) : operand
    }

    private mutating func power() throws(ExpressionError) -> Node {
        let base = try primary()
        guard current.kind == .caret else { return base }
        let caret = current
        advance()
        try enter(at: caret)
        defer { depth -= 1 }
        let exponent = try unary()
        return .power(base, exponent)
    }

    private mutating func primary() throws(ExpressionError) -> Node {
        switch current.kind {
        case .number(let value):
            advance()
            return .constant(value)
        case .identifier:
            return try named()
        case .leftParenthesis:
            return try parenthesized()
        default:
            throw noOperand()
        }
    }

    // The recursive path (expression → … → primary → parenthesized/call → expression) is kept in
    // small functions, with messages built in helpers off that path, so that each level of nesting
    // costs little stack, even in a debug build.

    private mutating func parenthesized() throws(ExpressionError) -> Node {
        let open = position
        advance()
        try enter(at: token(at: open))
        defer { depth -= 1 }
        let inner = try expression()
        guard current.kind == .rightParenthesis else { throw unclosed(at: open, of: nil) }
        advance()
        return inner
    }

    private mutating func named() throws(ExpressionError) -> Node {
        let at = position
        advance()
        if current.kind == .leftParenthesis { return try call(at: at) }
        return try variableOrConstant(at: at)
    }

    private func noOperand() -> ExpressionError {
        if current.kind == .end {
            return error("expected a number, x, a function or '(' but the expression ends", at: current)
        }
        return unexpected(current)
    }

    /// At the end: the '(' at token `open` is never closed; elsewhere: an unexpected token.
    private func unclosed(at open: Int, of function: Callee?) -> ExpressionError {
        guard current.kind == .end else {
            if let function, current.kind != .rightParenthesis {
                return error("expected ',' or ')' in the arguments of \(function.name), found \(quote(current.text))", at: current)
            }
            return unexpected(current)
        }
        let what = function.map { "unclosed '(' of \($0.name)(…)" } ?? "unclosed '('"
        return error(what, at: token(at: open))
    }

    // MARK: Names

    private func variableOrConstant(at index: Int) throws(ExpressionError) -> Node {
        let token = token(at: index)
        let name = token.name
        let key = name.lowercased()
        if key == Names.variable { return .variable }
        if let constant = Names.constants.first(where: { $0.name == key }) { return .constant(constant.value) }
        if Builtin(rawValue: key) != nil || Elementary(rawValue: key) != nil {
            throw error("'\(name)' is a function: write \(key)(…)", at: token)
        }
        if let function = Catalog.lookup(name) {
            throw error("'\(name)' is a function: write \(function.name)(x)", at: token)
        }
        throw unknown(name, at: token)
    }

    private func unknown(_ name: String, at token: Token) -> ExpressionError {
        let suggestions = Suggestions.closest(to: name, among: Names.all)
        var message = "unknown name \(quote(name))"
        if !suggestions.isEmpty { message += "; did you mean \(Names.list(suggestions))?" }
        return error(message, at: token, suggestions: suggestions)
    }

    private enum Callee {
        case builtin(Builtin)
        case elementary(Elementary)
        /// Boxed: an `ActivationFunction` is large, and callees live in the frames of the
        /// recursive descent.
        case catalog(CatalogFunction)

        var name: String {
            switch self {
            case .builtin(let b): b.rawValue
            case .elementary(let e): e.name
            case .catalog(let f): f.function.name
            }
        }
    }

    /// Elementary and built-in functions take precedence over catalog entries of the same name
    /// (tanh, atan, sin …: the same mathematics).
    private func callee(at index: Int) throws(ExpressionError) -> Callee {
        let token = token(at: index)
        let name = token.name
        let key = name.lowercased()
        if let builtin = Builtin(rawValue: key) { return .builtin(builtin) }
        if let elementary = Elementary(rawValue: key) { return .elementary(elementary) }
        if let function = Catalog.lookup(name) { return .catalog(CatalogFunction(function)) }
        if key == Names.variable || Names.constants.contains(where: { $0.name == key }) {
            throw error("'\(name)' is not a function (write * to multiply)", at: token)
        }
        throw unknown(name, at: token)
    }

    private struct Argument {
        var node: Node
        /// The index of its first token.
        var index: Int
    }

    private mutating func call(at nameIndex: Int) throws(ExpressionError) -> Node {
        let function = try callee(at: nameIndex)
        let open = position
        advance()
        try enter(at: token(at: open))
        defer { depth -= 1 }

        var arguments: [Argument] = []
        var keywords: [Keyword] = []
        if current.kind != .rightParenthesis {
            while true {
                if isKeyword {
                    keywords.append(try keyword(of: function, given: keywords))
                } else {
                    let start = position
                    arguments.append(Argument(node: try expression(), index: start))
                }
                if current.kind == .comma {
                    advance()
                    continue
                }
                if current.kind == .rightParenthesis { break }
                throw unclosed(at: open, of: function)
            }
        }
        advance()
        return try build(function, arguments, keywords, at: token(at: nameIndex))
    }

    /// Whether the current token starts `name =`.
    private var isKeyword: Bool {
        guard case .identifier = current.kind else { return false }
        return token(at: position + 1).kind == .equals
    }

    private func arity(_ count: Int, _ arguments: [Argument], _ function: Callee, _ signature: String,
                       at nameToken: Token) throws(ExpressionError) {
        guard arguments.count != count else { return }
        let noun = count == 1 ? "argument" : "arguments"
        let message = "\(function.name) takes \(count) \(noun), \(signature), but was given \(arguments.count)"
        throw error(message, at: arguments.count > count ? token(at: arguments[count].index) : nameToken)
    }

    /// A keyword argument, checked against the parameter, with the token of its value.
    private struct Keyword {
        var key: String
        var value: ParameterValue
        var token: Token
    }

    private func build(_ function: Callee, _ arguments: [Argument], _ keywords: [Keyword],
                       at nameToken: Token) throws(ExpressionError) -> Node {
        switch function {
        case .elementary(let f):
            try arity(1, arguments, function, "\(f.name)(u)", at: nameToken)
            return .elementary(f, arguments[0].node)
        case .builtin(let b):
            switch b {
            case .abs:
                try arity(1, arguments, function, b.signature, at: nameToken)
                return .absolute(arguments[0].node)
            case .where:
                try arity(3, arguments, function, b.signature, at: nameToken)
                return .select(arguments[0].node, arguments[1].node, arguments[2].node)
            case .clip:
                try arity(3, arguments, function, b.signature, at: nameToken)
                return .clip(arguments[0].node, arguments[1].node, arguments[2].node)
            case .min, .max:
                guard arguments.count >= 2 else {
                    throw error("\(b.rawValue) takes at least 2 arguments, \(b.signature), but was given \(arguments.count)", at: nameToken)
                }
                let nodes = arguments.map(\.node)
                return b == .min ? .minimum(nodes) : .maximum(nodes)
            }
        case .catalog(let box):
            let f = box.function
            guard arguments.count == 1 else {
                var message = "\(f.name) takes one argument"
                if !f.parameters.isEmpty {
                    message += " and keyword parameters (" + f.parameters.map { "\($0.name)=…" }.joined(separator: ", ") + ")"
                }
                message += ", but was given \(arguments.count) arguments"
                if arguments.isEmpty { message = "\(f.name) needs its argument, e.g. \(f.name)(x)" }
                throw error(message, at: arguments.count > 1 ? token(at: arguments[1].index) : nameToken)
            }
            do {
                let activation = try f.bind(values: Dictionary(uniqueKeysWithValues: keywords.map { ($0.key, $0.value) }))
                return .activation(activation, arguments[0].node)
            } catch {
                // Point at the first keyword that fails on its own (a value out of its domain), else
                // at the name (a combination of values that does not go together).
                let culprit = keywords.first { keyword in
                    do throws(SpecError) {
                        _ = try f.bind(values: [keyword.key: keyword.value])
                        return false
                    } catch {
                        return true
                    }
                }
                throw self.error(error.message, at: culprit?.token ?? nameToken)
            }
        }
    }

    /// `key = value` in a call of a catalog function: the key must name one of its parameters; the
    /// value is one of the parameter's choices (a word, quoted or not) or else a number, which may be
    /// any expression that does not involve x (`alpha=1/3`).
    private mutating func keyword(of function: Callee, given: [Keyword]) throws(ExpressionError) -> Keyword {
        let parameter = try keywordParameter(of: function, given: given)
        advance()  // the key
        advance()  // '='
        if !parameter.choices.isEmpty { return try choice(for: parameter, of: function) }
        let start = position
        try checkNumericStart(for: parameter, of: function)
        let node = try expression()
        return try number(for: parameter, of: function, node, from: start)
    }

    /// The parameter the current `key =` names.
    private func keywordParameter(of function: Callee, given: [Keyword]) throws(ExpressionError) -> Parameter {
        let keyToken = current
        let key = keyToken.name
        guard case .catalog(let box) = function else {
            throw error("\(function.name) takes no keyword arguments", at: keyToken)
        }
        let f = box.function
        guard let index = f.parameterIndex(key) else {
            if f.parameters.isEmpty { throw error("\(f.name) has no parameters", at: keyToken) }
            let names = f.parameters.map(\.name)
            let suggestions = Suggestions.closest(to: key, amongGroups: f.parameters.map { [$0.name] + $0.aliases })
            var message = "\(f.name) has no parameter \(quote(key)); its parameters are \(Names.list(names, conjunction: "and"))"
            if let first = suggestions.first { message = "\(f.name) has no parameter \(quote(key)); did you mean '\(first)'?" }
            throw error(message, at: keyToken, suggestions: suggestions)
        }
        let parameter = f.parameters[index]
        if given.contains(where: { $0.key == parameter.name }) {
            throw error("\(f.name): parameter '\(parameter.name)' is given twice", at: keyToken)
        }
        return parameter
    }

    /// A word among the parameter's choices.
    private mutating func choice(for parameter: Parameter, of function: Callee) throws(ExpressionError) -> Keyword {
        let valueToken = current
        let word: String
        switch valueToken.kind {
        case .identifier(let w), .string(let w): word = w
        case .number: word = valueToken.text
        default:
            throw error("expected a value for \(parameter.name): one of \(Names.list(parameter.choices))", at: valueToken)
        }
        guard let choice = parameter.choices.firstIndex(where: { $0.lowercased() == word.lowercased() }) else {
            throw error("\(function.name): \(parameter.name) must be one of \(Names.list(parameter.choices)), not \(quote(word))",
                        at: valueToken, suggestions: Suggestions.closest(to: word, among: parameter.choices))
        }
        advance()
        return Keyword(key: parameter.name, value: .choice(choice), token: valueToken)
    }

    /// Refuses a word where a number is expected, before parsing it as an expression.
    private func checkNumericStart(for parameter: Parameter, of function: Callee) throws(ExpressionError) {
        let valueToken = current
        switch valueToken.kind {
        case .string(let word):
            throw error("\(function.name): \(parameter.name) must be a number, not \(quote(word))", at: valueToken)
        case .identifier(let word) where token(at: position + 1).kind != .leftParenthesis:
            let lower = word.lowercased()
            if lower != Names.variable && !Names.constants.contains(where: { $0.name == lower }) {
                throw error("\(function.name): \(parameter.name) must be a number, not \(quote(word))", at: valueToken)
            }
        default: break
        }
    }

    /// The value of a numeric keyword, parsed from token `start` on as `node`.
    private func number(for parameter: Parameter, of function: Callee, _ node: Node, from start: Int)
        throws(ExpressionError) -> Keyword
    {
        let valueToken = token(at: start)
        guard let value = Compiler.fold(node).constantValue else {
            throw error("\(function.name): \(parameter.name) must be a number; it cannot depend on x", at: valueToken)
        }
        guard value.isFinite else {
            throw error("\(function.name): \(parameter.name) must be a finite number, not \(value)", at: valueToken)
        }
        return Keyword(key: parameter.name, value: .number(value), token: valueToken)
    }
}

/// A catalog function in a box, so that passing it around the parser copies one reference.
final class CatalogFunction: Sendable {
    let function: ActivationFunction
    init(_ function: ActivationFunction) { self.function = function }
}

extension Token {
    /// The identifier's name (`pi` for `π`), or the text as written.
    var name: String {
        if case .identifier(let name) = kind { return name }
        return text
    }
}
