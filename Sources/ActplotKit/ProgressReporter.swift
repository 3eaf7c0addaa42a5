#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Shows batch progress: a bar redrawn in place on a terminal, one line per file otherwise.
public final class ProgressReporter: Sendable {
    let terminal: Bool
    private let lock = Mutex(())

    public init(terminal: Bool) {
        self.terminal = terminal
    }

    public func report(_ outcome: BatchRenderer.Outcome, done: Int, total: Int) {
        lock.withLock { _ in
            if let error = outcome.error {
                writeAll(2, (terminal ? "\r\u{1B}[K" : "") + "actplot: error: \(error.message)\n")
            }
            if terminal {
                let width = 30
                let filled = total > 0 ? done * width / total : width
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                writeAll(1, "\r\u{1B}[K\(bar) \(done)/\(total) \(outcome.path)")
            } else if outcome.error == nil {
                writeAll(1, outcome.path + "\n")
            }
        }
    }

    /// Ends the bar's line.
    public func finish() {
        if terminal { writeAll(1, "\n") }
    }

}

/// A percentage redrawn in place on standard error, for one long write.
final class TerminalProgress {
    private var shown = -1

    func show(_ what: String, _ fraction: Double) {
        let percent = Int(max(0, min(1, fraction)) * 100)
        guard percent != shown else { return }
        shown = percent
        writeAll(2, "\r\u{1B}[K\(what): \(percent)%")
    }

    func finish() {
        if shown >= 0 { writeAll(2, "\r\u{1B}[K") }
    }
}

/// Writes all of `text` to a file descriptor, ignoring failures (progress is best effort).
func writeAll(_ fd: Int32, _ text: String) {
    var text = text
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            guard let base = bytes.baseAddress else { return }
            let n = write(fd, base + offset, bytes.count - offset)
            if n <= 0 { return }
            offset += n
        }
    }
}
