#if canImport(Glibc)
import Glibc
#endif

/// What tmux says about passing escape sequences through to the terminal it runs in.
public struct TmuxAnswer: Sendable, Equatable {
    /// `allow-passthrough` is on (or `all`) for our pane: `ESC P tmux; … ESC \` reaches the
    /// terminal.
    public var passthrough: Bool
    /// The terminal of the client attached to the session (`client_termname`, its TERM).
    public var clientTerm: String

    public init(passthrough: Bool, clientTerm: String) {
        self.passthrough = passthrough
        self.clientTerm = clientTerm
    }

    /// Parses `display-message -p '#{allow-passthrough} #{client_termname}'`: `1 xterm-kitty`.
    public init?(reply: String) {
        let parts = reply.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first else { return nil }
        passthrough = first == "1" || first == "on" || first == "all"
        clientTerm = parts.count > 1 ? String(parts[1]).trimmingNewline : ""
    }
}

extension String {
    fileprivate var trimmingNewline: String {
        var s = self
        while s.last == "\n" || s.last == "\r" { s.removeLast() }
        return s
    }
}

/// Asks the tmux we run in (`TMUX`) whether passthrough is allowed and which terminal its
/// client is, by running `tmux display-message -p`, waiting at most `timeout` milliseconds
/// (the child and its process group are killed after that); nil when tmux cannot be run or
/// does not answer in time.
public enum TmuxQuery {
    public static func ask(timeout: Int = 100) -> TmuxAnswer? {
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else { return nil }
        for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        defer { close(pipeEnds[0]) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = ["tmux", "display-message", "-p", "#{allow-passthrough} #{client_termname}"]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // In a process group of its own, so that a tmux that does not answer goes with anything
        // it started.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
        close(pipeEnds[1])
        guard spawned == 0 else { return nil }
        let (output, finished) = TerminalQuery.read(pipeEnds[0], within: timeout)
        if !finished { kill(-pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Exited normally with status 0 (the wait status's low byte is 0, the next the code).
        guard finished, status & 0xFFFF == 0 else { return nil }
        return TmuxAnswer(reply: String(decoding: output, as: UTF8.self))
    }
}
