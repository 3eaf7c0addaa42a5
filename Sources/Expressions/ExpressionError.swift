import Support

/// Why an expression could not be parsed, and where.
///
/// `description` shows the message with its column, then the expression and a caret under the
/// offending column, ready to print after the command line's own `error:` prefix:
///
///     unexpected ')' at column 6
///       x*(2))
///            ^
public struct ExpressionError: Error, Sendable, CustomStringConvertible, Equatable {
    /// One line saying what is wrong, without the column, e.g. `unknown name 'sigmod'; did you
    /// mean 'sigmoid'?`.
    public let message: String
    /// The 1-based column (in characters of ``text``) that the error points at, or nil when it
    /// concerns the expression as a whole. One past the last character means "at the end".
    public let column: Int?
    /// The expression as given, trimmed of surrounding white space.
    public let text: String
    /// Names suggested in place of an unknown one, closest first (may be empty).
    public let suggestions: [String]

    init(_ message: String, column: Int?, text: String, suggestions: [String] = []) {
        // One line, whatever characters of the expression the message quotes.
        self.message = Self.printable(message)
        self.column = column
        self.text = text
        self.suggestions = suggestions
    }

    public var description: String {
        guard let column else {
            if text.isEmpty || text.count > Echo.defaultLimit { return message }
            return message + "\n  " + Self.printable(text)
        }
        return "\(message) at column \(column)\n" + Echo.pointer(at: column, in: text)
    }

    /// The text on one line: line breaks shown as spaces, other control characters escaped.
    static func printable(_ text: String) -> String {
        Echo.value(String(text.map { $0.isNewline ? " " : $0 }), limit: .max)
    }
}

/// `'text'` for a message, shortened to its first 32 characters when longer.
func quote(_ text: String) -> String {
    text.count <= 32 ? "'\(text)'" : "'\(text.prefix(32))…'"
}
