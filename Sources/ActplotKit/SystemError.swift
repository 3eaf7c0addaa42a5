#if canImport(Glibc)
import Glibc
#endif

/// The system calls' side of writing: the whole of a buffer, through interruptions and
/// non-blocking descriptors, and the system's reason when it fails.
enum SystemError {
    /// The system's reason for `code`, in lower case to follow "cannot write 'x': ".
    static func reason(_ code: Int32) -> String {
        guard code != 0, let text = strerror(code) else { return "write failed" }
        return String(cString: text).lowercased()
    }

    /// Writes all of `bytes` to `descriptor`; returns 0, or the errno of the failure. A write
    /// interrupted by a signal is retried; a non-blocking descriptor that is full (EAGAIN) is
    /// waited on until it takes more, never reported as a failure.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        guard let base = bytes.baseAddress else { return 0 }
        var offset = 0
        while offset < bytes.count {
            let n = write(descriptor, base + offset, bytes.count - offset)
            if n < 0 {
                switch errno {
                case EINTR: continue
                case EAGAIN, EWOULDBLOCK:
                    var waiting = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&waiting, 1, -1)
                    continue
                case let code: return code
                }
            }
            offset += n
        }
        return 0
    }
}

/// Standard output for commands that print (list, info, help, paths): every write is checked,
/// and a failure is an I/O error (exit 74) with the system's reason.
public enum StandardOutput {
    public static func write(_ text: String) throws(ActplotError) {
        var text = text
        let code = text.withUTF8 { SystemError.writeAll(1, UnsafeRawBufferPointer($0)) }
        if code != 0 { throw .io("cannot write to standard output: \(SystemError.reason(code))") }
    }

    /// Writes `text` and a line break.
    public static func line(_ text: String) throws(ActplotError) {
        try write(text + "\n")
    }
}

/// Standard error, for messages: best effort, since there is nowhere left to report its failure.
public enum StandardError {
    public static func line(_ text: String) {
        writeAll(2, text + "\n")
    }
}

/// Writes all of `text` to a file descriptor; returns 0 or the errno of the failure.
@discardableResult
func writeAll(_ fd: Int32, _ text: String) -> Int32 {
    var text = text
    return text.withUTF8 { SystemError.writeAll(fd, UnsafeRawBufferPointer($0)) }
}
