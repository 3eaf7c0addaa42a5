#if canImport(Glibc)
import Glibc
#endif
import Support

/// Where `actplot eval` reads its x values from: a file descriptor (standard input), or bytes
/// already in memory (the fuzz target and tests, which must never read the real standard input).
public enum EvalInput: Sendable {
    /// An open file descriptor, read until end of file: 0 for standard input.
    case descriptor(Int32)
    /// These bytes, as if read from a file.
    case bytes([UInt8])
}

/// Reads lines in large blocks into one fixed buffer and hands each line's bytes over in
/// place: constant memory and no allocation per line, however long the input.
///
/// A line ends at `\n`; the last line may lack one. The buffer holds the longest line allowed
/// (``maxLineLength``); a longer one is a data error.
struct LineReader {
    /// The longest line, in bytes, line break excluded.
    static let maxLineLength = 1 << 20

    private let input: EvalInput
    private let buffer: UnsafeMutableRawBufferPointer
    /// The unread part of the buffer is `start..<end`.
    private var start = 0, end = 0
    private var offset = 0
    private var finished = false
    /// The number of the last line handed over, from 1.
    private(set) var lineNumber = 0

    init(_ input: EvalInput) {
        self.input = input
        buffer = .allocate(byteCount: LineReader.maxLineLength + 1, alignment: 16)
    }

    /// Frees the buffer; the reader is not used afterwards.
    func deallocate() { buffer.deallocate() }

    /// Reads once (one read(2) of what is available) and calls `line` with every line it
    /// completed and its number, in order, and at the end of the input with the last line if it
    /// has no line break. Returns false once the input is exhausted and every line was handed over.
    mutating func nextBatch(_ line: (UnsafeBufferPointer<UInt8>, Int) throws(ActplotError) -> Void) throws(ActplotError) -> Bool {
        guard !finished else { return false }
        if start > 0 {
            buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: end - start)
            end -= start
            start = 0
        }
        if end == buffer.count {
            throw .data("standard input, line \(lineNumber + 1): longer than \(LineReader.maxLineLength >> 20) MiB; "
                + "give one x per line")
        }
        let n = try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end...]))
        let base = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
        var scanned = end
        end += n
        while scanned < end, let found = memchr(base + scanned, Int32(UInt8(ascii: "\n")), end - scanned) {
            let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            lineNumber += 1
            try line(UnsafeBufferPointer(start: base + start, count: newline - start), lineNumber)
            start = newline + 1
            scanned = start
        }
        if n == 0 {
            finished = true
            if start < end {
                lineNumber += 1
                try line(UnsafeBufferPointer(start: base + start, count: end - start), lineNumber)
                start = end
            }
        }
        return true
    }

    /// A line's text for a message.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Echo shows at most 200 characters; 1000 bytes hold them in any encoding.
        String(decoding: UnsafeBufferPointer(rebasing: bytes.prefix(1000)), as: UTF8.self)
    }

    /// One read of at most `into.count` bytes: 0 at the end of the input.
    private mutating func read(into target: UnsafeMutableRawBufferPointer) throws(ActplotError) -> Int {
        switch input {
        case .bytes(let bytes):
            let n = min(target.count, bytes.count - offset)
            guard n > 0 else { return 0 }
            bytes.withUnsafeBytes { source in
                target.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: n)
            }
            offset += n
            return n
        case .descriptor(let descriptor):
            while true {
                let n = Glibc.read(descriptor, target.baseAddress, target.count)
                if n >= 0 { return n }
                switch errno {
                case EINTR: continue
                case EAGAIN, EWOULDBLOCK:
                    var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    _ = poll(&waiting, 1, -1)
                case let code:
                    throw .io("cannot read standard input: \(SystemError.reason(code))")
                }
            }
        }
    }
}
