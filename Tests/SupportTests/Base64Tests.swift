import Foundation
import Support
import XCTest

/// Base64 against RFC 4648's vectors and Foundation's encoder, in each of its three forms.
final class Base64Tests: XCTestCase {
    func testBase64MatchesRFC4648() {
        // RFC 4648, section 10.
        let vectors = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=", "foobar": "Zm9vYmFy"]
        for (plain, encoded) in vectors {
            XCTAssertEqual(String(decoding: Base64.encode(Array(plain.utf8)), as: UTF8.self), encoded, plain)
            XCTAssertEqual(Base64.string(Array(plain.utf8)[...]), encoded, plain)
        }
    }

    func testEveryLengthMatchesFoundation() {
        for count in 0..<200 {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ count) }
            let expected = Data(bytes).base64EncodedString()
            XCTAssertEqual(String(decoding: Base64.encode(bytes), as: UTF8.self), expected, "\(count) bytes")
            // A slice that does not start at index 0, as a page's compressed samples are.
            XCTAssertEqual(Base64.string(([0, 0] + bytes)[2...]), expected, "\(count) bytes")
            var out = Array("prefix:".utf8)
            Base64.encode(bytes, into: &out)
            XCTAssertEqual(String(decoding: out, as: UTF8.self), "prefix:" + expected, "\(count) bytes")
        }
    }
}
