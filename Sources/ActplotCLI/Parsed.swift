import ActplotKit
import ArgumentParser

/// An option's value as our parser read it: the value, or our one-line complaint.
///
/// The argument parser never sees a failure (it would prefix the raw text and its own wording);
/// each command's `validate()` reports ours as a usage error, exit 64.
enum Parsed<Value: Sendable>: Sendable {
    case valid(Value)
    case invalid(String)

    /// The transform for `@Option(transform:)`: runs `parse`, keeping its error for `validate()`.
    static func with(_ parse: @escaping @Sendable (String) throws(ActplotError) -> Value) -> @Sendable (String) -> Parsed {
        { text in
            do throws(ActplotError) {
                return .valid(try parse(text))
            } catch {
                return .invalid(error.message)
            }
        }
    }

    /// The value, or the parser's message as a usage error.
    func check() throws {
        if case .invalid(let message) = self { throw ValidationError(message) }
    }

    /// The value; only read after `validate()` checked it.
    var value: Value {
        switch self {
        case .valid(let value): return value
        case .invalid(let message): preconditionFailure("read an option that did not validate: \(message)")
        }
    }
}

extension Optional {
    /// `check()` of an optional parsed option.
    func check<Value>() throws where Wrapped == Parsed<Value> {
        try self?.check()
    }
}
