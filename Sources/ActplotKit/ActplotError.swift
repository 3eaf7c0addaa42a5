/// A failure the command line reports in one line, with the exit code of sysexits.h.
public struct ActplotError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Bad input: exit 64 (EX_USAGE).
        case usage
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
    public static func io(_ message: String) -> ActplotError { ActplotError(.io, message) }

    public var description: String { message }

    public var exitCode: Int32 {
        switch kind {
        case .usage: 64
        case .io: 74
        }
    }
}
