/// A problem with an activation spec such as `elu:alpha=abc`.
///
/// The message is one line, meant for the user: it names the offending text and
/// says what is allowed instead.
public struct SpecError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One line, user-facing.
    public let message: String

    /// Creates an error with a one-line message.
    public init(_ message: String) {
        self.message = message
    }

    /// The message itself, so interpolating the error shows just the message.
    public var description: String { message }
}
