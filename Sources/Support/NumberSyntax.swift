/// How every option and parameter reads a number, so that `' 5'`, `1e3` or `0x10` mean the same
/// wherever they are typed: decimal notation with an optional sign, fraction and exponent
/// (`-2`, `.5`, `1e-3`), or `inf`, `infinity`, `nan` in any case (which options that need a
/// finite number then refuse with their own message), with white space around it ignored.
/// Hexadecimal and other spellings that Swift's `Double(_:)` also takes are refused.
///
/// The value is the double nearest to the decimal (ties to even), as `Double(_:)` gives it.
/// ``double(utf8:)`` reads the same syntax from bytes without making a string, for
/// `actplot eval`'s millions of lines.
package enum NumberSyntax {
    package static func double(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { double(utf8: $0) }
    }

    /// The number `bytes` spell (UTF-8), read exactly as ``double(_:)`` reads a string.
    package static func double(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var start = 0, end = bytes.count
        while start < end, isASCIISpace(bytes[start]) { start += 1 }
        while end > start, isASCIISpace(bytes[end - 1]) { end -= 1 }
        if let value = decimal(UnsafeBufferPointer(rebasing: bytes[start..<end])) { return value }
        // Unicode white space (a no-break space) around the number is trimmed as names and values
        // are; rare, so read as a string.
        return bytes.contains { $0 >= 0x80 } ? unicodeDouble(String(decoding: bytes, as: UTF8.self)) : nil
    }

    /// A whole number written as a number (`1000`, `1e3`); nil when not a number or not whole.
    /// Values beyond Int's range come back as nil too; check ``double(_:)`` to tell "too many".
    package static func integer(_ text: String) -> Int? {
        guard let value = double(text), value.isFinite, value == value.rounded(), abs(value) < 9.2e18 else { return nil }
        return Int(value)
    }

    /// ASCII white space, the bytes `Character.isWhitespace` accepts below 0x80.
    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// The slow path for text with non-ASCII bytes: trimmed of Unicode white space as every
    /// name and value is; what remains must be ASCII.
    static func unicodeDouble(_ text: String) -> Double? {
        var text = trimmed(text)
        return text.withUTF8 { bytes in
            bytes.contains { $0 >= 0x80 } ? nil : decimal(bytes)
        }
    }

    /// Reads trimmed ASCII: `[+-]` then `inf`, `infinity`, `nan`, or digits with at most one `.`
    /// (at least one digit in all) and an optional `e[+-]digits`.
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = bytes.count
        var i = 0
        var negative = false
        if i < count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        if i < count, bytes[i] | 0x20 == UInt8(ascii: "i") || bytes[i] | 0x20 == UInt8(ascii: "n") {
            guard let special = special(UnsafeBufferPointer(rebasing: bytes[i...])) else { return nil }
            return negative ? -special : special
        }
        let unsigned = i
        // The digits, as `significand` × 10^`exponent`; `significand` is exact for up to 19
        // significant digits (more take the slow path, so its overflow does not matter).
        var significand: UInt64 = 0
        while i < count, bytes[i] == UInt8(ascii: "0") { i += 1 }
        var first = i
        while i < count, case let digit = bytes[i] &- UInt8(ascii: "0"), digit < 10 {
            significand = significand &* 10 &+ UInt64(digit)
            i += 1
        }
        var significant = i - first
        var digits = i - unsigned
        var exponent = 0
        if i < count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            let fraction = i
            if significant == 0 {
                // Zeros right after the point only move the digits after them.
                while i < count, bytes[i] == UInt8(ascii: "0") { i += 1 }
            }
            first = i
            while i < count, case let digit = bytes[i] &- UInt8(ascii: "0"), digit < 10 {
                significand = significand &* 10 &+ UInt64(digit)
                i += 1
            }
            significant += i - first
            digits += i - fraction
            exponent = fraction - i
        }
        guard digits > 0 else { return nil }
        if i < count {
            guard bytes[i] | 0x20 == UInt8(ascii: "e") else { return nil }
            i += 1
            var exponentNegative = false
            if i < count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
                exponentNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            var written = 0, exponentDigits = 0
            while i < count, bytes[i] &- UInt8(ascii: "0") < 10 {
                // Beyond 10⁹ any exponent gives 0 or infinity; stop growing so it cannot overflow.
                if written < 1_000_000_000 { written = written * 10 + Int(bytes[i] &- UInt8(ascii: "0")) }
                exponentDigits += 1
                i += 1
            }
            guard exponentDigits > 0, i == count else { return nil }
            exponent += exponentNegative ? -written : written
        }
        let magnitude: Double
        if significant == 0 {
            magnitude = 0
        } else if significant <= 19, let exact = nearest(significand, timesTenToThe: exponent) {
            magnitude = exact
        } else {
            // More than 19 digits, or an exponent beyond ±19: the standard library's conversion.
            guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[unsigned...]), as: UTF8.self))
            else { return nil }
            magnitude = value
        }
        return negative ? -magnitude : magnitude
    }

    /// `inf`, `infinity` or `nan`, in any case.
    static func special(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        func spells(_ word: StaticString) -> Bool {
            word.utf8CodeUnitCount == bytes.count
                && zip(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount), bytes).allSatisfy { $0 == $1 | 0x20 }
        }
        if spells("inf") || spells("infinity") { return .infinity }
        return spells("nan") ? .nan : nil
    }

    /// Exact powers of ten: every one up to 10²² is a double.
    static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The double nearest to `significand` × 10^`exponent` (ties to even), or nil when neither
    /// exact method applies (the caller then takes the slow path).
    ///
    /// - Clinger's fast path ("How to read floating point numbers accurately", 1990): when the
    ///   significand and 10^|exponent| are both exact doubles (≤ 2⁵³ and ≤ 10²²), one correctly
    ///   rounded multiplication or division gives the answer.
    /// - Otherwise, for |exponent| ≤ 19, integer arithmetic: the product, or the quotient to 64
    ///   significant bits with a sticky bit for the remainder, rounded once to 53 bits by the
    ///   hardware's integer-to-double conversion, then scaled by a power of two (exact: the result
    ///   lies between 10⁻¹⁹ and 10³⁸, far from overflow and subnormals).
    static func nearest(_ significand: UInt64, timesTenToThe exponent: Int) -> Double? {
        if significand <= 1 << 53, (-22...22).contains(exponent) {
            let s = Double(significand)
            return exponent < 0 ? s / powersOfTen[-exponent] : s * powersOfTen[exponent]
        }
        guard (-19...19).contains(exponent) else { return nil }
        var power: UInt64 = 1
        for _ in 0..<abs(exponent) { power &*= 10 }
        if exponent >= 0 {
            let (high, low) = significand.multipliedFullWidth(by: power)
            return rounded(high: high, low: low, scale: 0)
        }
        // significand / power: both normalized to [2⁶³, 2⁶⁴), then a 128-by-64-bit division.
        let ws = significand.leadingZeroBitCount, ds = power.leadingZeroBitCount
        let w = significand << ws, d = power << ds
        // w·2⁶⁴/d when w < d, else w·2⁶³/d; either quotient lies in [2⁶³, 2⁶⁴).
        let (high, low, shift) = w < d ? (w, UInt64(0), 64) : (w >> 1, (w & 1) << 63, 63)
        let (quotient, remainder) = d.dividingFullWidth((high: high, low: low))
        let sticky: UInt64 = remainder == 0 ? 0 : 1
        return Double(quotient | sticky) * pow2(ds - ws - shift)
    }

    /// high·2⁶⁴ + low, rounded to the nearest double (ties to even), times 2^`scale`.
    static func rounded(high: UInt64, low: UInt64, scale: Int) -> Double {
        if high == 0 { return Double(low) * pow2(scale) }
        let z = high.leadingZeroBitCount
        let top = z == 0 ? high : (high << z) | (low >> (64 - z))
        let rest = low << z
        // The bits below the top 64 only matter as "something is there": a sticky bit 11 places
        // below the rounding position.
        return Double(top | (rest == 0 ? 0 : 1)) * pow2(64 - z + scale)
    }

    /// 2^n for the exponents `nearest` needs, exactly.
    @inline(__always)
    static func pow2(_ n: Int) -> Double {
        Double(sign: .plus, exponent: n, significand: 1)
    }
}
