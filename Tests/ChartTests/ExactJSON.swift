import Foundation

/// A JSON value whose numbers keep their text, so that a fixture's shortest-repr floats read
/// back as exactly the doubles the generator wrote (`Double(String)` is correctly rounded;
/// nothing else in the chain may round first).
enum ExactJSON: Equatable {
    case number(String)
    case string(String)
    case bool(Bool)
    case null
    case array([ExactJSON])
    case object([String: ExactJSON])

    struct SyntaxError: Error, CustomStringConvertible {
        let offset: Int
        var description: String { "JSON syntax error at byte \(offset)" }
    }

    /// Parses a whole file.
    init(contentsOf url: URL) throws {
        let bytes = Array(try Data(contentsOf: url))
        var parser = Parser(bytes: bytes)
        self = try parser.value()
    }

    subscript(key: String) -> ExactJSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var array: [ExactJSON]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var double: Double? {
        if case .number(let text) = self { return Double(text) }
        return nil
    }

    var text: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// An array of numbers.
    var doubles: [Double]? { array?.compactMap(\.double) }

    private struct Parser {
        let bytes: [UInt8]
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
        }

        mutating func expect(_ c: UInt8) throws {
            skipSpace()
            guard i < bytes.count, bytes[i] == c else { throw SyntaxError(offset: i) }
            i += 1
        }

        mutating func value() throws -> ExactJSON {
            skipSpace()
            guard i < bytes.count else { throw SyntaxError(offset: i) }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var members: [String: ExactJSON] = [:]
                skipSpace()
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                repeat {
                    skipSpace()
                    let key = try string()
                    try expect(UInt8(ascii: ":"))
                    members[key] = try value()
                    skipSpace()
                } while try separator(closing: UInt8(ascii: "}"))
                return .object(members)
            case UInt8(ascii: "["):
                i += 1
                var items: [ExactJSON] = []
                skipSpace()
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                repeat {
                    items.append(try value())
                    skipSpace()
                } while try separator(closing: UInt8(ascii: "]"))
                return .array(items)
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"):
                i += 4
                return .bool(true)
            case UInt8(ascii: "f"):
                i += 5
                return .bool(false)
            case UInt8(ascii: "n"):
                i += 4
                return .null
            default:
                let start = i
                while i < bytes.count, "+-.eE0123456789".utf8.contains(bytes[i]) { i += 1 }
                guard i > start else { throw SyntaxError(offset: i) }
                return .number(String(decoding: bytes[start..<i], as: UTF8.self))
            }
        }

        /// Consumes `,` (true: another item follows) or the closing bracket (false).
        mutating func separator(closing: UInt8) throws -> Bool {
            guard i < bytes.count else { throw SyntaxError(offset: i) }
            if bytes[i] == UInt8(ascii: ",") { i += 1; return true }
            guard bytes[i] == closing else { throw SyntaxError(offset: i) }
            i += 1
            return false
        }

        mutating func string() throws -> String {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw SyntaxError(offset: i) }
            i += 1
            var out: [UInt8] = []
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                if bytes[i] == UInt8(ascii: "\\") {
                    i += 1
                    switch bytes[i] {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        let hex = String(decoding: bytes[(i + 1)...(i + 4)], as: UTF8.self)
                        guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                            throw SyntaxError(offset: i)
                        }
                        out += Array(String(Character(scalar)).utf8)
                        i += 4
                    default: out.append(bytes[i])
                    }
                } else {
                    out.append(bytes[i])
                }
                i += 1
            }
            try expect(UInt8(ascii: "\""))
            return String(decoding: out, as: UTF8.self)
        }
    }
}
