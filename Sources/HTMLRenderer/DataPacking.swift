import CZlib
import Support

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
                // Byte by byte, each pass reading and writing in order, which the compiler vectorizes.
                for b in 0..<8 {
                    let shift = UInt64(8 * b), row = out.baseAddress! + b * n
                    for i in 0..<n { row[i] = UInt8(truncatingIfNeeded: doubles[i].bitPattern >> shift) }
                }
            }
        }
        var size = compressBound(uLong(shuffled.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        // Level 1: a page written fast; the shuffled bytes compress nearly as well as at level 9.
        let status = compress2(&out, &size, shuffled, uLong(shuffled.count), 1)
        precondition(status == Z_OK, "zlib could not compress \(shuffled.count) bytes")
        return Base64.string(out[0..<Int(size)])
    }
}
