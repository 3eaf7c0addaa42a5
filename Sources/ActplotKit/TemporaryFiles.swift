#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import TerminalRenderer

/// The temporary files actplot is writing, removed when a signal ends the process, so an
/// interrupted or killed run leaves nothing behind: the target path was never touched, and the
/// temporary file goes.
///
/// The table is a fixed block of path buffers with two 64-bit masks of slots: `claimed` (a
/// thread owns the slot and may write its buffer) and `active` (the buffer holds a complete path
/// the handler may remove). A path is registered *before* its file is created (the name is
/// chosen first, the file made with `O_EXCL` after), so there is no moment when a file exists
/// that the handler does not know. The handler reads only slots that are active and never
/// allocates; it calls `unlink`, `sigaction`, `sigprocmask` and `raise`, and, through
/// `TerminalState.restoreAfterSignal`, `tcsetattr` and `write`, which are async-signal-safe. Once it has started, registration stops (a thread that tries waits for the
/// process to end), so no buffer is rewritten while the handler reads it.
enum TemporaryFiles {
    /// How many files can be in flight at once; `actplot all` writes one per core.
    static let capacity = 64
    /// The longest path a slot holds, with its terminating zero.
    static let slotSize = Int(PATH_MAX) + 1

    /// Slot buffers, allocated once for the life of the process. calloc gives a block this
    /// large (256 KiB) as fresh zero pages that cost nothing until a slot is written: most runs
    /// write no file or one.
    nonisolated(unsafe) static let buffers: UnsafeMutablePointer<CChar> =
        calloc(capacity * slotSize, 1)!.bindMemory(to: CChar.self, capacity: capacity * slotSize)
    static let claimed = Atomic<UInt64>(0)
    static let active = Atomic<UInt64>(0)
    /// Set by the first signal handler to run; registration stops from then on.
    static let ending = Atomic<Bool>(false)

    /// The signals that end a process by default and can be caught: each removes the temporary
    /// files and then ends the process as the signal would have.
    static let endingSignals: [Int32] = [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF]

    /// Installs the handler for every ending signal the parent did not set to be ignored (a
    /// `nohup` run keeps ignoring SIGHUP). Called once at start, before any temporary file exists.
    static func installHandlers() {
        _ = buffers
        for signal in endingSignals {
            var current = sigaction()
            guard sigaction(signal, nil, &current) == 0, !isIgnored(current) else { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigemptyset(&action.sa_mask)
            // Every other ending signal waits while one handler runs.
            for other in endingSignals { sigaddset(&action.sa_mask, other) }
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// Whether a disposition is SIG_IGN (function pointers are compared by address).
    private static func isIgnored(_ action: sigaction) -> Bool {
        guard let handler = action.__sigaction_handler.sa_handler else { return false }
        return unsafeBitCast(handler, to: UInt.self) == unsafeBitCast(SIG_IGN, to: UInt.self)
    }

    /// Registers `path` before its file is created; nil when every slot is taken or the path is
    /// too long to hold (the file is then written without clean-up on signals).
    static func register(_ path: String) -> Int? {
        let bytes = Array(path.utf8)
        guard bytes.count < slotSize else { return nil }
        var slot: Int?
        var mask = claimed.load(ordering: .sequentiallyConsistent)
        while slot == nil {
            guard let free = (0..<capacity).first(where: { mask & (1 << UInt64($0)) == 0 }) else { return nil }
            let (exchanged, original) = claimed.compareExchange(
                expected: mask, desired: mask | (1 << UInt64(free)), ordering: .sequentiallyConsistent)
            if exchanged { slot = free } else { mask = original }
        }
        guard let slot else { return nil }
        // A handler that already started may be reading buffers: never touch one again.
        while ending.load(ordering: .sequentiallyConsistent) { pause() }
        let buffer = buffers + slot * slotSize
        bytes.withUnsafeBufferPointer { source in
            for (i, byte) in source.enumerated() { buffer[i] = CChar(bitPattern: byte) }
        }
        buffer[bytes.count] = 0
        active.bitwiseOr(1 << UInt64(slot), ordering: .sequentiallyConsistent)
        return slot
    }

    /// Forgets a slot once its file was renamed into place or removed.
    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        active.bitwiseAnd(~(1 << UInt64(slot)), ordering: .sequentiallyConsistent)
        claimed.bitwiseAnd(~(1 << UInt64(slot)), ordering: .sequentiallyConsistent)
    }

    private static let handler: @convention(c) (Int32) -> Void = { signal in
        TemporaryFiles.ending.store(true, ordering: .sequentiallyConsistent)
        let mask = TemporaryFiles.active.load(ordering: .sequentiallyConsistent)
        for slot in 0..<TemporaryFiles.capacity where mask & (1 << UInt64(slot)) != 0 {
            unlink(TemporaryFiles.buffers + slot * TemporaryFiles.slotSize)
        }
        // A chart on the terminal cut off mid-sequence, or a query that switched off echo:
        // leave the terminal as it was (async-signal-safe too: tcsetattr and write).
        TerminalState.restoreAfterSignal()
        // End as the signal itself would have, so the shell sees 128 + n and a loop around
        // actplot stops on Ctrl-C: restore the default action, unblock, raise.
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, signal)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        raise(signal)
        _exit(128 + signal)
    }
}
