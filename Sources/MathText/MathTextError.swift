import Support

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
        "\(message) at column \(column)\n" + Echo.pointer(at: column, in: text)
    }
}
