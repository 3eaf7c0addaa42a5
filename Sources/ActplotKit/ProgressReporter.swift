#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Shows batch progress: a bar redrawn in place on a terminal, one line per file otherwise.
///
/// A failed write to standard output (a closed pipe, a full disk) stops the reporting and is
/// reported by ``finish()`` as an I/O error; the charts themselves are still written.
public final class ProgressReporter: Sendable {
    let terminal: Bool
    /// The errno of the first failed write to standard output, or 0.
    private let failure = Mutex<Int32>(0)

    public init(terminal: Bool) {
        self.terminal = terminal
    }

    public func report(_ outcome: BatchRenderer.Outcome, done: Int, total: Int) {
        failure.withLock { failure in
            if let error = outcome.error {
                writeAll(2, (terminal ? "\r\u{1B}[K" : "") + "actplot: error: \(error.message)\n")
            }
            guard failure == 0 else { return }
            if terminal {
                let width = 30
                let filled = total > 0 ? done * width / total : width
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                failure = writeAll(1, "\r\u{1B}[K\(bar) \(done)/\(total) \(outcome.path)")
            } else if outcome.error == nil {
                failure = writeAll(1, outcome.path + "\n")
            }
        }
    }

    /// Ends the bar's line; throws if standard output could not be written.
    public func finish() throws(ActplotError) {
        let code = failure.withLock { failure -> Int32 in
            if terminal && failure == 0 { failure = writeAll(1, "\n") }
            return failure
        }
        if code != 0 { throw .io("cannot write to standard output: \(SystemError.reason(code))") }
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
