import XCTest

@testable import MathText

/// Labels stitched at random from math's own pieces: each is either laid out, with finite
/// extents and positions, or refused with a ``MathTextError``; nothing traps.
final class RandomLabelTests: XCTestCase {
    /// A small deterministic generator (SplitMix64), so that a failure reproduces.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "x", "y", "2", " ", "{", "}", "^", "_", "'", "$", "\\$", "(", ")", "[", "]", "|", "-", "+", "=", ",", ".",
        "\\frac", "\\dfrac", "\\binom", "\\sqrt", "[3]", "\\left", "\\right", "\\middle", "\\alpha", "\\sum",
        "\\int", "\\sin", "\\max", "\\mathrm", "\\mathcal", "\\rm", "\\text", "\\hat", "\\overline",
        "\\underline", "\\operatorname", "\\,", "\\quad", "\\!", "\\hspace", "\\prime", "\\{", "\\}", "\\langle",
        ".", "\\leq", "\\cdot", "\\foo", "\\", "é", "σ", "\"", "~", "\\infty", "\\partial", "\\lfloor",
    ]

    func testRandomLabelsNeverTrap() {
        var random = SplitMix64(state: 19)
        var laidOut = 0
        for _ in 0..<1500 {
            var label = "$"
            for _ in 0..<Int.random(in: 1...16, using: &random) {
                label += Self.pieces.randomElement(using: &random)!
            }
            label += "$"
            for fontSet in MathFontSet.allCases {
                do {
                    let layout = try MathText(label).layout(fontSize: 10, dpi: 100, fontSet: fontSet)
                    XCTAssert(layout.width.isFinite && layout.height.isFinite && layout.depth.isFinite, label)
                    for glyph in layout.glyphs {
                        XCTAssert(glyph.x.isFinite && glyph.y.isFinite && glyph.size > 0, label)
                    }
                    laidOut += 1
                } catch is MathTextError {
                } catch {
                    XCTFail("\(label): \(error)")
                }
            }
        }
        // The pieces make valid math often enough for the layout code to be exercised too.
        XCTAssertGreaterThan(laidOut, 300)
    }
}
