import CZlib

/// Doubles packed for a page: their little-endian bytes shuffled (every value's first byte,
/// then every second byte, …: exponents and leading digits of neighbouring samples line up),
/// compressed with zlib, and written in base64. The page inflates them with the browser's own
/// `DecompressionStream("deflate")`, so the values arrive bit for bit.
enum DataPacking {
    static func pack(_ values: [Double]) -> String {
        let n = values.count
        var shuffled = [UInt8](repeating: 0, count: n * 8)
        values.withUnsafeBufferPointer { doubles in
            shuffled.withUnsafeMutableBufferPointer { out in
                for i in 0..<n {
                    let bits = doubles[i].bitPattern
                    for b in 0..<8 { out[b * n + i] = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(b))) }
                }
            }
        }
        var size = compressBound(uLong(shuffled.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        // Level 1: a page written fast; the shuffled bytes compress nearly as well as at level 9.
        let status = compress2(&out, &size, shuffled, uLong(shuffled.count), 1)
        precondition(status == Z_OK, "zlib could not compress \(shuffled.count) bytes")
        return base64(out[0..<Int(size)])
    }

    static func base64(_ bytes: ArraySlice<UInt8>) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out = [UInt8]()
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt32(bytes[i])
            let b = i + 1 < bytes.endIndex ? UInt32(bytes[i + 1]) : 0
            let c = i + 2 < bytes.endIndex ? UInt32(bytes[i + 2]) : 0
            let triple = a << 16 | b << 8 | c
            out.append(table[Int(triple >> 18 & 63)])
            out.append(table[Int(triple >> 12 & 63)])
            out.append(i + 1 < bytes.endIndex ? table[Int(triple >> 6 & 63)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.endIndex ? table[Int(triple & 63)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
