/// One token of an expression, with the 1-based column of its first character.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case number(Double)
        case identifier(String)
        /// A quoted word, only meaningful as a keyword value: `approximate='tanh'`.
        case string(String)
        case plus, minus, star, slash, caret
        case leftParenthesis, rightParenthesis, comma, equals
        case relation(Relation)
        case end
    }

    var kind: Kind
    var column: Int
    /// The characters as written, for messages.
    var text: String
}

/// Splits an expression into tokens. Iterative, so any length is safe; the parser bounds nesting.
///
/// Accepted besides ASCII: `−` (U+2212) as minus, `×` and `·` as times, `÷` as divide and `π` as pi,
/// as they appear when formulas are copied from papers.
struct Lexer {
    private let characters: [Character]
    private let source: String
    private var index = 0

    init(_ text: String) {
        source = text
        characters = Array(text)
    }

    static func tokens(of text: String) throws(ExpressionError) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func peek(_ offset: Int = 0) -> Character? {
        let i = index + offset
        return i < characters.count ? characters[i] : nil
    }

    private func error(_ message: String, at column: Int) -> ExpressionError {
        ExpressionError(message, column: column, text: source)
    }

    mutating func next() throws(ExpressionError) -> Token {
        while let c = peek(), c.isWhitespace { index += 1 }
        let start = index
        let column = start + 1
        guard let c = peek() else { return Token(kind: .end, column: column, text: "") }

        func token(_ kind: Token.Kind, length: Int) -> Token {
            index = start + length
            return Token(kind: kind, column: column, text: String(characters[start..<index]))
        }

        if c.isASCIIDigit || (c == "." && (peek(1)?.isASCIIDigit ?? false)) {
            return try number()
        }
        if c.isIdentifierStart {
            var end = start + 1
            while end < characters.count, characters[end].isIdentifierContinuation { end += 1 }
            let name = String(characters[start..<end])
            return token(.identifier(name), length: end - start)
        }
        switch c {
        case "+": return token(.plus, length: 1)
        case "-", "−": return token(.minus, length: 1)
        case "*", "×", "·":
            return peek(1) == "*" && c == "*" ? token(.caret, length: 2) : token(.star, length: 1)
        case "/", "÷": return token(.slash, length: 1)
        case "^": return token(.caret, length: 1)
        case "(": return token(.leftParenthesis, length: 1)
        case ")": return token(.rightParenthesis, length: 1)
        case ",": return token(.comma, length: 1)
        case "π": return token(.identifier("pi"), length: 1)
        case "<":
            return peek(1) == "=" ? token(.relation(.lessOrEqual), length: 2) : token(.relation(.less), length: 1)
        case ">":
            return peek(1) == "=" ? token(.relation(.greaterOrEqual), length: 2) : token(.relation(.greater), length: 1)
        case "=":
            return peek(1) == "=" ? token(.relation(.equal), length: 2) : token(.equals, length: 1)
        case "!":
            if peek(1) == "=" { return token(.relation(.notEqual), length: 2) }
            throw error("unexpected '!' (write != for 'not equal')", at: column)
        case "'", "\"":
            var end = start + 1
            while end < characters.count, characters[end] != c { end += 1 }
            guard end < characters.count else { throw error("unterminated string: missing closing \(c)", at: column) }
            let word = String(characters[(start + 1)..<end])
            return token(.string(word), length: end + 1 - start)
        default:
            throw error("unexpected character '\(c)'" + Self.hint(for: c), at: column)
        }
    }

    /// Helps with characters that often stand for something the grammar spells differently.
    private static func hint(for c: Character) -> String {
        switch c {
        case "[", "{": return " (use parentheses for grouping)"
        case "%": return " (there is no remainder operator)"
        case "&", "|": return " (combine conditions with * for and, or with max)"
        case ";": return " (separate arguments with commas)"
        default: return ""
        }
    }

    /// digits [. digits] [e|E [+|-] digits], or . digits [...]: `1e-3`, `.5`, `2.`.
    private mutating func number() throws(ExpressionError) -> Token {
        let start = index
        while peek()?.isASCIIDigit ?? false { index += 1 }
        if peek() == "." {
            index += 1
            while peek()?.isASCIIDigit ?? false { index += 1 }
        }
        if let e = peek(), e == "e" || e == "E" {
            // An exponent only if digits follow; otherwise the 'e' starts the next token and the
            // parser reports it (`2e` is 2 followed by e, which needs a '*').
            var look = 1
            if let sign = peek(1), sign == "+" || sign == "-" { look = 2 }
            if peek(look)?.isASCIIDigit ?? false {
                index += look
                while peek()?.isASCIIDigit ?? false { index += 1 }
            }
        }
        let text = String(characters[start..<index])
        if let next = peek(), next == "." {
            throw error("malformed number \(quote(text + "."))", at: index + 1)
        }
        guard let value = Double(text) else {
            throw error("malformed number \(quote(text))", at: start + 1)
        }
        guard value.isFinite else {
            throw error("number \(quote(text)) is too large for a double", at: start + 1)
        }
        return Token(kind: .number(value), column: start + 1, text: text)
    }
}

extension Character {
    var isASCIIDigit: Bool {
        guard let a = asciiValue else { return false }
        return a >= 48 && a <= 57
    }
    var isIdentifierStart: Bool {
        guard let a = asciiValue else { return false }
        return (a >= 97 && a <= 122) || (a >= 65 && a <= 90) || a == 95
    }
    var isIdentifierContinuation: Bool { isIdentifierStart || isASCIIDigit }
}
