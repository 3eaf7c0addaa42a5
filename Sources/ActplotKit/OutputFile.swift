#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CairoRenderer

/// An output written atomically: bytes go to a temporary file beside the target, which is renamed
/// over the target only when everything was written. On failure the target is left as it was.
public final class OutputFile: ByteSink {
    public let path: String
    private let temporaryPath: String?
    /// The temporary file's slot in the interrupt clean-up table.
    private var cleanupSlot: Int?
    private var descriptor: Int32
    private var failure: Int32 = 0
    private var buffer: [UInt8] = []
    private var finished = false

    /// Opens a temporary file beside `path`, or standard output for `-`.
    public init(path: String) throws(ActplotError) {
        self.path = path
        if path == "-" {
            temporaryPath = nil
            descriptor = 1
            buffer.reserveCapacity(1 << 16)
            return
        }
        try OutputFile.checkTarget(path)
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(folder).\(name).actplot-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buf in
            buf.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard fd >= 0 else {
            throw .io("cannot write '\(path)': \(OutputFile.reason(errno))")
        }
        descriptor = fd
        let temporary = template.withUnsafeBufferPointer { buf in
            buf.baseAddress.map { String(cString: $0) } ?? ""
        }
        temporaryPath = temporary
        cleanupSlot = InterruptCleanup.register(temporary)
        fchmod(fd, 0o644 & ~OutputFile.umaskValue)
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if !finished { discard() }
    }

    /// Usage errors that need no write: a missing folder, a parent that is a file, a folder as target.
    static func checkTarget(_ path: String) throws(ActplotError) {
        if path.isEmpty { throw .usage("-o needs a file path, such as relu.png") }
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw .usage("-o '\(path)' is a folder; give a file name such as '\(path)/relu.png'")
        }
        if let slash = path.lastIndex(of: "/") {
            let folder = String(path[..<slash])
            if !folder.isEmpty {
                if stat(folder, &info) != 0 {
                    throw .usage("-o '\(path)': the folder '\(folder)' does not exist")
                }
                if (info.st_mode & S_IFMT) != S_IFDIR {
                    throw .usage("-o '\(path)': '\(folder)' is not a folder")
                }
            }
        }
    }

    public func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard failure == 0 else { return false }
        if buffer.count + bytes.count > (1 << 16) {
            guard flush() else { return false }
        }
        if bytes.count >= (1 << 16) {
            return writeAll(bytes)
        }
        buffer.append(contentsOf: bytes)
        return true
    }

    /// Appends text, buffered.
    public func write(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes what is buffered, renames the temporary file over the target, and reports any failure.
    public func commit() throws(ActplotError) {
        finished = true
        guard flush(), failure == 0 else {
            let reason = OutputFile.reason(failure)
            discard()
            throw .io("cannot write '\(path)': \(reason)")
        }
        guard let temporaryPath else { return }
        if fsync(descriptor) != 0 && errno != EINVAL {
            let reason = OutputFile.reason(errno)
            discard()
            throw .io("cannot write '\(path)': \(reason)")
        }
        close(descriptor)
        descriptor = -1
        let renamed = rename(temporaryPath, path) == 0
        let reason = renamed ? nil : OutputFile.reason(errno)
        if !renamed { unlink(temporaryPath) }
        InterruptCleanup.unregister(cleanupSlot)
        cleanupSlot = nil
        if let reason { throw .io("cannot write '\(path)': \(reason)") }
    }

    /// Drops the temporary file; the target is untouched.
    public func discard() {
        finished = true
        guard let temporaryPath else { return }
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(temporaryPath)
        InterruptCleanup.unregister(cleanupSlot)
        cleanupSlot = nil
    }

    /// The system's reason for the last failure, or a generic one.
    public var failureReason: String? { failure == 0 ? nil : OutputFile.reason(failure) }

    private func flush() -> Bool {
        guard failure == 0 else { return false }
        guard !buffer.isEmpty else { return true }
        let ok = buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
        return ok
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            guard let base = bytes.baseAddress else { return true }
            let n = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
                return false
            }
            offset += n
        }
        return true
    }

    static func reason(_ code: Int32) -> String {
        guard code != 0, let text = strerror(code) else { return "write failed" }
        return String(cString: text).lowercased()
    }

    private static var umaskValue: mode_t {
        let current = umask(0)
        umask(current)
        return current
    }
}
