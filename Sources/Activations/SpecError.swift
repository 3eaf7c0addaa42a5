/// A problem with an activation spec such as `elu:alpha=abc`.
///
/// The message is one line, meant for the user: it names the offending text and says what is
/// allowed instead. The offending text itself and any suggested replacements are kept apart for
/// callers that point at it (a caret under a formula's column).
public struct SpecError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One line, user-facing.
    public let message: String
    /// The text the message is about, as typed; nil when it concerns the spec as a whole.
    public let token: String?
    /// Names suggested in place of `token`, closest first (may be empty).
    public let suggestions: [String]

    /// Creates an error with a one-line message.
    public init(_ message: String, token: String? = nil, suggestions: [String] = []) {
        self.message = message
        self.token = token
        self.suggestions = suggestions
    }

    /// The message itself, so interpolating the error shows just the message.
    public var description: String { message }
}
