import XCTest

@testable import MathText

/// Labels stitched at random from math's own pieces: each is either laid out, with finite
/// extents and positions, or refused with a ``MathTextError``; nothing traps.
final class RandomLabelTests: XCTestCase {
    static let pieces = [
        "x", "y", "2", " ", "{", "}", "^", "_", "'", "$", "\\$", "(", ")", "[", "]", "|", "-", "+", "=", ",", ".",
        "\\frac", "\\dfrac", "\\binom", "\\sqrt", "[3]", "\\left", "\\right", "\\middle", "\\alpha", "\\sum",
        "\\int", "\\sin", "\\max", "\\mathrm", "\\mathcal", "\\rm", "\\text", "\\hat", "\\overline",
        "\\underline", "\\operatorname", "\\,", "\\quad", "\\!", "\\hspace", "\\prime", "\\{", "\\}", "\\langle",
        ".", "\\leq", "\\cdot", "\\foo", "\\", "é", "σ", "\"", "~", "\\infty", "\\partial", "\\lfloor",
    ]

    func testRandomLabelsNeverTrap() {
        // Knuth's MMIX linear congruential sequence, so that a failure reproduces.
        var state: UInt64 = 19
        func draw(_ count: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(count))
        }
        var laidOut = 0
        for _ in 0..<1500 {
            var label = "$"
            for _ in 0...draw(16) { label += Self.pieces[draw(Self.pieces.count)] }
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
