import CPrintf

/// The C library's printf conversions of one double (`%g`, `%.4g`, `%.*f`, `%1.*e`), which is
/// what Python's `fmt % value` does: correctly rounded, as matplotlib's formatters need.
package enum Printf {
    /// `format` (one conversion, no `*`) applied to `value`.
    package static func format(_ format: String, _ value: Double) -> String {
        text { cprintf_double($0, $1, format, value) }
    }

    /// `format` (one conversion with a `*` precision) applied to `precision` and `value`.
    package static func format(_ format: String, precision: Int, _ value: Double) -> String {
        text { cprintf_precision_double($0, $1, format, Int32(clamping: precision), value) }
    }

    /// What `write(buffer, size)` writes, in a buffer large enough for it (`%.0f` of 1e308
    /// has 309 digits).
    private static func text(_ write: (UnsafeMutablePointer<CChar>, Int) -> Int32) -> String {
        var capacity = 64
        while true {
            let (written, text) = withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
                let n = Int(write(buffer.baseAddress!, capacity))
                guard n >= 0, n < capacity else { return (n, "") }
                return (n, String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: n), as: UTF8.self))
            }
            if written < 0 { return "" }
            if written < capacity { return text }
            capacity = written + 1
        }
    }
}
