/// `count` evenly spaced numbers from `start` through `stop`, bit for bit as `numpy.linspace`
/// computes them: `step = (stop - start) / (count - 1)`, element i is `Double(i) * step + start`
/// (two roundings, no fused multiply-add, as numpy's `arange(count) * step + start`), and the
/// last element is exactly `stop`.
public struct Linspace: RandomAccessCollection, Sendable, Equatable {
    /// First value.
    public let start: Double
    /// Last value (exactly, when `count > 1`).
    public let stop: Double
    /// Number of values.
    public let count: Int
    @usableFromInline let step: Double
    @usableFromInline let delta: Double
    @usableFromInline let divisions: Double

    /// `count` values from `start` through `stop`; `count` must not be negative.
    public init(from start: Double, through stop: Double, count: Int) {
        precondition(count >= 0, "Linspace count must not be negative")
        self.start = start
        self.stop = stop
        self.count = count
        self.delta = stop - start
        self.divisions = Double(Swift.max(count - 1, 1))
        self.step = delta / divisions
    }

    /// The index of the first value: 0.
    @inlinable public var startIndex: Int { 0 }
    /// One past the index of the last value: `count`.
    @inlinable public var endIndex: Int { count }

    /// Element `i`: `Double(i) * step + start`, and `stop` for the last one.
    @inlinable
    public subscript(i: Int) -> Double {
        precondition(i >= 0 && i < count, "Linspace index out of range")
        if i == count - 1 && count > 1 { return stop }
        if step == 0 && delta != 0 {
            // numpy's fallback when the step underflows: (i / div) * delta + start.
            return Double(i) / divisions * delta + start
        }
        return Double(i) * step + start
    }
}
