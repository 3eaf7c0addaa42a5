import Foundation
import XCTest

/// I/O failures: exit 74 with the path and the system's reason, and no file left behind.
final class IOErrorTests: XCTestCase {
    var runner: CommandRunner!

    override func setUpWithError() throws { runner = try CommandRunner() }
    override func tearDown() { runner.remove() }

    func testUnwritablePlaceExits74WithPathAndReason() throws {
        // /proc refuses new files even for root, so this holds on any Linux machine.
        let result = try runner.run(["relu", "-o", "/proc/actplot-test.png"])
        XCTAssertEqual(result.status, 74, result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("/proc/actplot-test.png"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/proc/actplot-test.png"))
    }

    func testFullDiskExits74() throws {
        // Standard output on /dev/full fails every write with ENOSPC.
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["relu", "--format", "csv", "-o", "-"]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let errURL = runner.folder.appendingPathComponent("err.txt")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 74, message)
        XCTAssertTrue(message.contains("no space left on device"), message)
    }

    func testParentThatIsAFileAndTargetThatIsAFolder() throws {
        _ = FileManager.default.createFile(atPath: runner.path("plain"), contents: Data())
        try FileManager.default.createDirectory(atPath: runner.path("folder.png"), withIntermediateDirectories: false)
        var result = try runner.run(["relu", "-o", "plain/relu.png"])
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("not a folder"), result.stderr)
        result = try runner.run(["relu", "-o", "folder.png"])
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("is a folder"), result.stderr)
        XCTAssertEqual(try runner.files(), ["folder.png", "plain"])
    }

    func testNoTemporaryFileIsLeftAfterSuccess() throws {
        let result = try runner.run(["relu", "-o", "relu.svg"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try runner.files(), ["relu.svg"])
    }
}
