import CairoRenderer
import Foundation
import XCTest

/// What `-o` points at is never harmed, whatever the shell set up: links, special files, modes,
/// closed descriptors, signals, limits, parallel runs. Every special file is made inside the
/// test's own temporary folder.
final class OutputSafetyTests: XCTestCase {
    var runner: CommandRunner!

    override func setUpWithError() throws { runner = try CommandRunner() }
    override func tearDown() { runner.remove() }

    static let pngMagic: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    func isPNG(_ data: Data) -> Bool { Array(data.prefix(8)) == Self.pngMagic }

    /// A device number for small major and minor numbers (glibc's makedev is a macro).
    func device(_ major: UInt64, _ minor: UInt64) -> dev_t { dev_t(major << 8 | minor) }

    func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    // MARK: Links

    func testASymbolicLinkIsFollowedAndStaysALink() throws {
        try Data("old chart".utf8).write(to: URL(fileURLWithPath: runner.path("target.png")))
        try FileManager.default.createSymbolicLink(atPath: runner.path("link.png"), withDestinationPath: "target.png")
        let result = try runner.run(["relu", "-o", "link.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(fileType(runner.path("link.png")), S_IFLNK)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: runner.path("link.png")), "target.png")
        XCTAssertTrue(isPNG(try runner.data("target.png")), "the chart lands in the link's target")
        XCTAssertEqual(try runner.files(), ["link.png", "target.png"])
    }

    func testADanglingLinkGetsItsTargetCreated() throws {
        try FileManager.default.createDirectory(atPath: runner.path("sub"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: runner.path("dangling.svg"), withDestinationPath: "sub/new.svg")
        let result = try runner.run(["relu", "-o", "dangling.svg"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(fileType(runner.path("dangling.svg")), S_IFLNK)
        XCTAssertTrue(String(decoding: try runner.data("sub/new.svg"), as: UTF8.self).contains("<svg"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: runner.path("sub")), ["new.svg"])
    }

    func testALinkLoopIsAUsageError() throws {
        try FileManager.default.createSymbolicLink(atPath: runner.path("a.png"), withDestinationPath: "b.png")
        try FileManager.default.createSymbolicLink(atPath: runner.path("b.png"), withDestinationPath: "a.png")
        let result = try runner.run(["relu", "-o", "a.png"])
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("symbolic links"), result.stderr)
        XCTAssertEqual(fileType(runner.path("a.png")), S_IFLNK)
    }

    func testAHardLinkKeepsTheOldContentAndThePathGetsTheNewChart() throws {
        // Documented in the README: the path is replaced atomically, as by mv.
        try Data("old chart".utf8).write(to: URL(fileURLWithPath: runner.path("chart.png")))
        XCTAssertEqual(link(runner.path("chart.png"), runner.path("other.png")), 0)
        let result = try runner.run(["relu", "-o", "chart.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(isPNG(try runner.data("chart.png")))
        XCTAssertEqual(try runner.data("other.png"), Data("old chart".utf8))
    }

    // MARK: Special files

    func testAFIFOIsWrittenDirectlyAndStaysAFIFO() throws {
        let fifo = runner.path("pipe")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        final class Received: @unchecked Sendable { var data = Data() }
        let received = Received()
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo) { received.data = handle.readDataToEndOfFile() }
        }
        reader.start()
        let result = try runner.run(["relu", "--format", "png", "-o", "pipe"])
        XCTAssertEqual(result.status, 0, result.stderr)
        while !reader.isFinished { usleep(1000) }
        XCTAssertTrue(isPNG(received.data), "the reader got the chart")
        XCTAssertEqual(fileType(fifo), S_IFIFO)
        XCTAssertEqual(try runner.files(), ["pipe"])
    }

    func testACharacterDeviceIsWrittenAndNeverReplaced() throws {
        // A null device node made in the test's own folder (root may make device nodes).
        let node = runner.path("null")
        XCTAssertEqual(mknod(node, S_IFCHR | 0o666, device(1, 3)), 0, "mknod needs root: \(String(cString: strerror(errno)))")
        let result = try runner.run(["relu", "--format", "svg", "-o", "null"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(fileType(node), S_IFCHR)
        XCTAssertEqual(try runner.files(), ["null"])
    }

    func testDevStdoutAndDevFdWriteThroughTheOpenDescriptor() throws {
        // Appending to a log through /dev/stdout appends; it does not replace the log.
        let result = try runner.shell(
            """
            echo first line > log.csv
            "$ACTPLOT" relu --samples 2 --format csv -o /dev/stdout >> log.csv
            "$ACTPLOT" relu --samples 2 --format csv -o /dev/fd/3 3> fd3.csv
            """)
        XCTAssertEqual(result.status, 0, result.stderr)
        let csv = "x,relu,relu'\n-10.0,0.0,0.0\n10.0,10.0,1.0\n"
        XCTAssertEqual(String(decoding: try runner.data("log.csv"), as: UTF8.self), "first line\n" + csv)
        XCTAssertEqual(String(decoding: try runner.data("fd3.csv"), as: UTF8.self), csv)
    }

    func testABlockDeviceIsRefused() throws {
        let node = runner.path("disk")
        XCTAssertEqual(mknod(node, S_IFBLK | 0o600, device(7, 0)), 0, "mknod needs root")
        let result = try runner.run(["relu", "--format", "png", "-o", "disk"])
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("block device"), result.stderr)
        XCTAssertEqual(fileType(node), S_IFBLK)
    }

    // MARK: Modes and owners

    func testReplacingAFileKeepsItsModeOwnerAndGroup() throws {
        let path = runner.path("private.png")
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(chmod(path, 0o600), 0)
        // As root, a file owned by someone else keeps that owner; otherwise our own ids are kept.
        let (uid, gid): (uid_t, gid_t) = getuid() == 0 ? (1234, 5678) : (getuid(), getgid())
        XCTAssertEqual(chown(path, uid, gid), 0)
        let result = try runner.run(["relu", "-o", "private.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o7777, 0o600)
        XCTAssertEqual(info.st_uid, uid)
        XCTAssertEqual(info.st_gid, gid)
        XCTAssertTrue(isPNG(try runner.data("private.png")))
    }

    func testANewFileFollowsTheUmask() throws {
        let result = try runner.shell(#"umask 077 && "$ACTPLOT" relu -o new.png && umask 022 && "$ACTPLOT" relu -o open.png"#)
        XCTAssertEqual(result.status, 0, result.stderr)
        for (name, mode) in [("new.png", 0o600), ("open.png", 0o644)] {
            var info = stat()
            XCTAssertEqual(stat(runner.path(name), &info), 0)
            XCTAssertEqual(Int(info.st_mode & 0o777), mode, name)
        }
    }

    func testEveryFileOfAParallelBatchTakesTheUmask() throws {
        let result = try runner.shell(#"umask 027 && "$ACTPLOT" all -o charts --format png,svg --samples 10"#)
        XCTAssertEqual(result.status, 0, result.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: runner.path("charts"))
        XCTAssertGreaterThanOrEqual(names.count, 72)
        for name in names {
            var info = stat()
            XCTAssertEqual(stat(runner.path("charts/" + name), &info), 0)
            XCTAssertEqual(info.st_mode & 0o777, 0o640, name)
        }
    }

    // MARK: Descriptors

    func testClosedStandardOutputNeverReceivesAFile() throws {
        // With descriptor 1 closed, the first file opened would get it; progress lines must not
        // land in a chart.
        let result = try runner.shell(#""$ACTPLOT" all -o charts --format png,svg --samples 10 >&-"#)
        XCTAssertEqual(result.status, 0, result.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: runner.path("charts")).sorted()
        XCTAssertGreaterThanOrEqual(names.count, 72)
        for name in names {
            let data = try runner.data("charts/" + name)
            if name.hasSuffix(".png") {
                XCTAssertTrue(isPNG(data), name)
                XCTAssertNoThrow(try RasterImage(pngAt: runner.path("charts/" + name)), name)
            } else {
                let text = String(decoding: data, as: UTF8.self)
                XCTAssertTrue(text.hasPrefix("<?xml") && text.hasSuffix("</svg>\n"), name)
            }
        }
    }

    func testStandardOutputFailuresAreIOErrors() throws {
        for arguments in [["list"], ["info", "relu"], ["--help"], ["list", "--json"], ["relu", "--format", "csv", "-o", "-"],
                          ["eval", "relu", "1"], ["eval", "relu"]] {
            let result = try runner.shell(#""$ACTPLOT" "$@" < /dev/null > /dev/full"#, arguments: arguments)
            XCTAssertEqual(result.status, 74, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("no space left on device"), "\(arguments): \(result.stderr)")
        }
    }

    func testANonBlockingStandardOutputIsWaitedOut() throws {
        let pipe = Pipe()
        let writeEnd = pipe.fileHandleForWriting.fileDescriptor
        XCTAssertNotEqual(fcntl(writeEnd, F_SETFL, fcntl(writeEnd, F_GETFL) | O_NONBLOCK), -1)
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["relu", "--samples", "200000", "--format", "csv", "-o", "-"]
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        try pipe.fileHandleForWriting.close()
        // Read slowly at first, so the pipe fills and writes would fail with EAGAIN.
        var data = Data()
        for _ in 0..<20 {
            usleep(5000)
            data += pipe.fileHandleForReading.availableData
        }
        data += pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, 200_001)
        XCTAssertEqual(lines.last, "10.0,10.0,1.0")
    }

    // MARK: Signals

    /// Starts a long CSV write through `sh` (so that `setup` can set limits and dispositions),
    /// and waits until its temporary file exists.
    func startLongWrite(setup: String = "") throws -> Process {
        let process = try runner.startShell("\(setup) exec \"$ACTPLOT\" relu --samples 900000000 -o big.csv")
        try runner.waitFor { try self.runner.files().contains { $0.hasPrefix(".big.csv.actplot-") } }
        return process
    }

    func testEveryEndingSignalRemovesTheTemporaryFileAndEndsByThatSignal() throws {
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF] {
            let process = try startLongWrite(setup: "ulimit -c 0;")
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal, "signal \(signal)")
            XCTAssertEqual(process.terminationStatus, signal, "the shell sees 128 + \(signal)")
            XCTAssertEqual(try runner.files(), [], "signal \(signal) left files")
        }
    }

    func testASignalTheParentIgnoredStaysIgnored() throws {
        let process = try startLongWrite(setup: "trap '' HUP INT;")
        let temporary = try XCTUnwrap(try runner.files().first)
        kill(process.processIdentifier, SIGHUP)
        kill(process.processIdentifier, SIGINT)
        // Still writing: the temporary file keeps growing after both signals.
        let size = { () throws -> Int in
            (try FileManager.default.attributesOfItem(atPath: self.runner.path(temporary))[.size] as? Int) ?? 0
        }
        let before = try size()
        try runner.waitFor { try size() > before + 1_000_000 }
        XCTAssertTrue(process.isRunning)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, SIGTERM)
        XCTAssertEqual(try runner.files(), [])
    }

    func testABrokenPipeIsAnIOErrorAndLeavesNoTemporaryFile() throws {
        let result = try runner.shell(
            #"set -o pipefail; "$ACTPLOT" all -o charts --format png,svg --samples 10 | head -n 1; echo "status ${PIPESTATUS[0]}" >&2"#,
            bash: true)
        XCTAssertTrue(result.stderr.contains("status 74"), result.stderr)
        XCTAssertTrue(result.stderr.contains("broken pipe"), result.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: runner.path("charts"))
        XCTAssertFalse(names.contains { $0.contains(".actplot-") }, "\(names)")
    }

    func testAFileSizeLimitIsAnIOErrorAndLeavesNothing() throws {
        let result = try runner.shell(#"ulimit -f 10; exec "$ACTPLOT" relu --samples 1000000 -o big.csv"#)
        XCTAssertEqual(result.status, 74, result.stderr)
        XCTAssertTrue(result.stderr.contains("file too large"), result.stderr)
        XCTAssertEqual(try runner.files(), [])
    }

    // MARK: Folders and names

    func testTwoBatchesIntoOneNewFolderBothSucceed() throws {
        let first = try runner.startShell(#"exec "$ACTPLOT" all -o shared --format svg --samples 10"#)
        let second = try runner.startShell(#"exec "$ACTPLOT" all -o shared --format svg --samples 10"#)
        first.waitUntilExit()
        second.waitUntilExit()
        XCTAssertEqual(first.terminationStatus, 0)
        XCTAssertEqual(second.terminationStatus, 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: runner.path("shared"))
        XCTAssertFalse(names.contains { $0.hasPrefix(".") }, "\(names)")
    }

    func testNamesUpToTheSystemLimitWork() throws {
        let longest = String(repeating: "a", count: 251) + ".png"
        var result = try runner.run(["relu", "-o", longest])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try runner.files(), [longest])
        result = try runner.run(["relu", "-o", String(repeating: "b", count: 252) + ".png"])
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("file name too long"), result.stderr)
        XCTAssertEqual(try runner.files(), [longest])
    }

    // MARK: Reproducible bytes

    func testTheSameCommandGivesTheSameBytesAloneAndInABatch() throws {
        for folder in ["first", "second"] {
            let result = try runner.run(["all", "-o", folder, "--format", "png,svg,pdf"])
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: runner.path("first")).sorted()
        XCTAssertEqual(names.count, 108)
        for name in names {
            XCTAssertEqual(try runner.data("first/" + name), try runner.data("second/" + name), name)
        }
        for name in ["relu.svg", "gelu.pdf", "elu.png"] {
            let result = try runner.run([String(name.split(separator: ".")[0]), "-o", name])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(try runner.data(name), try runner.data("first/" + name), "\(name) alone and in the batch")
        }
        XCTAssertFalse(String(decoding: try runner.data("gelu.pdf"), as: UTF8.self).contains("/CreationDate"))
    }

    func testSourceDateEpochDatesThePDF() throws {
        let result = try runner.shell(#"SOURCE_DATE_EPOCH=1700000000 "$ACTPLOT" relu -o dated.pdf"#)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(String(decoding: try runner.data("dated.pdf"), as: UTF8.self).contains("/CreationDate (20231114221320Z)"))
    }
}
