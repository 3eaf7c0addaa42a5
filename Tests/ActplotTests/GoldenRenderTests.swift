import ActplotCLI
import Dispatch
import Foundation
import Synchronization
import XCTest

/// Refactors keep every chart and CSV byte for byte: each command of
/// Fixtures/golden-renders.tsv (the article's eight figures in every format, every catalog
/// function through `actplot all`, and a sample of options) is run in process and its file's
/// SHA-256 compared with the digest recorded by scripts/golden_renders.py.
final class GoldenRenderTests: XCTestCase {
    func testEveryRecordedRenderIsByteForByteTheSame() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let table = try String(contentsOf: fixtures.appendingPathComponent("golden-renders.tsv"), encoding: .utf8)
        let rows = table.split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return (name: fields[0], digest: fields[1], arguments: Array(fields[2...]))
        }
        // Each distinct command once, across the cores; output paths made absolute, in the
        // test's folder.
        var distinct: [[String]] = []
        for row in rows where !distinct.contains(row.arguments) { distinct.append(row.arguments) }
        let commands = distinct
        let failures = Mutex([String]())
        DispatchQueue.concurrentPerform(iterations: commands.count) { i in
            var arguments = commands[i]
            if let o = arguments.firstIndex(of: "-o") { arguments[o + 1] = runner.path(arguments[o + 1]) }
            do {
                var command = try Actplot.parseAsRoot(arguments)
                try command.run()
            } catch {
                failures.withLock { $0.append("\(commands[i]): \(error)") }
            }
        }
        XCTAssertEqual(failures.withLock { $0 }, [])
        var checked = 0
        for row in rows {
            let bytes = [UInt8](try runner.data(row.name))
            XCTAssertEqual(SHA256.hex(bytes), row.digest, "\(row.name) from actplot \(row.arguments.joined(separator: " "))")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 200)
    }

    func testTheDigestIsSHA256() {
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
