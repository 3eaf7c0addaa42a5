/// How every option and parameter reads a number, so that `' 5'`, `1e3` or `0x10` mean the same
/// wherever they are typed: decimal notation with an optional sign, fraction and exponent
/// (`-2`, `.5`, `1e-3`), or `inf`, `infinity`, `nan` (which options that need a finite number
/// then refuse with their own message), with spaces and tabs around it ignored. Hexadecimal and
/// other spellings that Swift's `Double(_:)` also takes are refused.
package enum NumberSyntax {
    package static func double(_ text: String) -> Double? {
        let trimmed = trimmed(text)
        let lowered = trimmed.lowercased()
        let unsigned = lowered.first == "-" || lowered.first == "+" ? lowered.dropFirst() : Substring(lowered)
        if unsigned == "inf" || unsigned == "infinity" || unsigned == "nan" { return Double(lowered) }
        var digits = 0, dots = 0, exponent = false, exponentDigits = 0
        for (i, c) in unsigned.enumerated() {
            switch c {
            case "0"..."9":
                if exponent { exponentDigits += 1 } else { digits += 1 }
            case "." where !exponent:
                dots += 1
            case "e" where !exponent && digits > 0:
                exponent = true
            case "-", "+":
                // Only right after the exponent's "e".
                guard exponent, exponentDigits == 0, i > 0, unsigned[unsigned.index(unsigned.startIndex, offsetBy: i - 1)] == "e"
                else { return nil }
            default:
                return nil
            }
        }
        guard digits > 0, dots <= 1, !exponent || exponentDigits > 0 else { return nil }
        return Double(trimmed)
    }

    /// A whole number written as a number (`1000`, `1e3`); nil when not a number or not whole.
    /// Values beyond Int's range come back as nil too; check ``double(_:)`` to tell "too many".
    package static func integer(_ text: String) -> Int? {
        guard let value = double(text), value.isFinite, value == value.rounded(), abs(value) < 9.2e18 else { return nil }
        return Int(value)
    }
}
