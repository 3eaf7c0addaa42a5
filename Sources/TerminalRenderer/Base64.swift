/// Base64 (RFC 4648, section 4: the standard alphabet with `=` padding), as the image protocols
/// carry their payloads.
enum Base64 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The encoding of `bytes`, appended to `out`.
    static func encode(_ bytes: [UInt8], into out: inout [UInt8]) {
        out.reserveCapacity(out.count + (bytes.count + 2) / 3 * 4)
        let a = alphabet
        let whole = bytes.count / 3 * 3
        var i = 0
        while i < whole {
            let b0 = bytes[i], b1 = bytes[i + 1], b2 = bytes[i + 2]
            out.append(a[Int(b0 >> 2)])
            out.append(a[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(a[Int((b1 & 0x0F) << 2 | b2 >> 6)])
            out.append(a[Int(b2 & 0x3F)])
            i += 3
        }
        let pad = UInt8(ascii: "=")
        switch bytes.count - whole {
        case 1:
            let b0 = bytes[i]
            out += [a[Int(b0 >> 2)], a[Int((b0 & 0x03) << 4)], pad, pad]
        case 2:
            let b0 = bytes[i], b1 = bytes[i + 1]
            out += [a[Int(b0 >> 2)], a[Int((b0 & 0x03) << 4 | b1 >> 4)], a[Int((b1 & 0x0F) << 2)], pad]
        default:
            break
        }
    }

    static func encode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        encode(bytes, into: &out)
        return out
    }
}
