/// A failure the command line reports in one line, with the exit code of sysexits.h.
public struct ActplotError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Bad input: exit 64 (EX_USAGE).
        case usage
        /// Bad input data, such as a line of `actplot eval`'s standard input that is not a
        /// number: exit 65 (EX_DATAERR).
        case data
        /// Reading or writing failed: exit 74 (EX_IOERR).
        case io
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public static func usage(_ message: String) -> ActplotError { ActplotError(.usage, message) }
    public static func data(_ message: String) -> ActplotError { ActplotError(.data, message) }
    public static func io(_ message: String) -> ActplotError { ActplotError(.io, message) }

    public var description: String { message }

    public var exitCode: Int32 {
        switch kind {
        case .usage: 64
        case .data: 65
        case .io: 74
        }
    }
}
