import Foundation
import XCTest

@testable import TerminalRenderer

// glibc's pseudo-terminal calls, which the Glibc module leaves out (they need _XOPEN_SOURCE).
@_silgen_name("posix_openpt") func posix_openpt(_ flags: Int32) -> Int32
@_silgen_name("grantpt") func grantpt(_ fd: Int32) -> Int32
@_silgen_name("unlockpt") func unlockpt(_ fd: Int32) -> Int32
@_silgen_name("ptsname_r") func ptsname_r(_ fd: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ size: Int) -> Int32

/// What the environment and a terminal's replies say, and the query's timeout on a terminal
/// that never answers.
final class DetectionTests: XCTestCase {
    func mode(_ variables: [String: String], terminal: Bool = true, answer: QueryAnswer? = nil) -> TerminalMode {
        TerminalDetection.mode(environment: TerminalEnvironment(variables), outputIsTerminal: terminal, answer: answer)
    }

    func answer(_ reply: String) -> QueryAnswer { TerminalQuery.parse(Array(reply.utf8)) }

    let da1 = "\u{1B}[?62;22c"
    let da1Sixel = "\u{1B}[?62;4;22c"
    let kittyOK = "\u{1B}_Gi=31;OK\u{1B}\\"

    func testModeFromTheEnvironmentAndTheReplies() {
        XCTAssertEqual(mode(["TERM": "xterm-256color"]), .braille)
        XCTAssertEqual(mode(["TERM": "xterm-kitty"], terminal: false), .braille, "not a terminal")
        XCTAssertEqual(mode(["TERM": "dumb", "KITTY_WINDOW_ID": "1"]), .braille)
        XCTAssertEqual(mode(["TERM": "xterm-kitty"]), .kitty, "no query could be made")
        XCTAssertEqual(mode(["KITTY_WINDOW_ID": "3"], answer: answer(kittyOK + da1)), .kitty)
        XCTAssertEqual(mode(["KITTY_WINDOW_ID": "3"], answer: answer(da1)), .braille, "answered, without kitty's OK")
        XCTAssertEqual(mode(["TERM": "xterm-ghostty"]), .kitty)
        XCTAssertEqual(mode(["KONSOLE_VERSION": "230804"]), .kitty)
        XCTAssertEqual(mode(["KONSOLE_VERSION": "210403"]), .braille, "Konsole before 22.04")
        XCTAssertEqual(mode(["TERM_PROGRAM": "iTerm.app"], answer: answer(da1)), .iterm)
        XCTAssertEqual(mode(["LC_TERMINAL": "iTerm2"]), .iterm)
        XCTAssertEqual(mode(["TERM_PROGRAM": "WezTerm"], answer: answer(kittyOK + da1Sixel)), .iterm)
        XCTAssertEqual(mode(["TERM_PROGRAM": "vscode"], answer: answer(da1)), .braille)
        XCTAssertEqual(mode(["TERM_PROGRAM": "vscode"], answer: answer(da1Sixel)), .iterm)
        XCTAssertEqual(mode(["TERM": "xterm-256color"], answer: answer(da1Sixel)), .sixel)
        XCTAssertEqual(mode(["TERM": "xterm-256color"], answer: answer(kittyOK + da1)), .kitty)
        XCTAssertEqual(mode(["TERM": "foot"]), .sixel)
        XCTAssertEqual(mode(["TERM": "foot"], answer: answer(da1)), .braille)
        // Inside tmux or screen: sixel only when the multiplexer itself says it draws it.
        XCTAssertEqual(mode(["TMUX": "/tmp/tmux-0/default,1,0", "KITTY_WINDOW_ID": "1"], answer: answer("\u{1B}[?1;2c")), .braille)
        XCTAssertEqual(mode(["TMUX": "/tmp/tmux-0/default,1,0"], answer: answer("\u{1B}[?1;2;4c")), .sixel)
        XCTAssertEqual(mode(["STY": "1234.pts-0.host", "TERM_PROGRAM": "iTerm.app"]), .braille)
    }

