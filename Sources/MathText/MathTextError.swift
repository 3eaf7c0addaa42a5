/// Why a label's math could not be read or set, and where.
///
/// `description` shows the message with its column, then the label and a caret under that
/// column, ready to print after the command line's own `error:` prefix:
///
///     unknown command '\sigmaa'; did you mean '\sigma', '\Sigma', '\sim'? at column 2
///       $\sigmaa(x)$
///        ^
public struct MathTextError: Error, Sendable, CustomStringConvertible, Equatable {
    /// One line saying what is wrong, without the column, e.g. `'{' is never closed; add a '}'`.
    public let message: String
    /// The 1-based column (in characters of ``text``) that the error points at. One past the
    /// last character means "at the end".
    public let column: Int
    /// The label as given.
    public let text: String
    /// Commands suggested in place of an unknown one, closest first (may be empty).
    public let suggestions: [String]

    /// An error at `offset` Unicode scalars into `label`.
    init(_ message: String, offset: Int, label: String, suggestions: [String] = []) {
        self.message = message
        self.text = label
        self.suggestions = suggestions
        var scalars = 0
        var characters = 0
        for character in label {
            if scalars >= offset { break }
            scalars += character.unicodeScalars.count
            characters += 1
        }
        column = characters + 1
    }

    public var description: String {
        // Line breaks in the label are shown as spaces so that the caret stays under it; tabs are
        // kept in the caret line so that it lines up under a tab.
        let shown = String(text.map { $0.isNewline ? " " : $0 })
        let caret = String(shown.prefix(column - 1).map { $0 == "\t" ? "\t" : " " })
        return "\(message) at column \(column)\n  \(shown)\n  \(caret)^"
    }
}
