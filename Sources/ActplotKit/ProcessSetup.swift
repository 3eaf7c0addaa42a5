#if canImport(Glibc)
import Glibc
#endif

/// What the process settles before it does anything else, whatever environment the shell
/// handed it.
public enum ProcessSetup {
    /// Call first thing in `main`, before any thread starts and any file is opened.
    ///
    /// - Descriptors 0, 1 and 2 that are closed are opened on /dev/null, so a file opened later
    ///   can never become "standard output" and receive progress lines or error messages.
    /// - The umask is read once here, before any other thread exists; new files take their mode
    ///   from ``umask`` and no thread ever changes it.
    /// - SIGPIPE and SIGXFSZ are ignored: a closed pipe or a file size limit then fails the write
    ///   with EPIPE or EFBIG, which is reported as an I/O error after cleaning up, instead of
    ///   killing the process with its temporary file in place.
    /// - Every other signal that ends the process removes the temporary files first
    ///   (``TemporaryFiles``), unless the parent set it to be ignored.
    public static func prepare() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            // open returns the lowest free descriptor, which is this one.
            _ = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
        }
        _ = umask
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        TemporaryFiles.installHandlers()
    }

    /// The process's file mode creation mask, read once. Linux reports it in /proc/self/status,
    /// which reads it without changing it; elsewhere it is set and restored, which is why
    /// ``prepare()`` reads it before any other thread exists.
    public static let umask: mode_t = {
        if let status = fopen("/proc/self/status", "r") {
            defer { fclose(status) }
            var line = [CChar](repeating: 0, count: 256)
            while fgets(&line, Int32(line.count), status) != nil {
                // "Umask:\t0022": strtoul skips the tab and reads the octal digits.
                if strncmp(line, "Umask:", 6) == 0 {
                    return line.withUnsafeBufferPointer { mode_t(strtoul($0.baseAddress! + 6, nil, 8)) }
                }
            }
        }
        let current = Glibc.umask(0o022)
        Glibc.umask(current)
        return current
    }()
}
