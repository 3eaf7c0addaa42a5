import ActplotCLI
import Foundation
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
        var ran = Set<[String]>()
        var checked = 0
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let (name, digest, arguments) = (fields[0], fields[1], Array(fields[2...]))
            if ran.insert(arguments).inserted {
                // Output paths made absolute, inside the test's folder.
                var absolute = arguments
                if let o = absolute.firstIndex(of: "-o") { absolute[o + 1] = runner.path(absolute[o + 1]) }
                var command = try Actplot.parseAsRoot(absolute)
                try command.run()
            }
            let bytes = [UInt8](try runner.data(name))
            XCTAssertEqual(SHA256.hex(bytes), digest, "\(name) from actplot \(arguments.joined(separator: " "))")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 200)
    }

    func testTheDigestIsSHA256() {
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
