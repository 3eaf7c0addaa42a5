/// How the data formats (CSV export, `actplot eval`) write a number: the shortest text that
/// reads back as the same double (Swift's `description`: `0.1`, `1e-07`, `-0.0`), with `nan`
/// for every NaN whatever its sign bit, `inf` and `-inf`.
enum DataNumber {
    /// Writes `value` to `target`. `Double.write(to:)` hands the digits to the stream's
    /// `_writeASCII` without making a string, so a byte buffer (``OutputBuffer``) takes them as
    /// they are.
    @inline(__always)
    static func write<Target: TextOutputStream>(_ value: Double, to target: inout Target) {
        if value.isNaN {
            target.write("nan")
        } else {
            value.write(to: &target)
        }
    }

    /// The longest text ``write(_:to:)`` produces: `-2.2250738585072014e-308`.
    static let maxLength = 24
}