    func testInsideTmuxTheTerminalBehindItIsUsedWhenPassthroughIsOn() {
        let inTmux = ["TMUX": "/tmp/tmux-0/default,1,0", "TERM": "tmux-256color"]
        let tmuxDA1 = answer("\u{1B}[?1;2c")
        func mode(_ extra: [String: String], _ reply: String?) -> TerminalMode {
            TerminalDetection.mode(
                environment: TerminalEnvironment(inTmux.merging(extra) { $1 }), outputIsTerminal: true, answer: tmuxDA1,
                tmux: reply.flatMap(TmuxAnswer.init(reply:)))
        }
        XCTAssertEqual(mode([:], "1 xterm-kitty\n"), .kitty)
        XCTAssertEqual(mode([:], "on xterm-ghostty"), .kitty)
        XCTAssertEqual(mode(["LC_TERMINAL": "iTerm2"], "1 xterm-256color"), .iterm, "iTerm2 from the inherited environment")
        XCTAssertEqual(mode([:], "0 xterm-kitty"), .braille, "passthrough off")
        XCTAssertEqual(mode([:], "1 xterm-256color"), .braille, "an outer terminal without a known protocol")
        XCTAssertEqual(mode([:], nil), .braille, "tmux did not answer")
        XCTAssertEqual(TmuxAnswer(reply: "1 xterm-kitty\n"), TmuxAnswer(passthrough: true, clientTerm: "xterm-kitty"))
        XCTAssertEqual(TmuxAnswer(reply: "0 "), TmuxAnswer(passthrough: false, clientTerm: ""))
    }

    func testColoursAndMultiplexerFromTheEnvironment() {
        func depth(_ v: [String: String]) -> ColorDepth { TerminalEnvironment(v).colorDepth }
        XCTAssertEqual(depth(["TERM": "xterm", "COLORTERM": "truecolor"]), .trueColor)
        XCTAssertEqual(depth(["TERM": "xterm", "COLORTERM": "24bit"]), .trueColor)
        XCTAssertEqual(depth(["TERM": "xterm-direct"]), .trueColor)
        XCTAssertEqual(depth(["TERM": "xterm-256color"]), .ansi256)
        XCTAssertEqual(depth(["TERM": "xterm"]), .ansi16)
        XCTAssertEqual(depth(["TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": "1"]), .none)
        XCTAssertEqual(depth(["TERM": "xterm-256color", "NO_COLOR": ""]), .ansi256, "an empty NO_COLOR does not count")
        XCTAssertEqual(depth(["TERM": "dumb"]), .none)
        XCTAssertEqual(TerminalEnvironment(["TMUX": "x"]).multiplexer, .tmux)
        XCTAssertEqual(TerminalEnvironment(["TERM": "tmux-256color"]).multiplexer, .tmux)
        XCTAssertEqual(TerminalEnvironment(["STY": "1.pts"]).multiplexer, .screen)
        XCTAssertEqual(TerminalEnvironment(["TERM": "screen.xterm-256color"]).multiplexer, .screen)
        XCTAssertEqual(TerminalEnvironment(["TERM": "xterm"]).multiplexer, .none)
        XCTAssertEqual(TerminalEnvironment(["COLUMNS": "120", "LINES": "40"]).declaredSize?.columns, 120)
        XCTAssertNil(TerminalEnvironment(["COLUMNS": "wide", "LINES": "40"]).declaredSize)
    }

    func testRepliesAreParsedAndAnythingElseIgnored() {
        let full = answer("x" + kittyOK + "\u{1B}[6;17;9t" + "typed" + da1Sixel)
        XCTAssertTrue(full.answered)
        XCTAssertTrue(full.kittyGraphics)
        XCTAssertTrue(full.sixel)
        XCTAssertEqual(full.attributes, [4, 22])
        XCTAssertEqual(full.cellPixels, PixelSize(width: 9, height: 17))
        let refused = answer("\u{1B}_Gi=31;ENOTSUPPORTED:no\u{1B}\\" + da1)
        XCTAssertTrue(refused.answered)
        XCTAssertFalse(refused.kittyGraphics)
        XCTAssertFalse(refused.sixel)
        XCTAssertFalse(answer(kittyOK).answered, "no device attributes yet")
        XCTAssertFalse(answer("\u{1B}[?62;4").answered, "cut off")
        XCTAssertEqual(answer("\u{1B}[?1;2c").attributes, [2])
    }

