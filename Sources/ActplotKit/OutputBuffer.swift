#if canImport(Glibc)
import Glibc
#endif

/// Bytes on their way to a file descriptor: text and numbers are appended without making
/// strings, and go out with one write(2) per ``flush(to:)``, however many rows they hold.
///
/// It grows when an append needs more room than is left, so it is as large as the most written
/// between two flushes. A value type over memory it owns, so that appending a number costs no
/// reference counting: keep one copy in use at a time (copy it into a local variable for a loop,
/// then store it back), and call ``deallocate()`` once.
struct OutputBuffer: TextOutputStream {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes appended since the last flush.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    func deallocate() { storage.deallocate() }

    /// Room for `n` more bytes.
    @inline(__always)
    mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(to: count + n) }
    }

    private mutating func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        new.update(from: storage, count: count)
        storage.deallocate()
        storage = new
        capacity = larger
    }

    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { _writeASCII($0) }
    }

    /// What `Double.write(to:)` calls with its digits.
    mutating func _writeASCII(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        reserve(bytes.count)
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    /// A number as the data formats write it (``DataNumber``).
    @inline(__always)
    mutating func append(_ value: Double) {
        DataNumber.write(value, to: &self)
    }

    /// `n` spaces.
    mutating func appendSpaces(_ n: Int) {
        guard n > 0 else { return }
        reserve(n)
        (storage + count).initialize(repeating: UInt8(ascii: " "), count: n)
        count += n
    }

    /// Forgets everything appended.
    mutating func removeAll() {
        count = 0
    }

    /// Writes everything appended in one go and empties the buffer; returns 0 or the errno of a
    /// failed write.
    mutating func flush(to descriptor: Int32) -> Int32 {
        defer { count = 0 }
        guard count > 0 else { return 0 }
        return SystemError.writeAll(descriptor, UnsafeRawBufferPointer(start: storage, count: count))
    }

    /// The bytes appended so far, valid until the next append.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }
}
