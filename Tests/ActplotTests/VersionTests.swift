import Foundation
import XCTest

/// `actplot --version` prints what the repository's VERSION file says, the one place the version
/// is written (the man pages and the Debian package read the same file).
final class VersionTests: XCTestCase {
    func testVersionComesFromTheVersionFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let file = try String(contentsOf: root.appendingPathComponent("VERSION"), encoding: .utf8)
        let version = file.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(version.first?.isNumber ?? false, "VERSION holds '\(version)'")

        let runner = try CommandRunner()
        defer { runner.remove() }
        let result = try runner.run(["--version"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, version + "\n")
        XCTAssertEqual(result.stderr, "")
    }
}