    func testImageFitFillsTheBoxAtAWholeDpi() {
        // 80×30 cells of the typical 8×16 pixels: 640×480, matplotlib's default at 100 dpi.
        let typical = ImageFit(figure: (6.4, 4.8), cells: (80, 30), cellPixels: nil)
        XCTAssertEqual(typical, ImageFit(figure: (6.4, 4.8), cells: (80, 30), cellPixels: PixelSize(width: 8, height: 16)))
        XCTAssertEqual(typical.dpi, 100)
        XCTAssertEqual(typical.pixels, PixelSize(width: 640, height: 480))
        XCTAssertEqual(typical.columns, 80)
        XCTAssertEqual(typical.rows, 30)
        // 100×45 cells of 10×20: 1000×900 pixels; width bounds it at 156 dpi (156.25 rounded down).
        let wide = ImageFit(figure: (6.4, 4.8), cells: (100, 45), cellPixels: PixelSize(width: 10, height: 20))
        XCTAssertEqual(wide.dpi, 156)
        XCTAssertEqual(wide.pixels, PixelSize(width: 998, height: 749))
        XCTAssertEqual(wide.columns, 100)
        XCTAssertEqual(wide.rows, 38)
        XCTAssertEqual(ImageFit(figure: (6.4, 4.8), cells: (1, 1), cellPixels: nil).dpi, 10, "never below 10 dpi")
    }

    /// A pseudo-terminal pair: the terminal's side and the program's.
    func openPTY() throws -> (terminal: Int32, program: Int32) {
        let master = posix_openpt(O_RDWR | O_NOCTTY)
        var name = [CChar](repeating: 0, count: 128)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, ptsname_r(master, &name, name.count) == 0 else {
            throw POSIXError(.ENODEV)
        }
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw POSIXError(.ENODEV) }
        return (master, slave)
    }

    func testAQueryToATerminalThatNeverAnswersEndsInTime() throws {
        let pty = try openPTY()
        defer {
            close(pty.program)
            close(pty.terminal)
        }
        // The terminal reads what it is sent and drops it.
        let reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 256)
            while read(pty.terminal, &buffer, buffer.count) > 0 {}
        }
        reader.start()
        let start = Date()
        let answer = TerminalQuery.ask(input: pty.program, output: pty.program, timeout: 100)
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(answer, QueryAnswer(), "nothing came back")
        XCTAssertGreaterThanOrEqual(elapsed, 0.1)
        XCTAssertLessThan(elapsed, 0.2, "an upper bound with a generous margin over the 100 ms timeout")
        // The terminal's settings are back as they were.
        var settings = termios()
        tcgetattr(pty.program, &settings)
        XCTAssertNotEqual(settings.c_lflag & tcflag_t(ECHO), 0)
        XCTAssertNotEqual(settings.c_lflag & tcflag_t(ICANON), 0)
    }

    func testAQueryReadsATerminalThatAnswers() throws {
        let pty = try openPTY()
        defer {
            close(pty.program)
            close(pty.terminal)
        }
        let reply = Array(("\u{1B}_Gi=31;OK\u{1B}\\" + "\u{1B}[6;16;8t" + "\u{1B}[?62;22c").utf8)
        let terminal = pty.terminal
        let responder = Thread {
            var buffer = [UInt8](repeating: 0, count: 256)
            var seen: [UInt8] = []
            // Answer once the whole request (ending in DA1's `ESC [ c`) has arrived.
            while !seen.suffix(3).elementsEqual(Array("\u{1B}[c".utf8)) {
                let n = read(terminal, &buffer, buffer.count)
                if n <= 0 { return }
                seen += buffer[0..<n]
            }
            _ = reply.withUnsafeBytes { write(terminal, $0.baseAddress, $0.count) }
        }
        responder.start()
        let answer = try XCTUnwrap(TerminalQuery.ask(input: pty.program, output: pty.program, timeout: 2000))
        XCTAssertTrue(answer.answered)
        XCTAssertTrue(answer.kittyGraphics)
        XCTAssertEqual(answer.cellPixels, PixelSize(width: 8, height: 16))
    }
}
