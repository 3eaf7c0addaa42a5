#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Removes temporary output files when actplot is interrupted (Ctrl-C, kill), so an interrupted
/// run leaves nothing behind: the target path was never touched, and the temporary file goes.
///
/// The signal handler only reads a fixed table of C strings and calls `unlink` and `_exit`, which
/// are safe in a handler; the table is written under a lock outside it.
enum InterruptCleanup {
    static let capacity = 64
    /// Paths being written, as C strings owned by the table; nil slots are free.
    nonisolated(unsafe) static let table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    static let lock = Mutex(false)

    /// Registers `path` and returns its slot, installing the handlers on first use.
    static func register(_ path: String) -> Int? {
        lock.withLock { installed -> Int? in
            if !installed {
                installed = true
                _ = table
                for signal in [SIGINT, SIGTERM, SIGHUP] {
                    Glibc.signal(signal, handler)
                }
            }
            for slot in 0..<capacity where table[slot] == nil {
                table[slot] = strdup(path)
                return slot
            }
            return nil
        }
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock { _ in
            let path = table[slot]
            table[slot] = nil
            free(path)
        }
    }

    private static let handler: @convention(c) (Int32) -> Void = { signal in
        for slot in 0..<InterruptCleanup.capacity {
            if let path = InterruptCleanup.table[slot] { unlink(path) }
        }
        _exit(128 + signal)
    }
}
