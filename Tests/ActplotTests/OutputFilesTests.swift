import Foundation
import XCTest

import FoundationXML

/// End to end: the built binary writes files that parse, at matplotlib's figure size.
final class OutputFilesTests: XCTestCase {
    var runner: CommandRunner!

    override func setUpWithError() throws { runner = try CommandRunner() }
    override func tearDown() { runner.remove() }

    func testThePNGFromTheReadmeCommandIs640By480() throws {
        let result = try runner.run(["relu", "--range", "-10:10", "-o", "relu.png"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        let png = try runner.data("relu.png")
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: width and height, big-endian, right after the chunk header.
        XCTAssertEqual(String(decoding: png[12..<16], as: UTF8.self), "IHDR")
        XCTAssertEqual(png[16..<20].reduce(0) { $0 << 8 | Int($1) }, 640)
        XCTAssertEqual(png[20..<24].reduce(0) { $0 << 8 | Int($1) }, 480)
    }

    func testWithoutOutputItWritesNamePNGAndPrintsThePath() throws {
        let result = try runner.run(["leaky-relu"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "leaky_relu.png\n")
        XCTAssertEqual(try runner.files(), ["leaky_relu.png"])
    }

    func testSVGParsesAsXMLWithWidthAndHeight() throws {
        let result = try runner.run(["sigmoid", "tanh", "-o", "s.svg"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let delegate = RootAttributes()
        let parser = XMLParser(data: try runner.data("s.svg"))
        parser.delegate = delegate
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        XCTAssertEqual(delegate.root, "svg")
        XCTAssertEqual(delegate.attributes["width"], "460.8pt")
        XCTAssertEqual(delegate.attributes["height"], "345.6pt")
    }

    func testPDFHasOnePageOf460Point8By345Point6() throws {
        let result = try runner.run(["elu", "-o", "elu.pdf"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = try runner.data("elu.pdf")
        let text = String(decoding: pdf, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("%PDF-"))
        XCTAssertTrue(text.hasSuffix("%%EOF\n") || text.hasSuffix("%%EOF"))
        let pages = text.components(separatedBy: "/Type /Page").count - 1
        let pageTrees = text.components(separatedBy: "/Type /Pages").count - 1
        XCTAssertEqual(pages - pageTrees, 1)
        XCTAssertTrue(text.contains("/MediaBox [ 0 0 460.8 345.6 ]"), "no 460.8×345.6 pt MediaBox")
    }

    func testCSVHasHeaderAndExactlyNRowsAtTheLinspacePoints() throws {
        let result = try runner.run(["relu", "leaky_relu:negative_slope=0.2", "--samples", "101", "-o", "r.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = String(decoding: try runner.data("r.csv"), as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.first, "x,relu,relu',leaky_relu(negative_slope=0.2),leaky_relu'(negative_slope=0.2)")
        XCTAssertEqual(lines.count, 102)
        let rows = lines.dropFirst().map { $0.split(separator: ",").map(String.init) }
        XCTAssertEqual(rows.first, ["-10.0", "0.0", "0.0", "-2.0", "0.2"])
        XCTAssertEqual(rows.last, ["10.0", "10.0", "1.0", "10.0", "1.0"])
        for (i, row) in rows.enumerated() {
            XCTAssertEqual(row.count, 5)
            // numpy.linspace(-10, 10, 101): -10 + i * 0.2, the last exactly 10.
            let x = i == 100 ? 10.0 : -10.0 + Double(i) * 0.2
            XCTAssertEqual(row[0], x.description, "row \(i)")
            XCTAssertEqual(Double(row[1]), max(x, 0))
            XCTAssertEqual(Double(row[2]), x > 0 ? 1 : 0)
        }
        // The kink at 0 is not added: x = 0 appears once, as the linspace point -10 + 50 * 0.2.
        XCTAssertEqual(rows.filter { Double($0[0]) == 0 }.count, 1)
    }

    func testNoDerivativeAndSecondDerivativeColumns() throws {
        var result = try runner.run(["tanh", "--no-derivative", "--samples", "3", "-o", "t.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(String(decoding: try runner.data("t.csv"), as: UTF8.self).split(separator: "\n").first, "x,tanh")
        result = try runner.run(["tanh", "--second-derivative", "--samples", "3", "-o", "t2.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let csv = String(decoding: try runner.data("t2.csv"), as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(csv.first, "x,tanh,tanh',tanh''")
        XCTAssertEqual(csv[2], "0.0,0.0,1.0,-0.0")
    }

    func testStandardOutputWithFormat() throws {
        let result = try runner.run(["relu", "--samples", "2", "--format", "csv", "-o", "-"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "x,relu,relu'\n-10.0,0.0,0.0\n10.0,10.0,1.0\n")
        XCTAssertEqual(try runner.files(), [])
    }

    func testListShowsEveryArticleFunctionWithItsFormula() throws {
        let result = try runner.run(["list"])
        XCTAssertEqual(result.status, 0)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertTrue(lines.first?.hasPrefix("NAME") ?? false)
        for name in ["linear", "relu", "leaky_relu", "elu", "softplus", "sigmoid", "tanh", "arctan"] {
            XCTAssertTrue(lines.contains { $0.hasPrefix(name + " ") }, name)
        }
        XCTAssertTrue(result.stdout.contains("negative_slope=0.01"))
    }
}

/// Collects the root element's name and attributes.
final class RootAttributes: NSObject, XMLParserDelegate {
    var root: String?
    var attributes: [String: String] = [:]

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        if root == nil {
            root = elementName
            attributes = attributeDict
        }
    }
}
