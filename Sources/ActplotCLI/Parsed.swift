import ActplotKit
import ArgumentParser

/// An option's value as our parser read it: the value, or our one-line complaint.
///
/// The argument parser never sees a failure (it would prefix the raw text and its own wording);
/// each command's `validate()` reports ours as a usage error, exit 64.
///
/// Every parsed option has this one type, whatever its value's type: at every start the parser
/// asks the Swift runtime whether each option's wrapper is one of its own, and the runtime
/// answers each new wrapper type (`Option<Parsed<PlotRange>>`, `Option<Parsed<Int>>`, …) by
/// searching all of the binary's conformance records: for a dozen types, half a million
/// instructions at every start, 3% of a terminal chart's. The option's transform names the value's type, and ``value(as:)``
/// reads it back as the type the request's field has.
struct Parsed: Sendable {
    private enum Reading: Sendable {
        case valid(any Sendable)
        case invalid(String)
    }

    private let reading: Reading

    /// A value the option has without being given (its default).
    static func valid(_ value: some Sendable) -> Parsed {
        Parsed(reading: .valid(value))
    }

    /// The transform for `@Option(transform:)`: runs `parse`, keeping its error for `validate()`.
    static func with<Value: Sendable>(_ parse: @escaping @Sendable (String) throws(ActplotError) -> Value)
        -> @Sendable (String) -> Parsed
    {
        { text in
            do throws(ActplotError) {
                return Parsed(reading: .valid(try parse(text)))
            } catch {
                return Parsed(reading: .invalid(error.message))
            }
        }
    }

    /// The parser's message as a usage error, if it refused the text.
    func check() throws {
        if case .invalid(let message) = reading { throw ValidationError(message) }
    }

    /// The value, if the parser accepted the text.
    func validValue<Value>(as type: Value.Type = Value.self) -> Value? {
        guard case .valid(let value) = reading else { return nil }
        guard let typed = value as? Value else {
            preconditionFailure("an option parsed as \(Swift.type(of: value)) was read as \(Value.self)")
        }
        return typed
    }

    /// The value; only read after `validate()` checked it.
    func value<Value>(as type: Value.Type = Value.self) -> Value {
        guard let value = validValue(as: type) else { preconditionFailure("read an option that did not validate") }
        return value
    }
}

extension Optional where Wrapped == Parsed {
    /// `check()` of an optional parsed option.
    func check() throws {
        try self?.check()
    }
}
