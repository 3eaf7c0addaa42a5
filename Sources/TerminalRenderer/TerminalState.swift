#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// What a signal that ends the process must undo in the terminal, kept where a signal handler
/// may read it: a few bytes to write (the end of an escape sequence cut off halfway, which would
/// otherwise swallow everything the shell prints next; a colour reset) and the terminal settings
/// to restore after a query switched off echo and line editing.
///
/// ``restoreAfterSignal()`` is what the handler calls. It is async-signal-safe: it reads atomics
/// and fixed buffers allocated once, and calls only `tcsetattr` and `write`. A buffer is
/// published after it is filled (its length, or the descriptor, stored last), so the handler
/// never reads one half-written.
public enum TerminalState {
    static let capacity = 96
    nonisolated(unsafe) static let bytes: UnsafeMutablePointer<UInt8> = .allocate(capacity: capacity)
    /// How many of `bytes` to write, 0 for none, and where.
    static let length = Atomic<Int>(0)
    static let descriptor = Atomic<Int32>(-1)
    nonisolated(unsafe) static let settings: UnsafeMutablePointer<termios> = {
        let p = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        p.initialize(to: termios())
        return p
    }()
    /// The terminal whose settings to restore, -1 for none.
    static let settingsDescriptor = Atomic<Int32>(-1)

    /// From now on, a signal that ends the process writes `reset` (at most 96 bytes) to
    /// `descriptor` first.
    public static func onInterrupt(write reset: [UInt8], to descriptor: Int32) {
        _ = bytes  // allocated before it is ever published
        length.store(0, ordering: .sequentiallyConsistent)
        let n = min(reset.count, capacity)
        for i in 0..<n { bytes[i] = reset[i] }
        self.descriptor.store(descriptor, ordering: .sequentiallyConsistent)
        length.store(n, ordering: .sequentiallyConsistent)
    }

    /// Remembers the settings of the terminal on `descriptor`, to be restored on a signal until
    /// ``forgetSettings()``.
    static func remember(_ saved: termios, of descriptor: Int32) {
        settingsDescriptor.store(-1, ordering: .sequentiallyConsistent)
        settings.pointee = saved
        settingsDescriptor.store(descriptor, ordering: .sequentiallyConsistent)
    }

    static func forgetSettings() {
        settingsDescriptor.store(-1, ordering: .sequentiallyConsistent)
    }

    /// Restores the terminal settings and writes the reset bytes, if any: for a signal handler.
    public static func restoreAfterSignal() {
        let fd = settingsDescriptor.load(ordering: .sequentiallyConsistent)
        if fd >= 0 { tcsetattr(fd, TCSANOW, settings) }
        let n = length.load(ordering: .sequentiallyConsistent)
        let out = descriptor.load(ordering: .sequentiallyConsistent)
        if n > 0 && out >= 0 {
            var written = 0
            while written < n {
                let r = write(out, bytes + written, n - written)
                if r > 0 { written += r } else if r < 0 && errno == EINTR { continue } else { break }
            }
        }
    }
}
