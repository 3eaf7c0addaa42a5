import XCTest
@testable import Support

/// NumberSyntax reads what options, parameters and `actplot eval`'s lines hold: the syntax, and
/// values against the standard library's own conversion (`Double(_:)`, strtod's correctly
/// rounded reading), which the fast paths must match bit for bit.
final class NumberSyntaxTests: XCTestCase {
    func testTheSyntax() {
        let accepted: [(String, Double)] = [
            ("0", 0), ("-2", -2), ("+2", 2), (".5", 0.5), ("5.", 5), ("-.5e1", -5), ("1e3", 1000), ("1E3", 1000),
            ("1e+3", 1000), ("1.5e-3", 0.0015), ("007", 7), (" 5 ", 5), ("\t-1\r\n", -1), ("\u{00A0}3\u{2003}", 3),
            ("inf", .infinity), ("-Infinity", -.infinity), ("+INF", .infinity), ("1e999", .infinity), ("1e-999", 0),
            ("123456789012345678901234567890", 123456789012345678901234567890.0),
        ]
        for (text, value) in accepted {
            XCTAssertEqual(NumberSyntax.double(text), value, text)
        }
        XCTAssertEqual(NumberSyntax.double("-0")?.sign, .minus)
        XCTAssertEqual(NumberSyntax.double("-0e5")?.sign, .minus)
        XCTAssertEqual(NumberSyntax.double("-1e-999")?.sign, .minus)
        XCTAssertTrue(NumberSyntax.double("NaN")?.isNaN ?? false)
        XCTAssertTrue(NumberSyntax.double("-nan")?.isNaN ?? false)
        let refused = [
            "", " ", "-", "+", ".", "e3", ".e3", "1e", "1e+", "1e-", "1.2.3", "0x10", "0x1p3", "1_000", "1,5", "--1",
            "+-1", "1e3.5", "1e--3", "5 5", "infinit", "infinityy", "nanx", "in", "1f", "٣", "1\u{301}", "\u{301}1",
            "e", "1e3e3", "-inf5", "∞",
        ]
        for text in refused {
            XCTAssertNil(NumberSyntax.double(text), text)
        }
        XCTAssertEqual(NumberSyntax.integer("1e3"), 1000)
        XCTAssertNil(NumberSyntax.integer("1.5"))
    }

    /// Random decimals of 1 to 25 significant digits, with and without points and exponents,
    /// read as `Double(_:)` reads them: the same bits.
    func testValuesMatchTheStandardLibraryBitForBit() {
        var generator = XorShift(seed: 14)
        var mismatches: [String] = []
        for n in 0..<400_000 {
            let digitCount = 1 + Int(generator.next() % 25)
            var digits = ""
            for _ in 0..<digitCount { digits.append(Character(String(generator.next() % 10))) }
            var text = generator.next() % 3 == 0 ? "-" : ""
            let point = Int(generator.next() % UInt64(digitCount + 2))
            if point <= digitCount {
                text += digits.prefix(point) + "." + digits.dropFirst(point)
            } else {
                text += digits
            }
            if n % 2 == 0 {
                let exponent = Int(generator.next() % 90) - 45
                text += (n % 4 == 0 ? "e" : "E") + String(exponent)
            }
            check(text, &mismatches)
        }
        // Every double's shortest text, as other programs write them, and the halfway points
        // between neighbours, where rounding is decided by the last digit.
        for _ in 0..<200_000 {
            let value = Double(bitPattern: generator.next() >> 1)
            guard value.isFinite else { continue }
            check(value.description, &mismatches)
            check(String(describing: Decimal17(value)), &mismatches)
        }
        for text in ["9007199254740993", "9007199254740992.5", "18446744073709551615", "18446744073709551616",
                     "1.8446744073709551615e19", "0.1", "2.2250738585072011e-308", "4.9406564584124654e-324",
                     "1.7976931348623157e308", "1.7976931348623158e308", "9999999999999999999", "1e-19", "1e19",
                     "0.000000000000000000123", "12345678901234567890e-19"] + productsJustPastHalfway {
            check(text, &mismatches)
        }
        XCTAssertTrue(mismatches.isEmpty, "\(mismatches.count) differ:\n" + mismatches.prefix(20).joined(separator: "\n"))
    }

    /// w·10^e whose top 64 bits end halfway between two doubles, with more bits set below them:
    /// only the sticky bit rounds these up (found by a search in Python's exact integers).
    private let productsJustPastHalfway = [
        "6456122654675756237e1", "3218476217078987817e2", "1821808806904279466e3", "5967018624708650625e4",
        "9913413638055741484e5", "8063607924595353000e6", "7606667690823987115e7", "5372213786427877387e8",
        "2915529267690452273e9", "8560827753439228548e10", "6699280264009615588e11", "5081735515256877956e12",
        "7010714980432684827e13", "6116877064770004172e14", "3328708106120360657e15", "7127363339993105083e16",
        "3954158394600547772e17", "8007313611095869136e18", "1283296282764397617e19",
    ]

    private func check(_ text: String, _ mismatches: inout [String]) {
        let want = Double(text)
        let got = NumberSyntax.double(text)
        if want?.bitPattern != got?.bitPattern {
            mismatches.append("\(text): \(String(describing: got)), Double(_:) \(String(describing: want))")
        }
    }
}

/// A double written with 17 significant digits and the 18th a 5: close to halfway between it
/// and a neighbour, where a reader that rounds twice goes wrong.
private struct Decimal17: CustomStringConvertible {
    let value: Double
    init(_ value: Double) { self.value = value }
    var description: String {
        let exponent = value == 0 ? 0 : Int((abs(value)).exponentBitPattern) - 1023
        let digits = value.description.filter(\.isNumber)
        return "\(value < 0 ? "-" : "")0.\(digits.prefix(17))5e\(exponent >= 0 ? 1 : 0)"
    }
}

/// Marsaglia's xorshift with Vigna's multiplier (xorshift64*): a seeded source of test inputs,
/// so a failure reproduces.
struct XorShift {
    var state: UInt64
    init(seed: UInt64) { state = seed | 1 }
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}
