#if canImport(Glibc)
import Glibc
#endif

/// A size in pixels.
public struct PixelSize: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// What a terminal answered when asked what it can do.
public struct QueryAnswer: Sendable, Equatable {
    /// Whether the device attributes (DA1) came back: the terminal answers queries, and
    /// anything it would have said before them is in.
    public var answered = false
    /// DA1's attributes (`ESC [ ? 62 ; 4 ; 22 c` gives 62, 4, 22); 4 is sixel graphics.
    public var attributes: [Int] = []
    /// kitty's graphics query came back `OK`.
    public var kittyGraphics = false
    /// The size of a character cell, from the reply to XTWINOPS 16 (`ESC [ 6 ; h ; w t`).
    public var cellPixels: PixelSize?

    public init() {}

    /// Whether the terminal draws sixel graphics.
    public var sixel: Bool { attributes.contains(4) }
}

/// Asks the terminal what it can do, never waiting longer than a timeout.
///
/// Three requests go out at once: kitty's graphics query (a 1×1 image with `a=q`, answered
/// `OK` by a terminal that speaks the protocol and stored nowhere), XTWINOPS 16 (the cell
/// size in pixels), and the primary device attributes, DA1, which every terminal answers and
/// answers last, so its reply ends the wait (the method kitty's documentation recommends). With
/// no reply within the timeout, the terminal is taken to answer nothing. Meanwhile the terminal
/// is switched to read without echo or line editing, and switched back afterwards, also when a
/// signal ends the process (``TerminalState``).
public enum TerminalQuery {
    public static let request = Array(
        ("\u{1B}_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\u{1B}\\" + "\u{1B}[16t" + "\u{1B}[c").utf8)

    /// The answer of the terminal on `input` (a terminal) to the requests written to `output`,
    /// within `timeout` milliseconds; nil when `input`'s settings cannot be read.
    public static func ask(input: Int32, output: Int32, timeout: Int = 100) -> QueryAnswer? {
        var saved = termios()
        guard tcgetattr(input, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 0
        }
        TerminalState.remember(saved, of: input)
        defer {
            tcsetattr(input, TCSANOW, &saved)
            TerminalState.forgetSettings()
        }
        guard tcsetattr(input, TCSANOW, &raw) == 0 else { return nil }
        let wrote = request.withUnsafeBytes { bytes in write(output, bytes.baseAddress, bytes.count) }
        guard wrote == request.count else { return QueryAnswer() }
        let received = read(input, within: timeout) { parse($0).answered }
        return parse(received.bytes)
    }

    /// What arrives on `descriptor` until `enough` says so, the other end closes (`ended`), or
    /// `timeout` milliseconds pass, whichever comes first.
    static func read(_ descriptor: Int32, within timeout: Int, until enough: ([UInt8]) -> Bool = { _ in false })
        -> (bytes: [UInt8], ended: Bool)
    {
        let deadline = now() + Double(timeout) / 1000
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while !enough(received) {
            let left = deadline - now()
            if left <= 0 { break }
            var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&waiting, 1, Int32((left * 1000).rounded(.up)))
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { break }
            let n = Glibc.read(descriptor, &buffer, buffer.count)
            if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            if n <= 0 { return (received, true) }
            received += buffer[0..<n]
        }
        return (received, false)
    }

    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// What the replies in `bytes` say; anything else in them (keys typed meanwhile) is ignored.
    public static func parse(_ bytes: [UInt8]) -> QueryAnswer {
        var answer = QueryAnswer()
        let esc: UInt8 = 0x1B
        var i = 0
        while i + 1 < bytes.count {
            guard bytes[i] == esc else {
                i += 1
                continue
            }
            if bytes[i + 1] == UInt8(ascii: "_") {
                // APC: kitty's reply `ESC _ G i=31 ; OK ESC \`.
                var j = i + 2
                while j + 1 < bytes.count && !(bytes[j] == esc && bytes[j + 1] == UInt8(ascii: "\\")) { j += 1 }
                let body = String(decoding: bytes[(i + 2)..<min(j, bytes.count)], as: UTF8.self)
                if body.hasPrefix("G"), let semicolon = body.firstIndex(of: ";"),
                    body[body.index(after: semicolon)...].hasPrefix("OK")
                {
                    answer.kittyGraphics = true
                }
                i = j + 2
            } else if bytes[i + 1] == UInt8(ascii: "[") {
                // CSI: parameters, then one final byte.
                var j = i + 2
                var isPrivate = false
                if j < bytes.count && bytes[j] == UInt8(ascii: "?") {
                    isPrivate = true
                    j += 1
                }
                var parameters: [Int] = []
                var current: Int?
                while j < bytes.count, bytes[j] >= 0x30 && bytes[j] <= 0x3F {
                    if bytes[j] == UInt8(ascii: ";") {
                        parameters.append(current ?? 0)
                        current = nil
                    } else if bytes[j] >= 0x30 && bytes[j] <= 0x39 {
                        current = min((current ?? 0) * 10 + Int(bytes[j] - 0x30), 1_000_000)
                    }
                    j += 1
                }
                if let current { parameters.append(current) }
                guard j < bytes.count else { break }
                switch bytes[j] {
                case UInt8(ascii: "c") where isPrivate:
                    answer.answered = true
                    answer.attributes = Array(parameters.dropFirst())
                case UInt8(ascii: "t") where parameters.count == 3 && parameters[0] == 6:
                    if parameters[1] > 0 && parameters[2] > 0 {
                        answer.cellPixels = PixelSize(width: parameters[2], height: parameters[1])
                    }
                default: break
                }
                i = j + 1
            } else {
                i += 1
            }
        }
        return answer
    }
}
