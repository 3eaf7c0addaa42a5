/// Base64 (RFC 4648, section 4: the standard alphabet with `=` padding): how the terminal's image
/// protocols carry a PNG and how pages carry their packed samples.
package enum Base64 {
    /// The encoding of `bytes`.
    package static func encode(_ bytes: [UInt8]) -> [UInt8] {
        let length = encodedLength(bytes.count)
        return [UInt8](unsafeUninitializedCapacity: length) { out, count in
            bytes.withUnsafeBufferPointer { encode($0, into: out) }
            count = length
        }
    }

    /// The encoding of `bytes`, appended to `out`.
    package static func encode(_ bytes: [UInt8], into out: inout [UInt8]) {
        out += encode(bytes)
    }

    /// The encoding of `bytes` as text.
    package static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(unsafeUninitializedCapacity: encodedLength(bytes.count)) { out in
            bytes.withUnsafeBufferPointer { encode($0, into: out) }
            return encodedLength(bytes.count)
        }
    }

    /// Four characters for every three bytes or part of three.
    static func encodedLength(_ count: Int) -> Int { (count + 2) / 3 * 4 }

    /// Writes the encoding of `input` to the first `encodedLength(input.count)` bytes of `out`.
    private static func encode(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) {
        let alphabet: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        alphabet.withUTF8Buffer { table in
            let n = input.count
            var (i, o) = (0, 0)
            while i + 3 <= n {
                let triple = UInt32(input[i]) << 16 | UInt32(input[i + 1]) << 8 | UInt32(input[i + 2])
                out[o] = table[Int(triple >> 18)]
                out[o + 1] = table[Int(triple >> 12 & 63)]
                out[o + 2] = table[Int(triple >> 6 & 63)]
                out[o + 3] = table[Int(triple & 63)]
                (i, o) = (i + 3, o + 4)
            }
            // One or two bytes left: two or three characters, then "=" for each missing byte.
            if i < n {
                let second = i + 1 < n ? UInt32(input[i + 1]) : 0
                let triple = UInt32(input[i]) << 16 | second << 8
                out[o] = table[Int(triple >> 18)]
                out[o + 1] = table[Int(triple >> 12 & 63)]
                out[o + 2] = i + 1 < n ? table[Int(triple >> 6 & 63)] : UInt8(ascii: "=")
                out[o + 3] = UInt8(ascii: "=")
            }
        }
    }
}
