import Foundation
import XCTest

// glibc's pseudo-terminal calls, which the Glibc module leaves out (they need _XOPEN_SOURCE).
@_silgen_name("posix_openpt") private func posix_openpt(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func grantpt(_ fd: Int32) -> Int32
@_silgen_name("unlockpt") private func unlockpt(_ fd: Int32) -> Int32
@_silgen_name("ptsname_r") private func ptsname_r(_ fd: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ size: Int) -> Int32

/// `actplot --term` as a user meets it: in tmux, on a terminal that never answers, interrupted
/// while it sends an image; and every plot option on the way.
final class TerminalTests: XCTestCase {
    var runner: CommandRunner!

    override func setUpWithError() throws { runner = try CommandRunner() }
    override func tearDown() { runner.remove() }

    // MARK: In tmux

    /// A chart's screen as tmux captured it (`capture-pane -p -e`): each cell's character and
    /// the foreground colour it was drawn in.
    struct Screen {
        struct Cell {
            var character: Character
            var color: String?  // the SGR parameters that set it: "38;2;31;119;180", "38;5;31"
        }

        var rows: [[Cell]] = []

        init(captured: String) {
            for line in captured.split(separator: "\n", omittingEmptySubsequences: false) {
                var row: [Cell] = []
                var color: String?
                var i = line.startIndex
                while i < line.endIndex {
                    if line[i] == "\u{1B}", let m = line[i...].firstIndex(of: "m") {
                        let parameters = line[line.index(i, offsetBy: 2)..<m]
                        for part in Screen.split(String(parameters)) {
                            if part == "0" || part == "39" || part.isEmpty { color = nil } else if part.hasPrefix("38;") { color = part }
                        }
                        i = line.index(after: m)
                    } else {
                        row.append(Cell(character: line[i], color: color))
                        i = line.index(after: i)
                    }
                }
                rows.append(row)
            }
        }

        /// SGR parameters as separate settings: `38;2;r;g;b` and `38;5;n` stay whole.
        static func split(_ parameters: String) -> [String] {
            var parts = parameters.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            var out: [String] = []
            while !parts.isEmpty {
                let p = parts.removeFirst()
                if p == "38", let mode = parts.first {
                    let n = mode == "2" ? 4 : 2
                    out.append(([p] + parts.prefix(n)).joined(separator: ";"))
                    parts.removeFirst(min(n, parts.count))
                } else {
                    out.append(p)
                }
            }
            return out
        }

        func text(_ row: Int) -> String { String(rows[row].map(\.character)) }
    }

    /// Runs `command` in a new tmux server's 100×30 window and returns the screen once it printed
    /// END. tmux gets a clean environment, with a UTF-8 locale so it keeps the braille.
    func tmuxScreen(_ command: String) throws -> String {
        let tmux = ["/usr/bin/tmux", "/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let tmux else {
            XCTFail("tmux is not installed; `make test` installs it (apt-get install tmux)")
            return ""
        }
        let socket = "actplot-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        // Spawned and waited for by hand: Foundation's Process also waits for the server that
        // `new-session` leaves running.
        let capture = runner.folder.appendingPathComponent("tmux-output").path
        let environment = ["PATH=/usr/bin:/bin", "HOME=\(runner.folder.path)", "LANG=C.UTF-8", "TERM=xterm-256color"]
        func run(_ arguments: [String]) throws -> String {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, capture, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let argv = ([tmux, "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
            let envp = environment.map { strdup($0) } + [nil]
            defer { (argv + envp).forEach { free($0) } }
            var pid = pid_t()
            guard posix_spawn(&pid, tmux, &actions, nil, argv, envp) == 0 else { throw POSIXError(.ECHILD) }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            return String(decoding: try Data(contentsOf: URL(fileURLWithPath: capture)), as: UTF8.self)
        }
        defer { _ = try? run(["kill-server"]) }
        _ = try run(["new-session", "-d", "-x", "100", "-y", "30", command + "; echo END; sleep 60"])
        let deadline = Date().addingTimeInterval(20)
        while !(try run(["capture-pane", "-p"])).contains("END") {
            guard Date() < deadline else {
                XCTFail("the chart did not finish in tmux: \(try run(["capture-pane", "-p"]))")
                return ""
            }
            usleep(20_000)
        }
        return try run(["capture-pane", "-p", "-e"])
    }

    /// The command line that runs actplot in the pane with only the variables given (tmux's own
    /// TERM and TMUX stay, as in any pane).
    func paneCommand(_ arguments: String, _ variables: String) -> String {
        "env -u NO_COLOR -u COLORTERM \(variables) '\(CommandRunner.executable.path)' \(arguments)"
    }

    func testReluInTmuxIsAFramedColouredBrailleChartWithTheCurveWhereTheFunctionPutsIt() throws {
        let screen = Screen(captured: try tmuxScreen(paneCommand("relu --term", "COLORTERM=truecolor")))
        guard !screen.rows.isEmpty else { return }
        let text = (0..<screen.rows.count).map(screen.text)
        // 30 lines less two: the chart takes 28 rows, the frame and labels inside them.
        let top = try XCTUnwrap(text.firstIndex { $0.contains("┌") }, text.joined(separator: "\n"))
        let bottom = try XCTUnwrap(text.firstIndex { $0.contains("└") })
        let endLine = try XCTUnwrap(text.firstIndex { $0.hasPrefix("END") })
        XCTAssertEqual(endLine, 28, "the chart is 28 lines")
        let left = try XCTUnwrap(screen.rows[top].firstIndex { $0.character == "┌" })
        let right = try XCTUnwrap(screen.rows[top].firstIndex { $0.character == "┐" })
        XCTAssertEqual(screen.rows[bottom].firstIndex { $0.character == "└" }, left)
        XCTAssertEqual(screen.rows[bottom].firstIndex { $0.character == "┘" }, right)
        XCTAssertGreaterThan(right, 95)
        for row in top + 1..<bottom {
            XCTAssertTrue("│┤".contains(screen.rows[row][left].character), "left edge at row \(row)")
            XCTAssertEqual(screen.rows[row][right].character, "│", "right edge at row \(row)")
        }
        // The PNG's axis decisions (matplotlib's for a 6.4-inch figure): x from −10.0 to 10.0
        // by 2.5 with U+2212 minus signs, y from 0 to 10 by 2, each label by its tick mark.
        let xLabels = text[bottom + 1].split(separator: " ").map(String.init)
        XCTAssertEqual(xLabels, ["−10.0", "−7.5", "−5.0", "−2.5", "0.0", "2.5", "5.0", "7.5", "10.0"])
        XCTAssertEqual(text[bottom].filter { $0 == "┬" }.count, 9)
        let yLabels = (top + 1..<bottom).filter { screen.rows[$0][left].character == "┤" }
            .map { text[$0].prefix(left).trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(yLabels, ["10", "8", "6", "4", "2", "0"])
        // The legend, with each handle in its series' colour.
        let tabBlue = "38;2;31;119;180", tabOrange = "38;2;255;127;14"
        for (label, color) in [("relu", tabBlue), ("derivative", tabOrange)] {
            let row = try XCTUnwrap((top..<bottom).first { text[$0].contains("─── \(label)") }, label)
            let handle = try XCTUnwrap(text[row].range(of: "─── \(label)"))
            let column = text[row].distance(from: text[row].startIndex, to: handle.lowerBound)
            XCTAssertEqual(screen.rows[row][column].color, color, "\(label)'s legend handle")
        }

        // Every braille cell of the plot: its dots, in the colour of the series drawn last there.
        // View limits with matplotlib's 5% margins: x −11…11, y −0.5…10.5.
        let (columns, rows) = (right - left - 1, bottom - top - 1)
        let (across, down) = (Double(columns * 2), Double(rows * 4))
        func dotColumn(_ x: Double) -> Double { (x + 11) / 22 * across }
        func dotRow(_ y: Double) -> Double { (10.5 - y) / 11 * down }
        var braille = 0
        var checked = 0
        for u in 0..<columns * 2 {
            let x0 = -11 + Double(u) / across * 22, x1 = -11 + Double(u + 1) / across * 22
            // The rows relu and its derivative pass in this dot column (relu is increasing).
            let relu = (dotRow(max(0, x1)), dotRow(max(0, x0)))
            let step = x1 <= 0 ? (dotRow(0), dotRow(0)) : x0 > 0 ? (dotRow(1), dotRow(1)) : (dotRow(1), dotRow(0))
            var dots: [(row: Int, color: String?)] = []
            var hidden = Set<Int>()  // cell rows the legend or a jump's dot covers
            for r in 0..<rows {
                let cell = screen.rows[top + 1 + r][left + 1 + u / 2]
                guard let scalar = cell.character.unicodeScalars.first, (0x2800...0x28FF).contains(scalar.value) else {
                    hidden.insert(r)
                    continue
                }
                let bits = Int(scalar.value - 0x2800)
                // Braille dots 1, 2, 3, 7 run down the left column (bits 0, 1, 2, 6), dots 4, 5, 6, 8
                // down the right (bits 3, 4, 5, 7).
                let column = u % 2 == 0 ? [0, 1, 2, 6] : [3, 4, 5, 7]
                for (k, bit) in column.enumerated() where bits & (1 << bit) != 0 {
                    dots.append((r * 4 + k, cell.color))
                    braille += 1
                }
            }
            func near(_ v: Int, _ span: (Double, Double)) -> Bool { Double(v) >= span.0.rounded(.down) - 1 && Double(v) <= span.1 + 1 }
            let inData = x1 > -10 && x0 < 10
            for dot in dots {
                XCTAssertTrue(inData && (near(dot.row, relu) || near(dot.row, step)), "stray dot: row \(dot.row), x \(x0)…\(x1)")
                XCTAssertTrue(dot.color == tabBlue || dot.color == tabOrange, "uncoloured dot at x \(x0)…\(x1)")
            }
            guard inData else { continue }
            let expected = Int(relu.0.rounded(.down)) - 1...Int(relu.1) + 1
            if expected.contains(where: { hidden.contains($0 / 4) }) { continue }
            XCTAssertTrue(dots.contains { expected.contains($0.row) }, "relu has no dot at x \(x0)…\(x1): \(dots)")
            // Where relu is alone in its cell (away from the derivative's levels), it is blue.
            if dotRow(max(0, x0)) < dotRow(1) - 8 {
                XCTAssertTrue(dots.filter { expected.contains($0.row) }.allSatisfy { $0.color == tabBlue }, "relu's colour at x \(x0)")
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, columns * 2 * 20 / 22 - 6, "relu checked across the data")
        XCTAssertGreaterThan(braille, 200)
        // The jump at 0: a filled dot at (0, 0) and an open one at (0, 1), orange.
        let zero = left + 1 + Int(dotColumn(0)) / 2
        XCTAssertEqual(screen.rows[top + 1 + Int(dotRow(0)) / 4][zero].character, "●")
        XCTAssertEqual(screen.rows[top + 1 + Int(dotRow(1)) / 4][zero].character, "○")
        XCTAssertEqual(screen.rows[top + 1 + Int(dotRow(1)) / 4][zero].color, tabOrange)
    }

    func testTmuxColoursFollowTheTerminalsDepthAndNoColor() throws {
        // TERM=xterm-256color without COLORTERM: xterm's 256 colours (tab:blue is 31, see
        // ColorDepthTests); NO_COLOR: no colour at all, the same chart.
        let palette = Screen(captured: try tmuxScreen(paneCommand("relu --term", "TERM=xterm-256color")))
        let colors = Set(palette.rows.flatMap { $0.compactMap(\.color) })
        XCTAssertTrue(colors.contains("38;5;31"), "\(colors)")
        XCTAssertTrue(colors.allSatisfy { $0.hasPrefix("38;5;") }, "\(colors)")
        let plain = try tmuxScreen(paneCommand("relu --term", "TERM=xterm-256color COLORTERM=truecolor NO_COLOR=1"))
        XCTAssertFalse(plain.contains("\u{1B}"), "NO_COLOR")
        XCTAssertTrue(plain.contains("derivative"))
    }

    /// `-o /dev/tty` with standard output sent elsewhere: the chart is for the terminal the
    /// path names, in its colours and at its width, as `--term` draws it.
    func testATerminalNamedByItsPathIsDetectedAsOne() throws {
        let screen = Screen(
            captured: try tmuxScreen(paneCommand("relu --format term -o /dev/tty > /dev/null", "COLORTERM=truecolor")))
        guard !screen.rows.isEmpty else { return }
        let text = (0..<screen.rows.count).map(screen.text)
        let top = try XCTUnwrap(text.firstIndex { $0.contains("┌") }, text.joined(separator: "\n"))
        XCTAssertGreaterThan(try XCTUnwrap(screen.rows[top].firstIndex { $0.character == "┐" }), 95, "the window's width")
        XCTAssertEqual(text.firstIndex { $0.hasPrefix("END") }, 28, "the window's height less two lines")
        XCTAssertTrue(screen.rows.joined().contains { $0.color == "38;2;31;119;180" }, "tab:blue in 24-bit colour")
    }

    // MARK: On a pseudo-terminal

    /// A pseudo-terminal of 100×30 cells: `terminal` is the emulator's side, `program` the
    /// side a program reads and writes.
    struct PseudoTerminal {
        let terminal: Int32
        let program: Int32

        init() throws {
            terminal = posix_openpt(O_RDWR | O_NOCTTY)
            var name = [CChar](repeating: 0, count: 128)
            guard terminal >= 0, grantpt(terminal) == 0, unlockpt(terminal) == 0, ptsname_r(terminal, &name, name.count) == 0
            else { throw POSIXError(.ENODEV) }
            program = open(name, O_RDWR | O_NOCTTY)
            guard program >= 0 else { throw POSIXError(.ENODEV) }
            var size = winsize(ws_row: 30, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
            _ = withUnsafeMutablePointer(to: &size) { ioctl(program, UInt(TIOCSWINSZ), $0) }
        }

        func close() {
            Glibc.close(program)
            Glibc.close(terminal)
        }

        /// Whatever the program wrote that is there to read now.
        func drain(waiting milliseconds: Int32 = 0) -> [UInt8] {
            var out: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            var waiting = pollfd(fd: terminal, events: Int16(POLLIN), revents: 0)
            while poll(&waiting, 1, out.isEmpty ? milliseconds : 50) > 0 {
                let n = read(terminal, &buffer, buffer.count)
                if n <= 0 { break }
                out += buffer[0..<n]
            }
            return out
        }

        /// The terminal's line settings: echo and line editing on.
        var isCooked: Bool {
            var settings = termios()
            tcgetattr(program, &settings)
            return settings.c_lflag & tcflag_t(ECHO) != 0 && settings.c_lflag & tcflag_t(ICANON) != 0
        }
    }

    /// Starts actplot with standard output (and input, unless `input` is false) on the
    /// pseudo-terminal, in a clean environment plus `variables`.
    func start(_ arguments: [String], on pty: PseudoTerminal, input: Bool = true, variables: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = runner.folder
        process.environment = ["PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8"].merging(variables) { $1 }
        let handle = FileHandle(fileDescriptor: pty.program, closeOnDealloc: false)
        process.standardInput = input ? handle : FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        return process
    }

    func testATerminalThatNeverAnswersGetsBrailleInTime() throws {
        let pty = try PseudoTerminal()
        defer { pty.close() }
        // The terminal reads everything, answers nothing.
        final class Collected: @unchecked Sendable {
            let lock = NSLock()
            var bytes: [UInt8] = []
        }
        let collected = Collected()
        let reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(pty.terminal, &buffer, buffer.count)
                if n <= 0 { return }
                collected.lock.lock()
                collected.bytes += buffer[0..<n]
                collected.lock.unlock()
            }
        }
        reader.start()
        func timed(input: Bool) throws -> TimeInterval {
            let started = Date()
            let process = try start(["relu", "--term"], on: pty, input: input)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
            return Date().timeIntervalSince(started)
        }
        // The same chart with nothing to ask (standard input is not the terminal), then asking.
        let unasked = try timed(input: false)
        usleep(50_000)
        collected.lock.lock()
        collected.bytes.removeAll()
        collected.lock.unlock()
        let asked = try timed(input: true)
        // An upper bound with margin: the query gives up after 100 ms, whatever the build.
        XCTAssertLessThan(asked - unasked, 0.2, "the query took \(asked - unasked) s (chart alone \(unasked) s)")
        XCTAssertLessThan(asked, 2, "never hangs")
        usleep(50_000)
        collected.lock.lock()
        let output = String(decoding: collected.bytes, as: UTF8.self)
        collected.lock.unlock()
        XCTAssertTrue(output.hasPrefix("\u{1B}_Gi=31,s=1,v=1,a=q"), "the query went out first")
        XCTAssertTrue(output.contains("┌") && output.contains("relu") && output.contains("⠤"), "braille followed")
        XCTAssertFalse(output.contains("\u{1B}_Ga=T"), "no image")
        XCTAssertTrue(pty.isCooked, "echo and line editing are back")
    }

    /// Follows the bytes as a terminal's parser would and says whether it ends outside any
    /// string (APC, DCS, OSC), so that what the shell prints next is shown, not swallowed.
    func endsInGroundState(_ bytes: [UInt8]) -> Bool {
        var inString = false
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x1B, i + 1 < bytes.count {
                let next = bytes[i + 1]
                if next == UInt8(ascii: "\\") {
                    inString = false
                } else if !inString, [UInt8(ascii: "_"), UInt8(ascii: "P"), UInt8(ascii: "]")].contains(next) {
                    inString = true
                }
                i += 2
                continue
            }
            if bytes[i] == 0x07 { inString = false }
            i += 1
        }
        return !inString
    }

    func testCtrlCWhileAnImageIsSentLeavesTheTerminalSane() throws {
        for mode in ["kitty", "sixel"] {
            let pty = try PseudoTerminal()
            defer { pty.close() }
            // A large image and nobody reading: the write blocks part way, and Ctrl-C comes then.
            let process = try start(["relu", "--term", "--term-mode", mode, "--cells", "400x160"], on: pty, input: false)
            var waiting = pollfd(fd: pty.terminal, events: Int16(POLLIN), revents: 0)
            XCTAssertEqual(poll(&waiting, 1, 20_000), 1, "\(mode): nothing was sent")
            usleep(300_000)
            XCTAssertTrue(process.isRunning, "\(mode): the image fit in the terminal's buffer")
            kill(process.processIdentifier, SIGINT)
            var output: [UInt8] = []
            while process.isRunning { output += pty.drain(waiting: 50) }
            output += pty.drain(waiting: 100)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal, mode)
            XCTAssertEqual(process.terminationStatus, SIGINT, mode)
            XCTAssertGreaterThan(output.count, 4096, "\(mode): part of the image went out")
            XCTAssertTrue(endsInGroundState(output), "\(mode): the sequence cut off by Ctrl-C is ended")
            XCTAssertFalse(endsInGroundState(Array(output.dropLast(4))), "\(mode): it was cut off inside the sequence")
        }
    }

    func testCtrlCDuringTheQueryRestoresTheTerminalsSettings() throws {
        let pty = try PseudoTerminal()
        defer { pty.close() }
        XCTAssertTrue(pty.isCooked)
        let process = try start(["relu", "--term"], on: pty)
        var waiting = pollfd(fd: pty.terminal, events: Int16(POLLIN), revents: 0)
        XCTAssertEqual(poll(&waiting, 1, 20_000), 1, "the query did not come")
        // The query is out and unanswered: the terminal is in raw mode until it gives up.
        let raw = !pty.isCooked
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        XCTAssertTrue(raw, "the query switched echo off (else this test checks nothing)")
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertTrue(pty.isCooked, "echo and line editing are back after Ctrl-C")
    }

    func testInsideTmuxAnImageGoesThroughPassthroughOnlyWhenTmuxAllowsIt() throws {
        // A stand-in for tmux that answers `display-message -p '#{allow-passthrough}
        // #{client_termname}'` as tmux would, or not at all.
        let bin = runner.folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let fake = bin.appendingPathComponent("tmux")
        let variables = ["TMUX": "/tmp/tmux-0/default,1,0", "TERM": "tmux-256color", "PATH": bin.path + ":/usr/bin:/bin"]
        func run(_ script: String) throws -> (output: String, seconds: TimeInterval) {
            try ("#!/bin/sh\n" + script + "\n").write(to: fake, atomically: true, encoding: .utf8)
            chmod(fake.path, 0o755)
            let pty = try PseudoTerminal()
            defer { pty.close() }
            let started = Date()
            let process = try start(["relu", "--term"], on: pty, input: false, variables: variables)
            var output: [UInt8] = []
            while process.isRunning { output += pty.drain(waiting: 20) }
            output += pty.drain(waiting: 50)
            XCTAssertEqual(process.terminationStatus, 0)
            return (String(decoding: output, as: UTF8.self), Date().timeIntervalSince(started))
        }
        let allowed = try run("echo '1 xterm-kitty'")
        // Room is made first (tmux moves its cursor by what it sees), then the image is drawn
        // at the top of it through passthrough, with every ESC inside doubled.
        XCTAssertTrue(allowed.output.hasPrefix(String(repeating: "\r\n", count: 20) + "\u{1B}[20A\u{1B}Ptmux;\u{1B}\u{1B}_Ga=T"), String(allowed.output.prefix(120)))
        XCTAssertTrue(allowed.output.hasSuffix("\u{1B}[20B\r"))
        XCTAssertFalse(allowed.output.contains("┌"))
        let refused = try run("echo '0 xterm-kitty'")
        XCTAssertTrue(refused.output.contains("┌") && !refused.output.contains("\u{1B}P"), "braille without passthrough")
        let silent = try run("sleep 5")
        XCTAssertTrue(silent.output.contains("┌") && !silent.output.contains("\u{1B}P"), "braille when tmux does not answer")
        XCTAssertLessThan(silent.seconds - refused.seconds, 0.2, "tmux is given 100 ms")
    }

    // MARK: Options, formats and errors

    func testEveryPlotOptionWorksWithTerm() throws {
        let result = try runner.run([
            "gelu", "x*sigmoid(1.702*x)", "--range", "-4:3", "--samples", "300", "--second-derivative", "--ylim", "-0.5:2",
            "--title", "Smooth ReLUs", "--xlabel", "input", "--ylabel", "out", "--label", "gelu=GELU", "--grid",
            "--legend", "outside", "--theme", "dark", "--term", "--cells", "110x30",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.count, 30)
        XCTAssertFalse(result.stdout.contains("\u{1B}"), "standard output is a file: no escapes")
        for text in ["Smooth ReLUs", "input", "GELU", "gelu′", "gelu″", "x*sigmoid(1.702*x)", "−0.5", "2.0"] {
            XCTAssertTrue(result.stdout.contains(text), "'\(text)' missing:\n\(result.stdout)")
        }
        // The legend is outside, right of the frame.
        let legendRow = try XCTUnwrap(lines.first { $0.contains("GELU") })
        let frameRight = try XCTUnwrap(lines.first { $0.contains("┐") }?.firstIndex(of: "┐"))
        XCTAssertGreaterThan(try XCTUnwrap(legendRow.range(of: "GELU")).lowerBound, frameRight)
    }

    func testTextFilesAreTheBrailleChartWithoutEscapesAndTheSameEveryTime() throws {
        var result = try runner.run(["relu", "-o", "relu.txt"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let first = try runner.data("relu.txt")
        let text = String(decoding: first, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.count, 24)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 80 })
        XCTAssertFalse(text.contains("\u{1B}"))
        XCTAssertTrue(text.contains("\u{2800}") && text.contains("relu"))
        result = try runner.run(["relu", "--format", "txt", "-o", "again.txt"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try runner.data("again.txt"), first, "same command, same bytes")
        result = try runner.run(["tanh", "--format", "txt", "--term-mode", "ascii", "--cells", "60x18", "-o", "-"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.unicodeScalars.allSatisfy(\.isASCII))
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 18)
    }

    func testWithoutATerminalTheSizeComesFromColumnsAndLines() throws {
        let result = try runner.shell(
            "env -i PATH=/usr/bin:/bin COLUMNS=70 LINES=20 \"$ACTPLOT\" sigmoid --term </dev/null 2>/dev/null")
        XCTAssertEqual(result.status, 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.count, 18, "LINES less two")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 70 })
        XCTAssertGreaterThan(lines.map(\.count).max() ?? 0, 60)
        let fallback = try runner.shell("env -i PATH=/usr/bin:/bin \"$ACTPLOT\" sigmoid --term </dev/null 2>/dev/null")
        XCTAssertEqual(fallback.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().count, 22, "80×24")
    }

    func testTerminalOptionsThatCannotWork() throws {
        let cases: [([String], [String])] = [
            (["relu", "--term", "-o", "x.png"], ["--term", "-o"]),
            (["relu", "--term", "--format", "png"], ["--term", "png"]),
            (["relu", "--term-mode", "kitty", "-o", "x.png"], ["--term-mode", "png"]),
            (["relu", "--cells", "80x24", "-o", "x.svg"], ["--cells", "svg"]),
            (["relu", "--format", "txt", "--term-mode", "sixel", "-o", "x.txt"], ["txt", "sixel", "braille or ascii"]),
            (["relu", "--term", "--term-mode", "gif"], ["--term-mode", "'gif'", "kitty, iterm, sixel, braille, ascii"]),
            (["relu", "--term", "--cells", "5x5"], ["--cells", "10 to 4096"]),
            (["relu", "--term", "--cells", "wide"], ["--cells", "WxH"]),
            (["relu", "--format", "term", "-o", "x.png"], ["term", "-o -"]),
            (["all", "-o", "charts", "--format", "png,term"], ["term", "terminal"]),
        ]
        for (arguments, mentions) in cases {
            let result = try runner.run(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "\(arguments): \(result.stderr)")
            for text in mentions { XCTAssertTrue(result.stderr.contains(text), "\(arguments): '\(text)' not in \(result.stderr)") }
            XCTAssertEqual(try runner.files(), [], "\(arguments) left files")
        }
    }
}
